use guanbiao_core::dates::today;
use guanbiao_core::model::{
    Checkin, CheckinInput, OperationEvidence, OperationProblem, OperationProblemInput,
    OperationRecord, OperationRecordInput, OperationStatement, OperationStatementInput,
    OperationStatus,
};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn operation_get(state: State<AppState>) -> Result<OperationStatus> {
    state.with_program(|p, program| p.operation(program, today()))
}

#[tauri::command]
pub fn checkin_list(state: State<AppState>) -> Result<Vec<Checkin>> {
    state.with(|p| p.checkins())
}

#[tauri::command]
pub fn checkin_save(state: State<AppState>, input: CheckinInput) -> Result<Checkin> {
    state.with(|p| p.save_checkin(&input))
}

#[tauri::command]
pub fn operation_record_list(state: State<AppState>) -> Result<Vec<OperationRecord>> {
    state.with(|p| p.operation_records())
}

#[tauri::command]
pub fn operation_record_add(
    state: State<AppState>,
    input: OperationRecordInput,
) -> Result<OperationRecord> {
    state.with(|p| p.add_operation_record(&input))
}

#[tauri::command]
pub fn operation_record_delete(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.delete_operation_record(id))
}

#[tauri::command]
pub fn operation_problem_list(state: State<AppState>) -> Result<Vec<OperationProblem>> {
    state.with(|p| p.operation_problems())
}

#[tauri::command]
pub fn operation_problem_save(
    state: State<AppState>,
    id: Option<i64>,
    input: OperationProblemInput,
) -> Result<OperationProblem> {
    state.with(|p| p.save_operation_problem(id, &input))
}

#[tauri::command]
pub fn operation_evidence_get(state: State<AppState>) -> Result<OperationEvidence> {
    state.with_standard(|p, standard, _| p.operation_evidence(standard, today()))
}

#[tauri::command]
pub fn operation_statement_save(
    state: State<AppState>,
    input: OperationStatementInput,
) -> Result<OperationStatement> {
    state.with_standard(|p, standard, _| p.save_operation_statement(standard, &input))
}

#[tauri::command]
pub fn operation_statement_delete(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.delete_operation_statement(id))
}
