//! Other subsidies received for the same 贯标 (验收申请).

use guanbiao_core::model::{OtherSubsidy, OtherSubsidyInput};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn subsidy_list(state: State<AppState>) -> Result<Vec<OtherSubsidy>> {
    state.with(|p| p.other_subsidies())
}

#[tauri::command]
pub fn subsidy_add(state: State<AppState>, input: OtherSubsidyInput) -> Result<OtherSubsidy> {
    state.with(|p| p.add_other_subsidy(&input))
}

#[tauri::command]
pub fn subsidy_update(
    state: State<AppState>,
    id: i64,
    input: OtherSubsidyInput,
) -> Result<OtherSubsidy> {
    state.with(|p| p.update_other_subsidy(id, &input))
}

#[tauri::command]
pub fn subsidy_delete(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.delete_other_subsidy(id))
}
