//! A project deep in a folder tree, its path over the 260 characters that
//! Windows programs were long limited to (MAX_PATH): created, written,
//! reopened with its automatic backup, restored, given an attachment and
//! exported, all below that path. On Windows the core opens SQLite through
//! its `win32-longpath` layer (`store::sqlite_file`), so even a path of
//! Chinese names past SQLite's default 1,040 bytes works; on other systems
//! SQLite stops at 512 bytes, and a longer path is refused with a message.

use std::path::{Path, PathBuf};

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::store::backup::BackupStore;
use guanbiao_core::{demo, export, Project};

/// Folders named `name(i)` below `base` until the path has `chars`
/// characters.
fn deep(base: &Path, chars: usize, name: impl Fn(usize) -> String) -> PathBuf {
    let mut dir = base.to_path_buf();
    let mut i = 0;
    while count(&dir) < chars {
        i += 1;
        dir.push(name(i));
    }
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn count(p: &Path) -> usize {
    p.to_string_lossy().chars().count()
}

/// Everything a user does with a project, in `dir`.
fn whole_life(dir: &Path) {
    let file = dir.join("陕西某某科技有限公司 贯标项目.gbproj");
    let (p, _) = demo::create(&file, 1).unwrap();
    let name = p.profile().unwrap().name;
    p.close().unwrap();

    let data = dir.join("数据");
    let backups = BackupStore::new(&data);
    let mut p = Project::open_with_backups(&file, &backups).unwrap();
    assert_eq!(p.profile().unwrap().name, name);
    let list = backups.list(&file).unwrap();
    assert_eq!(list.len(), 1, "the automatic backup of the day");

    let store = AttachmentStore::new(&data);
    let evidence = dir.join("营业执照 扫描件.pdf");
    std::fs::write(&evidence, "%PDF-1.4\n% 证据\n%%EOF\n").unwrap();
    let a = p.attach_file(&store, &evidence).unwrap();
    assert!(store.path_of(&a.sha256).unwrap().exists());

    let backup = p.backup_now(&backups).unwrap();
    let summary = p.restore_from(Path::new(&backup.path), &backups).unwrap();
    assert_eq!(summary.enterprise_name, name);
    assert_eq!(p.profile().unwrap().name, name);

    let out = dir.join("导出 材料");
    let report = export::export_package(
        &p,
        Some(&store),
        &out,
        Default::default(),
        &mut |_, _, _| {},
    )
    .unwrap();
    assert!(count(&report.zip_path) > 260);
    assert_eq!(
        std::fs::metadata(&report.zip_path).unwrap().len(),
        report.zip_size
    );
    assert!(report.application_pages > 0);
    p.close().unwrap();
    Project::open(&file).unwrap().close().unwrap();
}

#[test]
fn a_project_below_a_path_over_260_characters_works_end_to_end() {
    let base = tempfile::tempdir().unwrap();
    // Mostly Latin names: over 260 characters, within 512 bytes.
    let dir = deep(base.path(), 270, |i| format!("第{i}层 IP records 2026"));
    assert!(dir.as_os_str().len() < 420, "{}", dir.display());
    whole_life(&dir);
}

#[cfg(windows)]
#[test]
fn on_windows_a_path_of_chinese_names_past_sqlites_default_limit_works() {
    let base = tempfile::tempdir().unwrap();
    let dir = deep(base.path(), 420, |i| {
        format!("第{i}层 知识产权贯标 资料 {}", "文件夹".repeat(8))
    });
    assert!(
        dir.to_string_lossy().len() > 1040,
        "past 1,040 bytes of UTF-8"
    );
    whole_life(&dir);
}

#[cfg(not(windows))]
#[test]
fn elsewhere_a_path_past_512_bytes_is_refused_with_a_message_and_nothing_is_left() {
    let base = tempfile::tempdir().unwrap();
    let dir = deep(base.path(), 270, |i| format!("第{i}层 知识产权贯标资料"));
    let file = dir.join("项目.gbproj");
    assert!(file.as_os_str().len() > 600, "{}", file.as_os_str().len());
    let e = Project::create(&file).unwrap_err();
    assert!(e.message.contains("路径太长"), "{}", e.message);
    assert!(e.message.contains("最多 511 字节"), "{}", e.message);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "nothing left");
}
