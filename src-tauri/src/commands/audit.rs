use std::path::PathBuf;

use chrono::NaiveDate;
use guanbiao_core::dates::today;
use guanbiao_core::model::{
    Audit, AuditCompletionInput, AuditEvidence, AuditEvidenceInput, AuditInput, AuditMergeReport,
    AuditPackageInfo, AuditReport, AuditResultsExport, AuditResultsPreview, ChecklistItem,
    ChecklistJudgementInput, ConflictDecision, CorrectiveActionInput, NcConfirmationInput,
    Nonconformity, NonconformityInput, VerificationInput,
};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn audit_list(state: State<AppState>) -> Result<Vec<Audit>> {
    state.with(|p| p.audits())
}

#[tauri::command]
pub fn audit_create(state: State<AppState>, input: AuditInput) -> Result<Audit> {
    state.with_standard(|p, std, _| p.create_audit(std, &input))
}

#[tauri::command]
pub fn audit_update(state: State<AppState>, id: i64, input: AuditInput) -> Result<Audit> {
    state.with_standard(|p, std, _| p.update_audit(std, id, &input))
}

#[tauri::command]
pub fn audit_delete(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.delete_audit(id))
}

#[tauri::command]
pub fn audit_complete(
    state: State<AppState>,
    id: i64,
    input: AuditCompletionInput,
) -> Result<Audit> {
    state.with(|p| p.complete_audit(id, &input))
}

#[tauri::command]
pub fn audit_report(state: State<AppState>, id: i64) -> Result<AuditReport> {
    state.with_standard(|p, std, _| p.audit_report(std, id, today()))
}

#[tauri::command]
pub fn checklist_get(state: State<AppState>, audit_id: i64) -> Result<Vec<ChecklistItem>> {
    state.with(|p| p.checklist(audit_id))
}

#[tauri::command]
pub fn checklist_judge(
    state: State<AppState>,
    id: i64,
    input: ChecklistJudgementInput,
) -> Result<()> {
    state.with(|p| p.judge_checklist_item(id, &input))
}

#[tauri::command]
pub fn checklist_judge_rest(
    state: State<AppState>,
    audit_id: i64,
    department_id: i64,
) -> Result<usize> {
    state.with(|p| p.judge_rest_conform(audit_id, department_id))
}

#[tauri::command]
pub fn nc_list(state: State<AppState>, audit_id: Option<i64>) -> Result<Vec<Nonconformity>> {
    state.with(|p| p.nonconformities(audit_id, today()))
}

#[tauri::command]
pub fn nc_raise(
    state: State<AppState>,
    audit_id: i64,
    input: NonconformityInput,
) -> Result<Nonconformity> {
    state.with_standard(|p, std, _| p.raise_nonconformity(std, audit_id, &input))
}

#[tauri::command]
pub fn nc_confirm(
    state: State<AppState>,
    id: i64,
    input: NcConfirmationInput,
) -> Result<Nonconformity> {
    state.with(|p| p.confirm_nonconformity(id, &input))
}

#[tauri::command]
pub fn nc_cause(state: State<AppState>, id: i64, cause: String) -> Result<Nonconformity> {
    state.with(|p| p.analyse_cause(id, &cause))
}

#[tauri::command]
pub fn nc_plan_action(
    state: State<AppState>,
    id: i64,
    input: CorrectiveActionInput,
) -> Result<Nonconformity> {
    state.with(|p| p.plan_corrective_action(id, &input))
}

#[tauri::command]
pub fn nc_done(state: State<AppState>, id: i64, on: Option<NaiveDate>) -> Result<Nonconformity> {
    state.with(|p| p.mark_action_done(id, on))
}

#[tauri::command]
pub fn nc_verify(
    state: State<AppState>,
    id: i64,
    input: VerificationInput,
) -> Result<Nonconformity> {
    state.with(|p| p.verify_action(id, &input))
}

#[tauri::command]
pub fn nc_close(state: State<AppState>, id: i64, on: Option<NaiveDate>) -> Result<Nonconformity> {
    state.with(|p| p.close_nonconformity(id, on))
}

/// 生成内审工作包 for one auditor of a planned audit, written to `path`.
#[tauri::command]
pub fn audit_package_create(
    state: State<AppState>,
    audit_id: i64,
    auditor_id: i64,
    path: PathBuf,
) -> Result<AuditPackageInfo> {
    state.with(|p| p.create_audit_package(audit_id, auditor_id, &path))
}

/// 导出审核结果 from the open work package.
#[tauri::command]
pub fn audit_results_export(state: State<AppState>, path: PathBuf) -> Result<AuditResultsExport> {
    let store = state.attachments();
    state.with(|p| p.export_audit_results(&store, &path))
}

/// What a results file would change in the open project (nothing is written).
#[tauri::command]
pub fn audit_results_preview(state: State<AppState>, path: PathBuf) -> Result<AuditResultsPreview> {
    state.with(|p| p.preview_audit_results(&path))
}

/// 导入审核结果, every conflict decided.
#[tauri::command]
pub fn audit_results_merge(
    state: State<AppState>,
    path: PathBuf,
    decisions: Vec<ConflictDecision>,
) -> Result<AuditMergeReport> {
    let store = state.attachments();
    state.with(|p| p.merge_audit_results(&store, &path, &decisions))
}

/// The evidence (files) of an audit's lines and nonconformities.
#[tauri::command]
pub fn audit_evidence_list(state: State<AppState>, audit_id: i64) -> Result<Vec<AuditEvidence>> {
    state.with(|p| p.audit_evidence(audit_id))
}

/// Attaches a file added with `attachment_add` to a line or a nonconformity.
#[tauri::command]
pub fn audit_evidence_add(
    state: State<AppState>,
    input: AuditEvidenceInput,
) -> Result<AuditEvidence> {
    state.with(|p| p.add_audit_evidence(&input))
}

#[tauri::command]
pub fn audit_evidence_remove(state: State<AppState>, id: i64) -> Result<()> {
    state.with(|p| p.remove_audit_evidence(id))
}
