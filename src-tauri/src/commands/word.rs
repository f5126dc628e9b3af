//! Word in and out: a document, a revision (a draft to edit), the
//! 体系文件汇编 and the registers as .docx; a .docx back as a document's new
//! draft (previewed first) or as a new document.

use std::path::PathBuf;

use guanbiao_core::import_docx::{self, ImportedDocx};
use guanbiao_core::model::{Document, DocumentImportPreview, DocumentInput, Revision};
use guanbiao_core::{export, Result};
use tauri::{AppHandle, State};

use super::export::write_in_background;
use crate::state::AppState;

/// One document's Word file (published revision, else the draft) written to `path`.
#[tauri::command]
pub async fn document_export_docx(app: AppHandle, document_id: i64, path: String) -> Result<u64> {
    write_in_background(app, path, move |p, s| {
        export::document_docx(p, s, document_id)
    })
    .await
}

/// One revision's Word file (e.g. the draft, to edit in Word) written to `path`.
#[tauri::command]
pub async fn revision_export_docx(app: AppHandle, revision_id: i64, path: String) -> Result<u64> {
    write_in_background(app, path, move |p, s| {
        export::revision_docx(p, s, revision_id)
    })
    .await
}

/// The 体系文件汇编 as one Word file written to `path`.
#[tauri::command]
pub async fn compilation_export_docx(app: AppHandle, path: String) -> Result<u64> {
    write_in_background(app, path, export::compilation_docx).await
}

/// The three registers as Word files in the folder `dir`; their paths.
#[tauri::command]
pub fn registers_export_docx(state: State<AppState>, dir: PathBuf) -> Result<Vec<String>> {
    state.with(|p| export::registers_docx_to_dir(p, &dir))
}

/// The three registers as Excel workbooks in the folder `dir`; their paths.
#[tauri::command]
pub fn registers_export_xlsx(state: State<AppState>, dir: PathBuf) -> Result<Vec<String>> {
    state.with(|p| export::registers_xlsx_to_dir(p, &dir))
}

/// A Word file read (for a new document: its text and what was not imported).
#[tauri::command]
pub fn document_import_read(path: PathBuf) -> Result<ImportedDocx> {
    import_docx::read(&import_docx::file_bytes(&path)?)
}

/// What importing the Word file at `path` into the document would do.
#[tauri::command]
pub fn document_import_preview(
    state: State<AppState>,
    document_id: i64,
    path: PathBuf,
) -> Result<DocumentImportPreview> {
    let bytes = import_docx::file_bytes(&path)?;
    state.with_standard(|p, s, _| p.preview_document_import(s, document_id, &bytes))
}

/// The Word file at `path` saved as the document's new draft.
#[tauri::command]
pub fn document_import_save(
    state: State<AppState>,
    document_id: i64,
    path: PathBuf,
) -> Result<Revision> {
    let bytes = import_docx::file_bytes(&path)?;
    state.with_standard(|p, s, _| p.import_document_revision(s, document_id, &bytes))
}

/// The Word file at `path` registered as a new document of the set.
#[tauri::command]
pub fn document_import_new(
    state: State<AppState>,
    input: DocumentInput,
    path: PathBuf,
) -> Result<Document> {
    let bytes = import_docx::file_bytes(&path)?;
    state.with_standard(|p, s, _| p.import_new_document(s, &input, &bytes))
}
