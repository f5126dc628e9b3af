//! Bad files in bulk: every page of a real project scribbled over in turn,
//! the file cut at many lengths, random bytes, other apps' databases, a
//! newer schema, a read-only file and a file already open. Each is refused
//! with its own code and a Chinese message and left byte for byte as it was
//! (or, for damage SQLite can live with, opens and passes integrity_check).
//! Figures go to `target/reliability/bad_files.json`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use guanbiao_core::{ErrorCode, Project};
use rusqlite::Connection;

#[derive(Default)]
struct Tally {
    tried: usize,
    refused: usize,
    opened_intact: usize,
    codes: BTreeMap<String, usize>,
}

fn report(tallies: &BTreeMap<&str, Tally>) {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    let dir = target.join("reliability");
    std::fs::create_dir_all(&dir).unwrap();
    let json: serde_json::Map<String, serde_json::Value> = tallies
        .iter()
        .map(|(k, t)| {
            (
                k.to_string(),
                serde_json::json!({
                    "tried": t.tried,
                    "refused_unchanged": t.refused,
                    "opened_integrity_ok": t.opened_intact,
                    "codes": t.codes,
                    "failures": 0,
                }),
            )
        })
        .collect();
    std::fs::write(
        dir.join("bad_files.json"),
        serde_json::to_vec_pretty(&json).unwrap(),
    )
    .unwrap();
}

fn code_name(c: ErrorCode) -> String {
    serde_json::to_value(c)
        .unwrap()
        .as_str()
        .unwrap()
        .to_string()
}

/// Opens `path`: refused → the bytes must not have changed and the message
/// must be Chinese; opened → integrity_check must be ok.
fn try_open(path: &Path, tally: &mut Tally, allow_open: bool) {
    let before = std::fs::read(path).unwrap();
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    let wal_before = wal.exists();
    tally.tried += 1;
    match Project::open(path) {
        Err(e) => {
            assert_eq!(std::fs::read(path).unwrap(), before, "{}", e.message);
            assert!(
                e.message
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{}",
                e.message
            );
            assert!(
                wal_before || !wal.exists(),
                "WAL left beside a refused file"
            );
            tally.refused += 1;
            *tally.codes.entry(code_name(e.code)).or_default() += 1;
        }
        Ok(p) => {
            assert!(allow_open, "{} opened", path.display());
            p.close().unwrap();
            let c = Connection::open(path).unwrap();
            let check: String = c
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(check, "ok", "a damaged file was opened: {check}");
            tally.opened_intact += 1;
        }
    }
}

fn demo_bytes(dir: &Path) -> Vec<u8> {
    let path = dir.join("demo.gbproj");
    let (p, _) =
        guanbiao_core::demo::create_with(&path, 1, guanbiao_core::demo::DemoStage::Organisation)
            .unwrap();
    p.close().unwrap();
    std::fs::read(&path).unwrap()
}

#[test]
fn bad_files_are_refused_and_left_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let good = demo_bytes(dir.path());
    let page = u16::from_be_bytes([good[16], good[17]]) as usize;
    let pages = good.len() / page;
    let path = dir.path().join("bad.gbproj");
    let mut tallies: BTreeMap<&str, Tally> = BTreeMap::new();
    let fresh = |b: &[u8]| {
        for s in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{s}", path.display()));
        }
        std::fs::write(&path, b).unwrap();
    };

    // A corrupted page: each page but the first, scribbled in its b-tree header.
    let t = tallies.entry("corrupted_page").or_default();
    for n in 1..pages {
        let mut b = good.clone();
        for x in &mut b[n * page..n * page + 64] {
            *x = 0xA5;
        }
        fresh(&b);
        try_open(&path, t, true);
    }
    assert!(t.refused > 0);

    // Truncated at 97 lengths (page-aligned ones included).
    let t = tallies.entry("truncated").or_default();
    for i in 1..=97 {
        let len = good.len() * i / 98;
        fresh(&good[..len]);
        try_open(&path, t, false);
    }

    // Not SQLite: text, random bytes, an empty file, a PDF header.
    let t = tallies.entry("not_sqlite").or_default();
    let mut seed = 7u64;
    for i in 0..50 {
        let len = 1 + (i * 997) % 20_000;
        let bytes: Vec<u8> = (0..len)
            .map(|_| {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
                (seed >> 33) as u8
            })
            .collect();
        fresh(&bytes);
        try_open(&path, t, false);
    }
    for b in [&b""[..], "贯标助手\n".as_bytes(), b"%PDF-1.7\n%%EOF\n"] {
        fresh(b);
        try_open(&path, t, false);
    }

    // Another application's SQLite databases.
    let t = tallies.entry("other_sqlite").or_default();
    for (i, sql) in [
        "CREATE TABLE t (x); INSERT INTO t VALUES (1);",
        "PRAGMA application_id = 1; CREATE TABLE enterprise (name);",
        "PRAGMA user_version = 5; CREATE TABLE person (id);",
    ]
    .iter()
    .enumerate()
    {
        let other = dir.path().join(format!("other{i}.db"));
        Connection::open(&other)
            .unwrap()
            .execute_batch(sql)
            .unwrap();
        try_open(&other, t, false);
    }

    // Newer schema versions.
    let t = tallies.entry("newer_schema").or_default();
    for v in [guanbiao_core::store::CURRENT_VERSION + 1, 99, 100_000] {
        let mut b = good.clone();
        b[60..64].copy_from_slice(&v.to_be_bytes());
        fresh(&b);
        try_open(&path, t, false);
    }
    assert_eq!(t.codes.get("newer_version"), Some(&3));

    // Read-only file.
    let t = tallies.entry("read_only").or_default();
    fresh(&good);
    let mut perm = std::fs::metadata(&path).unwrap().permissions();
    perm.set_readonly(true);
    std::fs::set_permissions(&path, perm.clone()).unwrap();
    try_open(&path, t, false);
    #[allow(clippy::permissions_set_readonly_false)]
    perm.set_readonly(false);
    std::fs::set_permissions(&path, perm).unwrap();

    // A file in a read-only folder (WAL needs to write beside the file).
    // Windows has no such folder: its read-only attribute on a folder does
    // not stop files being created in it.
    #[cfg(unix)]
    read_only_folder(dir.path(), &good, t);
    let expected: usize = if cfg!(unix) { 2 } else { 1 };
    assert_eq!(t.codes.get("read_only"), Some(&expected));

    // Already open (in this process; two processes: the CLI's crash tests).
    let t = tallies.entry("already_open").or_default();
    fresh(&good);
    let holder = Project::open(&path).unwrap();
    try_open(&path, t, false);
    assert_eq!(t.codes.get("already_open"), Some(&1));
    holder.close().unwrap();
    Project::open(&path).unwrap().close().unwrap();

    report(&tallies);
}

/// A project file in a folder marked read-only (Unix: no file can be made
/// beside it, so SQLite's WAL cannot start).
#[cfg(unix)]
fn read_only_folder(dir: &Path, good: &[u8], t: &mut Tally) {
    let ro_dir = dir.join("只读文件夹");
    std::fs::create_dir(&ro_dir).unwrap();
    let in_ro = ro_dir.join("p.gbproj");
    std::fs::write(&in_ro, good).unwrap();
    let mut perm = std::fs::metadata(&ro_dir).unwrap().permissions();
    perm.set_readonly(true);
    std::fs::set_permissions(&ro_dir, perm.clone()).unwrap();
    try_open(&in_ro, t, false);
    #[allow(clippy::permissions_set_readonly_false)]
    perm.set_readonly(false);
    std::fs::set_permissions(&ro_dir, perm).unwrap();
}
