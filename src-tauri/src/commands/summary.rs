//! 贯标工作总结: the sections the package prints, and the user's edits of them.

use guanbiao_core::dates::today;
use guanbiao_core::model::SummarySection;
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn summary_get(state: State<AppState>) -> Result<Vec<SummarySection>> {
    state.with(|p| p.work_summary(today()))
}

#[tauri::command]
pub fn summary_save(
    state: State<AppState>,
    title: String,
    text: String,
) -> Result<Vec<SummarySection>> {
    state.with(|p| p.save_summary_section(&title, &text, today()))
}

#[tauri::command]
pub fn summary_reset(state: State<AppState>, title: String) -> Result<Vec<SummarySection>> {
    state.with(|p| p.reset_summary_section(&title, today()))
}
