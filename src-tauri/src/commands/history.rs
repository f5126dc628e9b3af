use guanbiao_core::model::ChangeEntry;
use guanbiao_core::settings::Settings;
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn history_for(
    state: State<AppState>,
    entity: String,
    record_id: String,
) -> Result<Vec<ChangeEntry>> {
    state.with(|p| p.history_for(&entity, &record_id))
}

#[tauri::command]
pub fn history_recent(state: State<AppState>, limit: u32) -> Result<Vec<ChangeEntry>> {
    state.with(|p| p.history_recent(limit))
}

#[tauri::command]
pub fn settings_get(state: State<AppState>) -> Settings {
    state.settings()
}

#[tauri::command]
pub fn operator_set(state: State<AppState>, name: String) -> Result<Settings> {
    state.set_operator(&name)
}
