//! A start-up failure is told, not a panic: the app started with a data
//! directory it cannot write says so in Chinese on standard error and in
//! 启动失败.log (here in the temporary directory, the data directory being
//! unusable), and exits with code 1. The message box is left out
//! (GUANBIAO_NO_STARTUP_DIALOG); under wine the box itself is shown and
//! photographed (scripts/windows/test-wine.sh).

use std::process::Command;

use guanbiao_e2e::app::app_binary;

#[test]
fn an_unwritable_data_directory_is_told_and_exits_with_code_1() {
    let dir = tempfile::tempdir().unwrap();
    // A data directory below a regular file can never be created.
    let blocker = dir.path().join("不是目录");
    std::fs::write(&blocker, "x").unwrap();
    let data = blocker.join("数据");
    let log = std::env::temp_dir().join("启动失败.log");
    let before = std::fs::read_to_string(&log).unwrap_or_default();

    let out = Command::new(app_binary())
        .arg("--data-dir")
        .arg(&data)
        .env("GUANBIAO_NO_STARTUP_DIALOG", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("贯标助手无法启动：数据目录不可写"), "{err}");
    assert!(
        err.contains(&data.display().to_string()),
        "names the directory: {err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert!(err.contains("此信息已保存到"), "{err}");

    let after = std::fs::read_to_string(&log).unwrap();
    assert!(after.len() > before.len(), "the log grew");
    assert!(after[before.len()..].contains("数据目录不可写"));
}

#[test]
fn a_broken_settings_file_is_told_kept_aside_and_the_next_start_opens() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(data.path().join("settings.json"), "{\"recent\": [").unwrap();

    let out = Command::new(app_binary())
        .arg("--data-dir")
        .arg(data.path())
        .env("GUANBIAO_NO_STARTUP_DIALOG", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("贯标助手无法启动：设置文件已损坏"), "{err}");
    assert!(err.contains("请重新启动贯标助手"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    let log = std::fs::read_to_string(data.path().join("启动失败.log")).unwrap();
    assert!(log.contains("设置文件已损坏"), "{log}");
    assert_eq!(
        std::fs::read_to_string(data.path().join("settings.json.broken")).unwrap(),
        "{\"recent\": [",
        "the broken file is kept"
    );

    // The next start gets past the settings: it writes new ones.
    let app = guanbiao_e2e::app::App::start(data.path());
    assert!(data.path().join("settings.json").exists());
    drop(app);
}
