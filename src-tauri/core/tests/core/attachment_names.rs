//! Hostile attachment names, from real files: whatever the name says
//! (separators, `..`, control characters, reserved names, great length), the
//! content lands inside the store under its hash and the recorded name is a
//! plain file name. Nothing is written outside the data directory.

use std::path::Path;

use guanbiao_core::attachments::{safe_name, AttachmentStore};
use guanbiao_core::Project;

fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

#[test]
fn hostile_names_never_escape_the_store() {
    let outer = tempfile::tempdir().unwrap();
    let data = outer.path().join("data");
    let src_dir = outer.path().join("src");
    std::fs::create_dir_all(&src_dir).unwrap();
    let store = AttachmentStore::new(&data);
    let mut project = Project::create(&data.join("p.gbproj")).unwrap();
    let names = [
        "...",
        "..\\..\\..\\evil.pdf",
        "..\\..\\win.ini",
        "a\\..\\..\\b.png",
        "CON",
        "nul.txt",
        " .. ",
        "\u{7}\u{1b}[31m红.pdf",
        "名称:*?\"<>|.docx",
        ".hidden",
    ];
    let long = "长".repeat(80) + ".pdf";
    let before = listing(outer.path());
    let mut stored_names = 0;
    for (i, name) in names.iter().copied().chain([long.as_str()]).enumerate() {
        if cfg!(windows) && name.contains('\\') {
            // A path there, not a file name: no file dialog gives it.
            continue;
        }
        let src = src_dir.join(name);
        if let Err(e) = std::fs::write(&src, format!("%PDF-1.4 content {i}")) {
            // Windows has no file called CON or 名称:*?… to attach: only
            // names a file can have come from a file dialog there.
            if !cfg!(windows) {
                panic!("{name:?}: {e}");
            }
            continue;
        }
        let a = project.attach_file(&store, &src).unwrap();
        for bad in ['/', '\\', ':', '*', '?', '"', '<', '>', '|'] {
            assert!(!a.file_name.contains(bad), "{name:?} → {:?}", a.file_name);
        }
        assert!(!a.file_name.chars().any(char::is_control));
        assert!(a.file_name != "." && a.file_name != ".." && !a.file_name.is_empty());
        let stored = store.path_of(&a.sha256).unwrap();
        let root = std::fs::canonicalize(data.join("attachments")).unwrap();
        assert!(std::fs::canonicalize(&stored).unwrap().starts_with(&root));
        assert_eq!(
            std::fs::read(&stored).unwrap(),
            format!("%PDF-1.4 content {i}").into_bytes()
        );
        stored_names += 1;
    }
    // Nothing new appeared beside the data and source folders.
    assert_eq!(listing(outer.path()), before);
    // Hashes that are not hashes are refused before any path is built.
    for bad in [
        "../../x",
        "..",
        &"a".repeat(63),
        &"g".repeat(64),
        "/etc/passwd",
    ] {
        assert!(store.path_of(bad).is_err(), "{bad}");
    }
    // Names with `/`, which no real file on this system can carry.
    for raw in ["../../etc/passwd", "/abs/x.pdf", "a/../../b", "./../c"] {
        let n = safe_name(raw);
        assert!(
            !n.contains('/') && n != ".." && n != "." && !n.is_empty(),
            "{raw} → {n}"
        );
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("reliability");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("attachment_names.json"),
        format!(
            "{{\"files_attached\": {stored_names}, \"bad_hashes\": 5, \"slash_names\": 4, \"escaped\": 0}}\n"
        ),
    )
    .unwrap();
}
