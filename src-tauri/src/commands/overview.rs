use guanbiao_core::dates::today;
use guanbiao_core::model::{Intent, OverviewCounts, TodoList};
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

/// Whether the core would refuse `intent` now, and why (a button is disabled with the reason).
#[tauri::command]
pub fn action_refusal(state: State<AppState>, intent: Intent) -> Result<Option<String>> {
    state.with(|p| p.refusal(intent))
}
