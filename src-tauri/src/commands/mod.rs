//! One short command per operation, grouped by domain; each calls the core.
//! Errors cross as `{code, message}` (`guanbiao_core::CoreError`).

mod attachments;
mod catalog;
mod departments;
mod diagnosis;
mod documents;
mod enterprise;
mod organisation;
mod people;
mod plan;
mod project;
mod roster;
mod training;

pub fn handler() -> impl Fn(tauri::ipc::Invoke) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        project::project_current,
        project::project_new,
        project::project_open,
        project::project_save_as,
        project::project_recent,
        catalog::catalog_get,
        enterprise::profile_get,
        enterprise::profile_save,
        enterprise::credit_code_check,
        departments::department_list,
        departments::department_create,
        departments::department_update,
        departments::department_archive,
        departments::department_restore,
        people::person_list,
        people::person_create,
        people::person_update,
        people::person_archive,
        people::person_restore,
        attachments::attachment_add,
        training::credit_overview,
        training::credit_threshold_set,
        training::online_training_save,
        training::session_list,
        training::session_create,
        training::session_update,
        training::session_delete,
        training::staff_coverage,
        training::auditor_overview,
        training::auditor_qualification_save,
        training::auditor_qualification_clear,
        organisation::organisation_get,
        organisation::organisation_save,
        plan::plan_get,
        plan::plan_generate,
        plan::plan_task_create,
        plan::plan_task_update,
        plan::plan_task_delete,
        roster::roster_preview,
        roster::roster_import,
        roster::roster_template_save,
        diagnosis::diagnosis_get,
        diagnosis::diagnosis_save,
        diagnosis::evidence_add,
        diagnosis::evidence_remove,
        diagnosis::diagnosis_action_add,
        documents::document_list,
        documents::document_get,
        documents::document_create,
        documents::document_update,
        documents::documents_generate,
        documents::revision_list,
        documents::revision_edit,
        documents::revision_new,
        documents::revision_submit,
        documents::revision_review,
        documents::revision_return,
        documents::revision_approve,
        documents::revision_publish,
        documents::revision_diff,
        documents::distribution_list,
        documents::distribution_add,
        documents::distribution_withdraw,
        documents::coverage_get,
        documents::allocation_get,
        documents::allocation_set,
        documents::allocation_default,
        documents::system_issue_get,
        documents::system_issue,
    ]
}
