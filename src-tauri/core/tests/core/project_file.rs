//! The project file against real SQLite files: creation, migration, refusal of
//! bad files, Save as.

use std::path::{Path, PathBuf};

use guanbiao_core::store::{APPLICATION_ID, CURRENT_VERSION};
use guanbiao_core::{ErrorCode, Project};
use rusqlite::Connection;

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().unwrap()
}

fn bytes(p: &Path) -> Vec<u8> {
    std::fs::read(p).unwrap()
}

#[test]
fn new_project_has_our_id_schema_and_pragmas() {
    let dir = tmp();
    let path = dir.path().join("甲公司.gbproj");
    let p = Project::create(&path).unwrap();
    assert_eq!(p.schema_version().unwrap(), CURRENT_VERSION);
    p.close().unwrap();
    let c = Connection::open(&path).unwrap();
    let app: u32 = c
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, APPLICATION_ID);
    let mode: String = c
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    assert!(!dir.path().join("甲公司.gbproj.partial").exists());
}

#[test]
fn open_sets_foreign_keys_and_full_sync() {
    let dir = tmp();
    let path = dir.path().join("a.gbproj");
    Project::create(&path).unwrap().close().unwrap();
    let p = Project::open(&path).unwrap();
    // Reach the connection through a write that foreign keys must stop.
    let e = p.try_orphan_person_for_test();
    assert!(e.is_err(), "foreign keys must be enforced");
}

#[test]
fn create_refuses_existing_file() {
    let dir = tmp();
    let path = dir.path().join("a.gbproj");
    std::fs::write(&path, b"keep me").unwrap();
    let e = Project::create(&path).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert_eq!(bytes(&path), b"keep me");
}

#[test]
fn migrates_an_empty_schema_file_after_backing_it_up() {
    let dir = tmp();
    let path = dir.path().join("old.gbproj");
    {
        // A file of ours at schema version 0 (as an interrupted first start would leave).
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        c.execute_batch("CREATE TABLE keepsake (x); INSERT INTO keepsake VALUES ('甲');")
            .unwrap();
    }
    let p = Project::open(&path).unwrap();
    assert_eq!(p.schema_version().unwrap(), CURRENT_VERSION);
    assert_eq!(p.profile().unwrap().program_id, "shaanxi-2022");
    let backups: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains(".v0-"))
        .collect();
    assert_eq!(backups.len(), 1, "one copy taken before migrating");
    let c = Connection::open(&backups[0]).unwrap();
    let v: u32 = c
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 0, "the copy is the file as it was");
    let x: String = c
        .query_row("SELECT x FROM keepsake", [], |r| r.get(0))
        .unwrap();
    assert_eq!(x, "甲");
}

#[test]
fn failed_migration_leaves_file_untouched() {
    let dir = tmp();
    let path = dir.path().join("clash.gbproj");
    {
        // Version 0 with a table that clashes with the first migration.
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        c.execute_batch("CREATE TABLE department (x);").unwrap();
    }
    let before = bytes(&path);
    let e = Project::open(&path).unwrap_err();
    assert_eq!(e.code, ErrorCode::Storage);
    assert!(e.message.contains("文件保持原样"), "{}", e.message);
    assert_eq!(bytes(&path), before);
}

#[test]
fn refuses_newer_schema_without_touching_it() {
    let dir = tmp();
    let path = dir.path().join("future.gbproj");
    Project::create(&path).unwrap().close().unwrap();
    {
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "user_version", CURRENT_VERSION + 1)
            .unwrap();
        c.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = bytes(&path);
    let e = Project::open(&path).unwrap_err();
    assert_eq!(e.code, ErrorCode::NewerVersion);
    assert!(e.message.contains("更新版本"), "{}", e.message);
    assert_eq!(bytes(&path), before);
    assert!(!dir.path().join("future.gbproj-wal").exists());
}

fn assert_refused(path: &Path, code: ErrorCode, needle: &str) {
    let before = bytes(path);
    let e = Project::open(path).unwrap_err();
    assert_eq!(e.code, code, "{}", e.message);
    assert!(e.message.contains(needle), "{}", e.message);
    assert_eq!(bytes(path), before, "refused file must not change");
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    assert!(!wal.exists(), "no WAL left beside a refused file");
}

#[test]
fn refuses_a_text_file() {
    let dir = tmp();
    let path = dir.path().join("notes.gbproj");
    std::fs::write(&path, "这是一个文本文件，不是项目。\n".repeat(20)).unwrap();
    assert_refused(&path, ErrorCode::NotAProject, "不是 SQLite");
}

