//! Backups against real files: automatic on open (at most daily), before a
//! migration, manual, rotation, keyed per project, and a restore that checks
//! the file first and keeps the replaced one.

use std::path::Path;

use guanbiao_core::store::backup::{self, BackupReason, BackupStore, KEEP};
use guanbiao_core::store::migrations::MIGRATIONS;
use guanbiao_core::store::APPLICATION_ID;
use guanbiao_core::{ErrorCode, Project};
use rusqlite::Connection;

fn project(path: &Path, name: &str) -> Project {
    let catalog = guanbiao_core::catalog::load().unwrap();
    let mut p = Project::create(path).unwrap();
    let mut prof = guanbiao_core::demo::profile(&catalog.programs[0]);
    prof.name = name.into();
    p.save_profile(&prof, true, &catalog.programs[0]).unwrap();
    p
}

#[test]
fn open_backs_up_once_a_day_and_rotation_keeps_the_last_ten() {
    let dir = tempfile::tempdir().unwrap();
    let store = BackupStore::new(&dir.path().join("data"));
    let file = dir.path().join("甲.gbproj");
    project(&file, "甲公司").close().unwrap();

    let p = Project::open_with_backups(&file, &store).unwrap();
    let list = store.list(&file).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].reason, BackupReason::Auto);
    assert!(list[0].size > 0);
    p.close().unwrap();
    // Opened again the same day: no second automatic backup.
    Project::open_with_backups(&file, &store)
        .unwrap()
        .close()
        .unwrap();
    assert_eq!(store.list(&file).unwrap().len(), 1);
    assert!(!store.due(&file).unwrap());

    let p = Project::open(&file).unwrap();
    for _ in 0..KEEP + 3 {
        p.backup_now(&store).unwrap();
    }
    let list = store.list(&file).unwrap();
    assert_eq!(list.len(), KEEP);
    assert!(
        list.iter().all(|b| b.reason == BackupReason::Manual),
        "{list:#?}"
    );
    for b in &list {
        let s = backup::validate(Path::new(&b.path)).unwrap();
        assert_eq!(s.enterprise_name, "甲公司");
    }
}

#[test]
fn two_projects_with_the_same_name_keep_separate_backups() {
    let dir = tempfile::tempdir().unwrap();
    let store = BackupStore::new(&dir.path().join("data"));
    let a = dir.path().join("a").join("项目.gbproj");
    let b = dir.path().join("b").join("项目.gbproj");
    project(&a, "甲公司").backup_now(&store).unwrap();
    project(&b, "乙公司").backup_now(&store).unwrap();
    assert_ne!(store.folder_for(&a), store.folder_for(&b));
    let la = store.list(&a).unwrap();
    let lb = store.list(&b).unwrap();
    assert_eq!((la.len(), lb.len()), (1, 1));
    assert_eq!(
        backup::validate(Path::new(&la[0].path))
            .unwrap()
            .enterprise_name,
        "甲公司"
    );
    assert_eq!(
        backup::validate(Path::new(&lb[0].path))
            .unwrap()
            .enterprise_name,
        "乙公司"
    );
}

#[test]
fn a_migration_is_preceded_by_a_backup_in_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let store = BackupStore::new(&dir.path().join("data"));
    let file = dir.path().join("old.gbproj");
    {
        let c = Connection::open(&file).unwrap();
        c.execute_batch(MIGRATIONS[0].1).unwrap();
        c.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
        c.pragma_update(None, "user_version", 1).unwrap();
        c.execute_batch("UPDATE enterprise SET name = '老企业'")
            .unwrap();
    }
    let p = Project::open_with_backups(&file, &store).unwrap();
    assert_eq!(p.profile().unwrap().name, "老企业");
    let list = store.list(&file).unwrap();
    let before = list
        .iter()
        .find(|b| b.reason == BackupReason::Migration)
        .expect("a backup before migrating");
    let v: u32 = Connection::open(&before.path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 1, "the backup holds the old version");
    // Nothing was left beside the project file.
    let beside = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".bak")
        })
        .count();
    assert_eq!(beside, 0);
}

