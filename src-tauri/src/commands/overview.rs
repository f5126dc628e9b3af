use guanbiao_core::dates::today;
use guanbiao_core::model::{OverviewCounts, TodoList};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn overview_counts(state: State<AppState>) -> Result<OverviewCounts> {
    state.with_standard(|p, std, program| p.overview_counts(program, std, today()))
}

#[tauri::command]
pub fn todo_list(state: State<AppState>) -> Result<TodoList> {
    state.with_program(|p, program| p.todo(program, today()))
}
