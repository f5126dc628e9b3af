//! One short command per operation, grouped by domain; each calls the core.
//! Errors cross as `{code, message}` (`guanbiao_core::CoreError`).

mod catalog;
mod departments;
mod enterprise;
mod people;
mod project;

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
    ]
}
