//! The reliability report's figures from the property tests: each property
//! counts its cases, and when the last has run (so all passed) writes
//! `target/reliability/props_<name>.json` for `scripts/reliability_report.py`.
//! Shared by `tests/core/properties.rs` and `src/export/layout_props.rs`.

use std::collections::HashMap;
use std::sync::Mutex;

/// Counts one case of property `name`, which runs `cases` cases.
pub fn tally(name: &str, cases: u32) {
    static COUNTS: Mutex<Option<HashMap<String, u32>>> = Mutex::new(None);
    let mut g = COUNTS.lock().unwrap_or_else(|e| e.into_inner());
    let n = g
        .get_or_insert_with(HashMap::new)
        .entry(name.to_string())
        .or_default();
    *n += 1;
    if *n != cases {
        return;
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("reliability");
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(
        dir.join(format!("props_{name}.json")),
        format!("{{\"property\": \"{name}\", \"cases\": {cases}, \"failures\": 0}}\n"),
    );
}
