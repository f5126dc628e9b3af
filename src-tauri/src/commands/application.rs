use guanbiao_core::dates::today;
use guanbiao_core::model::{
    ApplicationRecord, ApplicationRecordInput, ApplicationSettings, CertificationBody,
    CertificationBodyInput, Preconditions, PreconditionsInput, Readiness,
};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn readiness_get(state: State<AppState>) -> Result<Readiness> {
    state.with_standard(|p, std, program| p.readiness(program, std, today()))
}

#[tauri::command]
pub fn application_settings_get(state: State<AppState>) -> Result<ApplicationSettings> {
    state.with(|p| p.application_settings())
}

#[tauri::command]
pub fn application_settings_save(
    state: State<AppState>,
    input: ApplicationSettings,
) -> Result<ApplicationSettings> {
    state.with(|p| p.save_application_settings(&input))
}

#[tauri::command]
pub fn preconditions_get(state: State<AppState>) -> Result<Preconditions> {
    state.with(|p| p.preconditions())
}

#[tauri::command]
pub fn preconditions_save(
    state: State<AppState>,
    input: PreconditionsInput,
) -> Result<Preconditions> {
    state.with(|p| p.save_preconditions(&input))
}

#[tauri::command]
pub fn body_list(state: State<AppState>, include_archived: bool) -> Result<Vec<CertificationBody>> {
    state.with(|p| p.certification_bodies(include_archived))
}

#[tauri::command]
pub fn body_save(
    state: State<AppState>,
    id: Option<i64>,
    input: CertificationBodyInput,
) -> Result<CertificationBody> {
    state.with(|p| p.save_certification_body(id, &input))
}

#[tauri::command]
pub fn body_archive(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.archive_certification_body(id))
}

#[tauri::command]
pub fn application_record_list(state: State<AppState>) -> Result<Vec<ApplicationRecord>> {
    state.with_program(|p, program| p.application_records(program))
}

#[tauri::command]
pub fn application_record_save(
    state: State<AppState>,
    id: Option<i64>,
    input: ApplicationRecordInput,
) -> Result<ApplicationRecord> {
    state.with_program(|p, program| p.save_application_record(program, id, &input))
}
