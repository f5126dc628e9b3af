use std::path::PathBuf;

use guanbiao_core::dates::today;
use guanbiao_core::model::ProjectInfo;
use guanbiao_core::settings::RecentFile;
use guanbiao_core::{Project, Result};
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn project_current(state: State<AppState>) -> Result<ProjectInfo> {
    state.with(|p| p.info())
}

/// A new project on `edition` (a catalog id), by default the edition
/// certifiable today.
#[tauri::command]
pub fn project_new(
    state: State<AppState>,
    path: PathBuf,
    edition: Option<String>,
) -> Result<ProjectInfo> {
    let catalog = state.catalog()?;
    let standard = match edition {
        Some(id) => catalog.standard(&id)?,
        None => catalog.default_standard(today()),
    };
    state.switch_to(Project::create_on(&path, standard)?)
}

#[tauri::command]
pub fn project_open(state: State<AppState>, path: PathBuf) -> Result<ProjectInfo> {
    state.switch_to(Project::open_with_backups(&path, &state.backups())?)
}

#[tauri::command]
pub fn project_save_as(state: State<AppState>, path: PathBuf) -> Result<ProjectInfo> {
    let copy = state.with(|p| p.save_as(&path))?;
    state.switch_to(copy)
}

#[tauri::command]
pub fn project_recent(state: State<AppState>) -> Vec<RecentFile> {
    state.recent()
}
