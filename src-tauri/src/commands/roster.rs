use std::path::PathBuf;

use guanbiao_core::model::{ImportPreview, Role};
use guanbiao_core::{roster, Result};
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn roster_preview(
    state: State<AppState>,
    path: PathBuf,
    create_departments: bool,
) -> Result<ImportPreview> {
    state.with(|p| p.preview_roster(&path, create_departments))
}

#[tauri::command]
pub fn roster_import(
    state: State<AppState>,
    path: PathBuf,
    create_departments: bool,
) -> Result<ImportPreview> {
    state.with(|p| p.import_roster(&path, create_departments))
}

#[tauri::command]
pub fn roster_template_save(path: PathBuf) -> Result<()> {
    let labels: Vec<&str> = Role::ALL.iter().map(|r| r.label()).collect();
    roster::write_template(&path, &labels)
}
