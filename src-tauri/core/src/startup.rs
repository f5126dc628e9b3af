//! A start-up failure as the user reads it: what went wrong and what to do,
//! in Chinese, the same text shown in a message box and kept in
//! `启动失败.log` in the data directory (or, when that directory cannot be
//! written, in the system's temporary directory), so that a support call
//! can be answered from the file.

use std::io::Write;
use std::path::{Path, PathBuf};

/// The log file's name in the data directory.
pub const LOG_FILE: &str = "启动失败.log";

/// Why the app could not start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartupFailure {
    /// No web view runtime (WebView2 on Windows, WebKitGTK on Linux).
    NoWebview { detail: String },
    /// The data directory cannot be created or written.
    DataDir {
        dir: Option<PathBuf>,
        detail: String,
    },
    /// The settings file cannot be read or is not valid; when it could be
    /// read it was renamed to `kept_as`, so the next start uses defaults.
    Settings {
        path: PathBuf,
        kept_as: Option<PathBuf>,
        detail: String,
    },
    /// Anything else that stopped the window from opening.
    Other { detail: String },
}

impl StartupFailure {
    /// Sorts an error of the window toolkit by what the user can do about it.
    pub fn from_window_error(detail: impl Into<String>) -> StartupFailure {
        let detail = detail.into();
        let lower = detail.to_lowercase();
        if lower.contains("webview") && (lower.contains("runtime") || lower.contains("not found")) {
            StartupFailure::NoWebview { detail }
        } else {
            StartupFailure::Other { detail }
        }
    }

    /// The message box's title.
    pub fn title(&self) -> &'static str {
        match self {
            StartupFailure::NoWebview { .. } => "贯标助手无法启动：缺少 WebView2 运行时",
            StartupFailure::DataDir { .. } => "贯标助手无法启动：数据目录不可写",
            StartupFailure::Settings { .. } => "贯标助手无法启动：设置文件已损坏",
            StartupFailure::Other { .. } => "贯标助手无法启动",
        }
    }

    /// What the user reads: the cause, what to do, and the technical detail.
    pub fn message(&self) -> String {
        match self {
            StartupFailure::NoWebview { detail } => format!(
                "本机没有安装 Microsoft Edge WebView2 运行时，贯标助手的窗口需要它才能显示。\n\n\
                 请安装“WebView2 运行时”（Evergreen 版本）后再启动贯标助手：\n\
                 · 可以联网的电脑：在微软官网搜索“WebView2 Runtime”下载安装程序；\n\
                 · 不能联网或受管理的电脑（如 LTSC 版本）：请信息部门用“独立安装程序”（Standalone Installer）安装。\n\
                 Windows 10（较新版本）和 Windows 11 通常已自带。\n\n\
                 技术信息：{detail}"
            ),
            StartupFailure::DataDir { dir, detail } => format!(
                "贯标助手无法在数据目录中写入文件{}。\n\n\
                 数据目录保存设置、最近打开的项目和自动备份。请检查该目录的权限和磁盘空间，\n\
                 或用启动参数 --data-dir 指定另一个可写的目录。\n\n\
                 技术信息：{detail}",
                dir.as_ref()
                    .map(|d| format!("（{}）", d.display()))
                    .unwrap_or_default()
            ),
            StartupFailure::Settings {
                path,
                kept_as: Some(kept),
                detail,
            } => format!(
                "设置文件（{}）已损坏，无法读取。\n\n\
                 贯标助手已把它改名保存为 {}，下次启动将使用默认设置：\n\
                 最近打开的项目列表和操作人姓名需要重新设置，项目文件和备份不受影响。\n\n\
                 请重新启动贯标助手。\n\n\
                 技术信息：{detail}",
                path.display(),
                kept.display()
            ),
            StartupFailure::Settings {
                path,
                kept_as: None,
                detail,
            } => format!(
                "贯标助手无法读取设置文件（{}）。\n\n\
                 请检查该文件的权限（是否被其他程序锁定或设为不可读）；\n\
                 也可以删除它或改名，下次启动将使用默认设置，项目文件和备份不受影响。\n\n\
                 技术信息：{detail}",
                path.display()
            ),
            StartupFailure::Other { detail } => format!(
                "贯标助手的窗口未能打开。\n\n请重新启动；如果问题依旧，请把本信息（也保存在数据目录的 {LOG_FILE} 中）发给技术支持。\n\n技术信息：{detail}"
            ),
        }
    }
}

/// Appends the failure, with the time, to the log in `data_dir`, else in
/// the temporary directory; gives the file written, if any.
pub fn write_log(data_dir: Option<&Path>, failure: &StartupFailure) -> Option<PathBuf> {
    let entry = format!(
        "[{}] {}\n{}\n\n",
        chrono::Local::now().format("%Y-%m-%d %H:%M:%S"),
        failure.title(),
        failure.message()
    );
    let candidates = data_dir
        .map(Path::to_path_buf)
        .into_iter()
        .chain(std::iter::once(std::env::temp_dir()));
    for dir in candidates {
        let path = dir.join(LOG_FILE);
        let written = std::fs::create_dir_all(&dir).and_then(|_| {
            let mut f = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&path)?;
            // A BOM so that Notepad on a Chinese Windows reads it as UTF-8.
            if f.metadata()?.len() == 0 {
                f.write_all("\u{feff}".as_bytes())?;
            }
            f.write_all(entry.replace('\n', "\r\n").as_bytes())
        });
        if written.is_ok() {
            return Some(path);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_webview_runtime_is_told_apart() {
        let f = StartupFailure::from_window_error(
            "failed to create webview: Could not find the WebView2 Runtime.",
        );
        assert!(matches!(f, StartupFailure::NoWebview { .. }));
        assert!(f.message().contains("WebView2 运行时"));
        let other = StartupFailure::from_window_error("no display");
        assert!(matches!(other, StartupFailure::Other { .. }));
    }

    #[test]
    fn the_log_goes_to_the_data_directory_else_the_temporary_one() {
        let dir = tempfile::tempdir().unwrap();
        let f = StartupFailure::Other {
            detail: "测试".into(),
        };
        let path = write_log(Some(dir.path()), &f).unwrap();
        assert_eq!(path, dir.path().join(LOG_FILE));
        write_log(Some(dir.path()), &f).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with('\u{feff}'));
        assert_eq!(text.matches("贯标助手无法启动").count(), 2, "appended");
        assert!(text.contains("技术信息：测试\r\n"));

        // A data directory that is a file: the temporary directory instead.
        let file = dir.path().join("not-a-dir");
        std::fs::write(&file, "x").unwrap();
        let path = write_log(Some(&file), &f).unwrap();
        assert_eq!(path.parent().unwrap(), std::env::temp_dir());
    }
}
