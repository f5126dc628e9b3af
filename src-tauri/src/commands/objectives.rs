use guanbiao_core::model::{Objective, ObjectiveInput, ObjectiveMeasurementInput};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn objective_list(state: State<AppState>) -> Result<Vec<Objective>> {
    state.with(|p| p.objectives())
}

#[tauri::command]
pub fn objective_save(
    state: State<AppState>,
    id: Option<i64>,
    input: ObjectiveInput,
) -> Result<Objective> {
    state.with(|p| p.save_objective(id, &input))
}

#[tauri::command]
pub fn objective_delete(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.delete_objective(id))
}

#[tauri::command]
pub fn objective_measurement_save(
    state: State<AppState>,
    objective_id: i64,
    id: Option<i64>,
    input: ObjectiveMeasurementInput,
) -> Result<Objective> {
    state.with(|p| p.save_objective_measurement(objective_id, id, &input))
}

#[tauri::command]
pub fn objective_measurement_delete(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.delete_objective_measurement(id))
}
