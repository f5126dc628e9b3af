//! One running app per user: a second launch hands its arguments to the
//! first (which comes to the front and opens the project file it was given,
//! if any) and exits. Separate data directories (`--data-dir`,
//! `$GUANBIAO_DATA_DIR`: tests, portable copies) are separate installations
//! and run side by side; the project-file lock still keeps them from opening
//! the same file twice.

use std::path::{Path, PathBuf};

use tauri::{AppHandle, Manager, Wry};
use tauri_plugin_dialog::{DialogExt, MessageDialogKind};

use crate::state::AppState;

/// The plugin, unless this run uses its own data directory.
pub fn plugin(own_data_dir: bool) -> Option<tauri::plugin::TauriPlugin<Wry>> {
    let env_dir =
        std::env::var_os(guanbiao_core::paths::DATA_DIR_ENV).is_some_and(|d| !d.is_empty());
    if own_data_dir || env_dir {
        return None;
    }
    Some(tauri_plugin_single_instance::init(on_second_launch))
}

fn on_second_launch(app: &AppHandle, argv: Vec<String>, cwd: String) {
    let Some(window) = app.get_webview_window("main") else {
        return;
    };
    let _ = window.unminimize();
    let _ = window.show();
    let _ = window.set_focus();
    let Some(file) = project_arg(&argv, Path::new(&cwd)) else {
        return;
    };
    match app.state::<AppState>().open_path(&file) {
        // The UI loads the open project at start: reload it.
        Ok(_) => {
            let _ = window.eval("window.location.reload()");
        }
        Err(e) => {
            app.dialog()
                .message(e.message)
                .title("无法打开项目文件")
                .kind(MessageDialogKind::Error)
                .show(|_| {});
        }
    }
}

/// The first argument naming a project file (`*.gbproj`) or an internal-audit
/// work package (`*.gbaudit`, opened in the audit-only mode), against the
/// caller's folder.
pub fn project_arg(argv: &[String], cwd: &Path) -> Option<PathBuf> {
    use guanbiao_core::paths::{PACKAGE_EXTENSION, PROJECT_EXTENSION};
    let exts = [PROJECT_EXTENSION, PACKAGE_EXTENSION].map(|e| format!(".{e}"));
    argv.iter()
        .skip(1)
        .find(|a| {
            let a = a.to_lowercase();
            exts.iter().any(|e| a.ends_with(e))
        })
        .map(|a| cwd.join(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_project_argument() {
        let argv = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let cwd = Path::new("/home/u");
        assert_eq!(project_arg(&argv(&["guanbiao"]), cwd), None);
        assert_eq!(
            project_arg(&argv(&["guanbiao", "甲.GBPROJ"]), cwd),
            Some(cwd.join("甲.GBPROJ"))
        );
        assert_eq!(
            project_arg(&argv(&["guanbiao", "--x", "/d/乙.gbproj"]), cwd),
            Some(PathBuf::from("/d/乙.gbproj"))
        );
        assert_eq!(
            project_arg(&argv(&["guanbiao", "内审工作包-张三.GBAUDIT"]), cwd),
            Some(cwd.join("内审工作包-张三.GBAUDIT"))
        );
        assert_eq!(
            project_arg(&argv(&["guanbiao", "结果.gbresult"]), cwd),
            None
        );
    }
}
