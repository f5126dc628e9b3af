//! Start-up failures the user can read: a native message box in Chinese,
//! the same text in `启动失败.log` in the data directory, exit code 1,
//! never a panic. The texts are the core's ([`guanbiao_core::startup`]).

use std::path::{Path, PathBuf};

use guanbiao_core::startup::{write_log, StartupFailure};

/// Set (to anything) to skip the message box: the text still goes to the
/// log and to standard error (scripts and tests).
const NO_DIALOG_ENV: &str = "GUANBIAO_NO_STARTUP_DIALOG";

/// The data directory the log goes to: the one asked for, else the
/// platform's.
pub fn log_dir(asked: Option<&Path>) -> Option<PathBuf> {
    asked
        .map(Path::to_path_buf)
        .or_else(|| guanbiao_core::paths::data_dir().ok())
}

/// Tells the user why the app cannot start, and exits with code 1.
pub fn fail(failure: &StartupFailure, data_dir: Option<&Path>) -> ! {
    let mut text = failure.message();
    if let Some(log) = write_log(log_dir(data_dir).as_deref(), failure) {
        text.push_str(&format!("\n\n（此信息已保存到 {}）", log.display()));
    }
    eprintln!("{}\n{text}", failure.title());
    if std::env::var_os(NO_DIALOG_ENV).is_none() {
        rfd::MessageDialog::new()
            .set_level(rfd::MessageLevel::Error)
            .set_title(failure.title())
            .set_description(&text)
            .set_buttons(rfd::MessageButtons::Ok)
            .show();
    }
    std::process::exit(1)
}

/// Whether the web view runtime is there, asked before any window is made
/// (WebView2 on Windows; on Linux WebKitGTK is a package dependency).
pub fn check_webview() -> Result<(), StartupFailure> {
    if cfg!(windows) {
        tauri::webview_version()
            .map(|_| ())
            .map_err(|e| StartupFailure::NoWebview {
                detail: e.to_string(),
            })
    } else {
        Ok(())
    }
}
