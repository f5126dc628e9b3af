//! 备份与恢复: the open project's backups, a backup now or to a chosen file,
//! a check of a file before restoring it, and the restore.

use std::path::PathBuf;

use guanbiao_core::model::ProjectInfo;
use guanbiao_core::store::backup::{self, BackupEntry, BackupSummary};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn backup_list(state: State<AppState>) -> Result<Vec<BackupEntry>> {
    let store = state.backups();
    state.with(|p| store.list(p.path()))
}

#[tauri::command]
pub fn backup_now(state: State<AppState>) -> Result<BackupEntry> {
    let store = state.backups();
    state.with(|p| p.backup_now(&store))
}

#[tauri::command]
pub fn backup_to_file(state: State<AppState>, path: PathBuf) -> Result<()> {
    state.with(|p| p.backup_to(&path))
}

#[tauri::command]
pub fn backup_inspect(path: PathBuf) -> Result<BackupSummary> {
    backup::validate(&path)
}

#[tauri::command]
pub fn backup_restore(state: State<AppState>, path: PathBuf) -> Result<ProjectInfo> {
    let store = state.backups();
    state.with(|p| {
        p.restore_from(&path, &store)?;
        p.info()
    })
}
