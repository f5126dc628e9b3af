use chrono::NaiveDate;
use guanbiao_core::dates::today;
use guanbiao_core::model::{ManagementReview, ReviewInput, ReviewOutputInput};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn review_list(state: State<AppState>) -> Result<Vec<ManagementReview>> {
    state.with(|p| p.reviews())
}

#[tauri::command]
pub fn review_save(
    state: State<AppState>,
    id: Option<i64>,
    input: ReviewInput,
) -> Result<ManagementReview> {
    state.with(|p| p.save_review(id, &input))
}

#[tauri::command]
pub fn review_collect_inputs(state: State<AppState>, id: i64) -> Result<ManagementReview> {
    state.with_program(|p, program| p.collect_review_inputs(id, program, today()))
}

#[tauri::command]
pub fn review_output_add(
    state: State<AppState>,
    id: i64,
    input: ReviewOutputInput,
) -> Result<ManagementReview> {
    state.with(|p| p.add_review_output(id, &input))
}

#[tauri::command]
pub fn review_output_done(
    state: State<AppState>,
    output_id: i64,
    on: Option<NaiveDate>,
) -> Result<()> {
    state.with(|p| p.complete_review_output(output_id, on))
}

#[tauri::command]
pub fn review_complete(state: State<AppState>, id: i64) -> Result<ManagementReview> {
    state.with(|p| p.complete_review(id))
}