#[test]
fn refuses_an_empty_file() {
    let dir = tmp();
    let path = dir.path().join("empty.gbproj");
    std::fs::write(&path, b"").unwrap();
    assert_refused(&path, ErrorCode::NotAProject, "不是贯标助手项目文件");
}

#[test]
fn refuses_another_apps_sqlite_file() {
    let dir = tmp();
    let path = dir.path().join("other.db");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    assert_refused(&path, ErrorCode::ForeignDatabase, "不是贯标助手的项目文件");
}

#[test]
fn refuses_a_truncated_file() {
    let dir = tmp();
    let path = dir.path().join("cut.gbproj");
    let (p, _) = guanbiao_core::demo::create(&path, 1).unwrap();
    p.close().unwrap();
    let full = bytes(&path);
    assert!(full.len() > 8192);
    std::fs::write(&path, &full[..full.len() / 2]).unwrap();
    assert_refused(&path, ErrorCode::Corrupted, "截断");
    std::fs::write(&path, &full[..full.len() / 2 + 100]).unwrap();
    assert_refused(&path, ErrorCode::Corrupted, "截断");
    std::fs::write(&path, &full[..60]).unwrap();
    assert_refused(&path, ErrorCode::Corrupted, "截断");
}

#[test]
fn refuses_a_corrupted_page() {
    let dir = tmp();
    let path = dir.path().join("bad.gbproj");
    let (p, _) = guanbiao_core::demo::create(&path, 1).unwrap();
    p.close().unwrap();
    let mut b = bytes(&path);
    let page = u16::from_be_bytes([b[16], b[17]]) as usize;
    // Scribble over the second page (a b-tree page) but keep the header intact.
    for x in &mut b[page..page + 200] {
        *x = 0xA5;
    }
    std::fs::write(&path, &b).unwrap();
    assert_refused(&path, ErrorCode::Corrupted, "已损坏");
}

#[test]
fn refuses_a_read_only_file() {
    let dir = tmp();
    let path = dir.path().join("ro.gbproj");
    Project::create(&path).unwrap().close().unwrap();
    let mut perm = std::fs::metadata(&path).unwrap().permissions();
    perm.set_readonly(true);
    std::fs::set_permissions(&path, perm).unwrap();
    assert_refused(&path, ErrorCode::ReadOnly, "只读");
}

#[test]
fn refuses_missing_file() {
    let dir = tmp();
    let e = Project::open(&dir.path().join("nope.gbproj")).unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
}

#[test]
fn save_as_copies_everything_and_keeps_the_original() {
    let dir = tmp();
    let path = dir.path().join("a.gbproj");
    let (p, counts) = guanbiao_core::demo::create(&path, 1).unwrap();
    let copy_path = dir.path().join("sub").join("b.gbproj");
    let copy = p.save_as(&copy_path).unwrap();
    assert_eq!(copy.path(), copy_path);
    assert_eq!(copy.profile().unwrap(), p.profile().unwrap());
    let q = Default::default();
    assert_eq!(copy.people(&q).unwrap().len(), counts.people);
    assert_eq!(p.people(&q).unwrap().len(), counts.people);
    assert!(!dir.path().join("sub").join("b.gbproj.partial").exists());
    let e = p.save_as(&path).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
}

#[test]
fn data_survives_close_and_reopen() {
    let dir = tmp();
    let path = dir.path().join("a.gbproj");
    let (p, counts) = guanbiao_core::demo::create(&path, 1).unwrap();
    let profile = p.profile().unwrap();
    p.close().unwrap();
    let p = Project::open(&path).unwrap();
    assert_eq!(p.profile().unwrap(), profile);
    assert_eq!(p.departments(false).unwrap().len(), counts.departments);
}

#[test]
fn migrates_version_1_keeping_its_records() {
    let dir = tmp();
    let path = dir.path().join("v1.gbproj");
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(guanbiao_core::store::migrations::MIGRATIONS[0].1)
            .unwrap();
        c.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
        c.execute_batch(
            "UPDATE enterprise SET name = '老版本企业';
             INSERT INTO department (name, created_at, updated_at) VALUES ('研发部', '', '');
             INSERT INTO person (name, department_id, created_at, updated_at) VALUES ('张三', 1, '', '');",
        )
        .unwrap();
    }
    let p = Project::open(&path).unwrap();
    assert_eq!(p.schema_version().unwrap(), CURRENT_VERSION);
    assert_eq!(p.profile().unwrap().name, "老版本企业");
    assert_eq!(
        p.people(&Default::default()).unwrap()[0]
            .department_name
            .as_deref(),
        Some("研发部")
    );
    assert!(
        p.organisation().unwrap().members.is_empty(),
        "new tables exist and are empty"
    );
    let backups = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".v1-")
        })
        .count();
    assert_eq!(backups, 1);
}
