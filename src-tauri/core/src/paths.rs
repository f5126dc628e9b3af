//! Where the app keeps its files. Everything goes through `directories` so the
//! same code serves Windows (`%APPDATA%`) and Linux (`~/.local/share`).

use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use crate::error::{CoreError, Result};

/// Overrides the data directory (tests, portable installs).
pub const DATA_DIR_ENV: &str = "GUANBIAO_DATA_DIR";

/// The project file extension, without the dot.
pub const PROJECT_EXTENSION: &str = "gbproj";

/// An internal-audit work package (内审工作包): opened like a project, in the audit-only mode.
pub const PACKAGE_EXTENSION: &str = "gbaudit";

/// The app's data directory: `$GUANBIAO_DATA_DIR` if set, else the platform's.
pub fn data_dir() -> Result<PathBuf> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    ProjectDirs::from("cn", "Guanbiao", "Guanbiao")
        .map(|d| d.data_dir().to_path_buf())
        .ok_or_else(|| CoreError::storage("无法确定用户数据目录"))
}

/// Where projects created without a chosen path live.
pub fn default_projects_dir(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("projects")
}

/// Where automatic copies (before migrations) are kept.
pub fn backups_dir(data_dir: &std::path::Path) -> PathBuf {
    data_dir.join("backups")
}

/// A file's name as shown in messages: “项目.gbproj”, not its whole path.
pub fn file_label(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .to_string()
}
