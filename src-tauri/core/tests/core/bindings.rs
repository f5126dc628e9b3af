//! The UI's TypeScript types must match the Rust models they are generated from.

use std::path::PathBuf;

#[test]
fn typescript_bindings_match_rust_models() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ui/src/bindings");
    let update = std::env::var_os("UPDATE_BINDINGS").is_some();
    let mut generated = guanbiao_core::bindings::generate();
    generated.push(("reads.ts".to_string(), crate::reads::typescript()));
    let mut drift = Vec::new();
    for (name, text) in &generated {
        let path = dir.join(name);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, text).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
            drift.push(name.clone());
        }
    }
    // No stale file may linger either.
    let known: Vec<&str> = generated.iter().map(|(n, _)| n.as_str()).collect();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        if name.ends_with(".ts") && !known.contains(&name.as_str()) {
            if update {
                std::fs::remove_file(dir.join(&name)).unwrap();
            } else {
                drift.push(format!("{name} (no longer generated)"));
            }
        }
    }
    assert!(
        drift.is_empty(),
        "ui/src/bindings is out of date: {drift:?}. Run `UPDATE_BINDINGS=1 cargo test -p guanbiao-core --test core bindings` and commit the result."
    );
}
