//! One handler per command: `handle(args, out)` does the work, prints its
//! answer through `out` and returns how the command ended.

pub mod audit_package;
pub mod clauses;
pub mod convert_edition;
pub mod cover_image;
pub mod demo;
pub mod documents;
pub mod export;
pub mod export_compilation;
pub mod export_document;
pub mod import_document;
pub mod info;
pub mod new;
pub mod program;
pub mod readiness;

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::model::Document;
use guanbiao_core::{paths, CoreError, Project};

/// How a command that ran to its end came out (a failure is a `CoreError`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Done; for `readiness`, nothing blocks the application.
    Done,
    /// `readiness` only: at least one rule blocks the application.
    Blocked,
    /// `program check` only: the file has bad fields (listed as the answer).
    Refused,
}

pub type Outcome = Result<Status, CoreError>;

/// The attachment store of this user (`GUANBIAO_DATA_DIR` moves it).
pub fn store() -> Option<AttachmentStore> {
    paths::data_dir().ok().map(|d| AttachmentStore::new(&d))
}

/// The project's document with this code.
pub fn document_by_code(project: &Project, code: &str) -> Result<Document, CoreError> {
    project
        .documents()?
        .into_iter()
        .find(|d| d.code == code)
        .ok_or_else(|| CoreError::not_found(format!("没有编号为 {code} 的文件")))
}
