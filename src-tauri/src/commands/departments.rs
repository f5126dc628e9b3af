use guanbiao_core::model::{Department, DepartmentInput};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn department_list(state: State<AppState>, include_archived: bool) -> Result<Vec<Department>> {
    state.with(|p| p.departments(include_archived))
}

#[tauri::command]
pub fn department_create(state: State<AppState>, input: DepartmentInput) -> Result<Department> {
    state.with(|p| p.create_department(&input))
}

#[tauri::command]
pub fn department_update(
    state: State<AppState>,
    id: i64,
    input: DepartmentInput,
) -> Result<Department> {
    state.with(|p| p.update_department(id, &input))
}

#[tauri::command]
pub fn department_archive(state: State<AppState>, id: i64) -> Result<Department> {
    state.with(|p| p.archive_department(id))
}

#[tauri::command]
pub fn department_restore(state: State<AppState>, id: i64) -> Result<Department> {
    state.with(|p| p.restore_department(id))
}
