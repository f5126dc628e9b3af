use guanbiao_core::model::{Organisation, OrganisationInput};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn organisation_get(state: State<AppState>) -> Result<Organisation> {
    state.with(|p| p.organisation())
}

#[tauri::command]
pub fn organisation_save(state: State<AppState>, input: OrganisationInput) -> Result<Organisation> {
    state.with(|p| p.save_organisation(&input))
}