#[test]
fn restore_replaces_the_project_and_keeps_the_old_content() {
    let dir = tempfile::tempdir().unwrap();
    let store = BackupStore::new(&dir.path().join("data"));
    let file = dir.path().join("项目.gbproj");
    let mut p = project(&file, "原公司");
    let saved = dir.path().join("手动备份.gbproj");
    p.backup_to(&saved).unwrap();
    let catalog = guanbiao_core::catalog::load().unwrap();
    let mut prof = p.profile().unwrap();
    prof.name = "改过的公司".into();
    p.save_profile(&prof, true, &catalog.programs[0]).unwrap();

    let s = p.restore_from(&saved, &store).unwrap();
    assert_eq!(s.enterprise_name, "原公司");
    assert_eq!(p.profile().unwrap().name, "原公司");
    // The replaced content is kept as a backup.
    let kept = store
        .list(&file)
        .unwrap()
        .into_iter()
        .find(|b| b.reason == BackupReason::BeforeRestore)
        .unwrap();
    assert_eq!(
        backup::validate(Path::new(&kept.path))
            .unwrap()
            .enterprise_name,
        "改过的公司"
    );
    // The project still works and reopens with the restored content.
    prof.name = "再改".into();
    p.save_profile(&prof, true, &catalog.programs[0]).unwrap();
    p.close().unwrap();
    assert_eq!(
        Project::open(&file).unwrap().profile().unwrap().name,
        "再改"
    );
}

#[test]
fn restore_refuses_bad_files_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = BackupStore::new(&dir.path().join("data"));
    let file = dir.path().join("项目.gbproj");
    let mut p = project(&file, "原公司");

    let text = dir.path().join("text.gbproj");
    std::fs::write(&text, "不是备份".repeat(50)).unwrap();
    let other = dir.path().join("other.db");
    Connection::open(&other)
        .unwrap()
        .execute_batch("CREATE TABLE t (x)")
        .unwrap();
    let newer = dir.path().join("newer.gbproj");
    p.backup_to(&newer).unwrap();
    Connection::open(&newer)
        .unwrap()
        .pragma_update(None, "user_version", 999)
        .unwrap();
    let damaged = dir.path().join("damaged.gbproj");
    p.backup_to(&damaged).unwrap();
    let mut b = std::fs::read(&damaged).unwrap();
    let page = u16::from_be_bytes([b[16], b[17]]) as usize;
    for x in &mut b[page..page + 64] {
        *x = 0x5A;
    }
    std::fs::write(&damaged, &b).unwrap();

    for (source, code) in [
        (&text, ErrorCode::NotAProject),
        (&other, ErrorCode::ForeignDatabase),
        (&newer, ErrorCode::NewerVersion),
        (&damaged, ErrorCode::Corrupted),
        (&file, ErrorCode::Conflict),
    ] {
        let before = std::fs::read(source).unwrap();
        let e = p.restore_from(source, &store).unwrap_err();
        assert_eq!(e.code, code, "{}: {}", source.display(), e.message);
        assert_eq!(std::fs::read(source).unwrap(), before);
        assert_eq!(p.profile().unwrap().name, "原公司");
    }
    assert!(
        store.list(&file).unwrap().is_empty(),
        "no backup for a refused restore"
    );
    assert!(!dir.path().join("项目.gbproj.partial").exists());
}

#[test]
fn manual_backup_refuses_the_project_file_itself() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("项目.gbproj");
    let p = project(&file, "原公司");
    let e = p.backup_to(&file).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    let target = dir.path().join("sub").join("副本.gbproj");
    p.backup_to(&target).unwrap();
    assert_eq!(backup::validate(&target).unwrap().enterprise_name, "原公司");
}
