use guanbiao_core::model::{
    AuditorOverview, AuditorQualificationInput, CreditOverview, OnlineTrainingInput, StaffCoverage,
    TrainingSession, TrainingSessionInput,
};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn credit_overview(state: State<AppState>) -> Result<CreditOverview> {
    state.with_program(|p, program| p.credit_overview(program))
}

#[tauri::command]
pub fn credit_threshold_set(state: State<AppState>, threshold: Option<f64>) -> Result<()> {
    state.with(|p| p.set_credit_threshold(threshold))
}

#[tauri::command]
pub fn online_training_save(
    state: State<AppState>,
    person_id: i64,
    input: OnlineTrainingInput,
) -> Result<()> {
    state.with(|p| p.save_online_training(person_id, &input))
}

#[tauri::command]
pub fn session_list(state: State<AppState>) -> Result<Vec<TrainingSession>> {
    state.with(|p| p.training_sessions())
}

#[tauri::command]
pub fn session_create(
    state: State<AppState>,
    input: TrainingSessionInput,
) -> Result<TrainingSession> {
    state.with(|p| p.create_training_session(&input))
}

#[tauri::command]
pub fn session_update(
    state: State<AppState>,
    id: i64,
    input: TrainingSessionInput,
) -> Result<TrainingSession> {
    state.with(|p| p.update_training_session(id, &input))
}

#[tauri::command]
pub fn session_delete(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.delete_training_session(id))
}

#[tauri::command]
pub fn staff_coverage(state: State<AppState>) -> Result<StaffCoverage> {
    state.with(|p| p.all_staff_coverage())
}

#[tauri::command]
pub fn auditor_overview(state: State<AppState>) -> Result<AuditorOverview> {
    state.with(|p| p.auditor_overview())
}

#[tauri::command]
pub fn auditor_qualification_save(
    state: State<AppState>,
    person_id: i64,
    input: AuditorQualificationInput,
) -> Result<()> {
    state.with(|p| p.save_auditor_qualification(person_id, &input))
}

#[tauri::command]
pub fn auditor_qualification_clear(state: State<AppState>, person_id: i64) -> Result<()> {
    state.with(|p| p.clear_auditor_qualification(person_id))
}
