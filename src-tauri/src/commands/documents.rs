use chrono::NaiveDate;
use guanbiao_core::model::{
    AllocationCell, AllocationRole, BatchDistributeInput, BatchOutcome, BatchStepInput, Coverage,
    DiffLine, Distribution, DistributionInput, Document, DocumentInput, DocumentSettings, Revision,
    RevisionEditInput, RevisionReviewInput, RevisionSubmitInput, StepOutcome, SuggestedObjectives,
    SystemIssue,
};
use guanbiao_core::project_refs::Rendered;
use guanbiao_core::store::GenerationReport;
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn document_list(state: State<AppState>) -> Result<Vec<Document>> {
    state.with(|p| p.document_register())
}

#[tauri::command]
pub fn document_get(state: State<AppState>, id: i64) -> Result<Document> {
    state.with(|p| p.document(id))
}

#[tauri::command]
pub fn document_create(
    state: State<AppState>,
    input: DocumentInput,
    content: String,
) -> Result<Document> {
    state.with_standard(|p, std, _| p.create_document(std, &input, &content, None, None))
}

#[tauri::command]
pub fn document_update(state: State<AppState>, id: i64, input: DocumentInput) -> Result<Document> {
    state.with_standard(|p, std, _| p.update_document(std, id, &input))
}

/// A document's text with its project references rendered (the preview).
#[tauri::command]
pub fn document_render(state: State<AppState>, text: String) -> Result<Rendered> {
    state.with_standard(|p, std, _| p.render_references(std, &text))
}

#[tauri::command]
pub fn documents_generate(state: State<AppState>) -> Result<GenerationReport> {
    state.with_standard(|p, std, program| p.generate_documents(std, program))
}

#[tauri::command]
pub fn revision_list(state: State<AppState>, document_id: i64) -> Result<Vec<Revision>> {
    state.with(|p| p.revisions(document_id))
}

#[tauri::command]
pub fn revision_edit(
    state: State<AppState>,
    id: i64,
    input: RevisionEditInput,
) -> Result<Revision> {
    state.with(|p| p.edit_revision(id, &input))
}

#[tauri::command]
pub fn revision_new(
    state: State<AppState>,
    document_id: i64,
    drafted_by: Option<i64>,
) -> Result<Revision> {
    state.with(|p| p.new_revision(document_id, drafted_by))
}

#[tauri::command]
pub fn revision_submit(
    state: State<AppState>,
    id: i64,
    input: RevisionSubmitInput,
) -> Result<Revision> {
    state.with(|p| p.submit_revision(id, &input))
}

#[tauri::command]
pub fn revision_review(
    state: State<AppState>,
    id: i64,
    input: RevisionReviewInput,
) -> Result<Revision> {
    state.with(|p| p.review_revision(id, &input))
}

#[tauri::command]
pub fn revision_return(state: State<AppState>, id: i64) -> Result<Revision> {
    state.with(|p| p.return_revision(id))
}

#[tauri::command]
pub fn revision_approve(
    state: State<AppState>,
    id: i64,
    on: Option<NaiveDate>,
) -> Result<StepOutcome> {
    state.with(|p| p.approve_revision(id, on))
}

#[tauri::command]
pub fn revision_publish(
    state: State<AppState>,
    id: i64,
    on: Option<NaiveDate>,
) -> Result<Revision> {
    state.with(|p| p.publish_revision(id, on))
}

#[tauri::command]
pub fn revision_diff(state: State<AppState>, old_id: i64, new_id: i64) -> Result<Vec<DiffLine>> {
    state.with(|p| p.revision_diff(old_id, new_id))
}

#[tauri::command]
pub fn distribution_list(state: State<AppState>, document_id: i64) -> Result<Vec<Distribution>> {
    state.with(|p| p.distributions(document_id))
}

#[tauri::command]
pub fn distribution_add(
    state: State<AppState>,
    revision_id: i64,
    input: DistributionInput,
) -> Result<Distribution> {
    state.with(|p| p.add_distribution(revision_id, &input))
}

#[tauri::command]
pub fn distribution_withdraw(state: State<AppState>, id: i64, on: Option<NaiveDate>) -> Result<()> {
    state.with(|p| p.withdraw_distribution(id, on))
}

#[tauri::command]
pub fn coverage_get(state: State<AppState>) -> Result<Coverage> {
    state.with_standard(|p, std, _| p.coverage(std))
}

#[tauri::command]
pub fn allocation_get(state: State<AppState>) -> Result<Vec<AllocationCell>> {
    state.with(|p| p.allocation())
}

#[tauri::command]
pub fn allocation_set(
    state: State<AppState>,
    department_id: i64,
    clause: String,
    role: Option<AllocationRole>,
) -> Result<()> {
    state.with_standard(|p, std, _| p.set_allocation(std, department_id, &clause, role))
}

#[tauri::command]
pub fn system_issue_get(state: State<AppState>) -> Result<Option<SystemIssue>> {
    state.with(|p| p.system_issue())
}

#[tauri::command]
pub fn system_issue(
    state: State<AppState>,
    issued_on: Option<NaiveDate>,
    implemented_on: Option<NaiveDate>,
) -> Result<SystemIssue> {
    state.with(|p| p.issue_system(issued_on, implemented_on))
}

#[tauri::command]
pub fn allocation_default(state: State<AppState>) -> Result<usize> {
    state.with_standard(|p, std, _| p.default_allocation(std))
}

#[tauri::command]
pub fn document_settings_get(state: State<AppState>) -> Result<DocumentSettings> {
    state.with(|p| p.document_settings())
}

/// Annual targets in proportion to the enterprise, for the settings form; saves nothing.
#[tauri::command]
pub fn document_objectives_suggest(state: State<AppState>) -> Result<SuggestedObjectives> {
    state.with(|p| p.suggested_objectives())
}

#[tauri::command]
pub fn document_settings_save(
    state: State<AppState>,
    input: DocumentSettings,
) -> Result<DocumentSettings> {
    state.with(|p| p.save_document_settings(&input))
}

/// 批量提交审核 / 审核通过 / 批准 / 发布: what was done and what was refused, and why.
#[tauri::command]
pub fn documents_batch_step(state: State<AppState>, input: BatchStepInput) -> Result<BatchOutcome> {
    state.with(|p| p.batch_step(&input))
}

/// 批量发放 of the documents' published revisions to departments.
#[tauri::command]
pub fn documents_batch_distribute(
    state: State<AppState>,
    input: BatchDistributeInput,
) -> Result<BatchOutcome> {
    state.with(|p| p.batch_distribute(&input))
}
