use guanbiao_core::dates::today;
use guanbiao_core::model::{
    ActionInput, DiagnosisInput, DiagnosisOverview, Evidence, EvidenceInput, PlanTask,
};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn diagnosis_get(state: State<AppState>) -> Result<DiagnosisOverview> {
    state.with_standard(|p, std, _| p.diagnosis(std, today()))
}

#[tauri::command]
pub fn diagnosis_save(state: State<AppState>, clause: String, input: DiagnosisInput) -> Result<()> {
    state.with_standard(|p, std, _| p.save_diagnosis(std, &clause, &input))
}

#[tauri::command]
pub fn evidence_add(
    state: State<AppState>,
    clause: String,
    input: EvidenceInput,
) -> Result<Evidence> {
    state.with_standard(|p, std, _| p.add_evidence(std, &clause, &input))
}

#[tauri::command]
pub fn evidence_remove(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.remove_evidence(id))
}

#[tauri::command]
pub fn diagnosis_action_add(
    state: State<AppState>,
    clause: String,
    input: ActionInput,
) -> Result<PlanTask> {
    state.with_standard(|p, std, program| p.add_diagnosis_action(std, program, &clause, &input))
}
