use guanbiao_core::dates::today;
use guanbiao_core::model::{PlanGenerated, PlanShifted, PlanTask, PlanTaskInput, PlanView};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn plan_get(state: State<AppState>) -> Result<PlanView> {
    state.with_program(|p, program| p.plan(program, today()))
}

#[tauri::command]
pub fn plan_generate(state: State<AppState>, replace: bool) -> Result<PlanGenerated> {
    state.with_program(|p, program| p.generate_plan(program, today(), replace))
}

#[tauri::command]
pub fn plan_shift(state: State<AppState>, days: i64) -> Result<PlanShifted> {
    state.with(|p| p.shift_plan(days))
}

#[tauri::command]
pub fn plan_task_create(state: State<AppState>, input: PlanTaskInput) -> Result<PlanTask> {
    state.with_program(|p, program| p.create_plan_task(&input, program))
}

#[tauri::command]
pub fn plan_task_update(state: State<AppState>, id: i64, input: PlanTaskInput) -> Result<PlanTask> {
    state.with_program(|p, program| p.update_plan_task(id, &input, program))
}

#[tauri::command]
pub fn plan_task_delete(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.delete_plan_task(id))
}
