//! Export: the application package on a background thread with
//! `export-progress` events, one document's PDF, and the 体系文件汇编
//! (the Word files are in `word`).

use std::path::{Path, PathBuf};

use guanbiao_core::catalog::StandardEdition;
use guanbiao_core::dates::today;
use guanbiao_core::model::{ExportProgress, PackageResult};
use guanbiao_core::{export, CoreError, Result};
use tauri::{AppHandle, Emitter, Manager};

use crate::state::AppState;

/// Exports the package into `out_dir` without blocking the window; emits
/// `export-progress` before each step.
#[tauri::command]
pub async fn export_package(
    app: AppHandle,
    out_dir: String,
    separate_documents: bool,
) -> Result<PackageResult> {
    let worker = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let state = worker.state::<AppState>();
        let store = state.attachments();
        let mut progress = |step: usize, total: usize, label: &str| {
            let _ = worker.emit(
                "export-progress",
                ExportProgress {
                    step,
                    total,
                    label: label.to_string(),
                },
            );
        };
        let r = state.with(|p| {
            let options = export::PackageOptions { separate_documents };
            export::export_package(p, Some(&store), Path::new(&out_dir), options, &mut progress)
        })?;
        Ok(PackageResult::from(r))
    })
    .await
    .map_err(|e| CoreError::storage(format!("导出中断：{e}")))?
}

/// One document's PDF (published revision, else the draft) written to `path`.
#[tauri::command]
pub async fn export_document_pdf(app: AppHandle, document_id: i64, path: String) -> Result<u64> {
    write_in_background(app, path, move |p, s| {
        export::document_pdf(p, s, document_id)
    })
    .await
}

/// The 体系文件汇编 written to `path`.
#[tauri::command]
pub async fn export_compilation(app: AppHandle, path: String) -> Result<u64> {
    let store = app.state::<AppState>().attachments();
    write_in_background(app, path, move |p, s| {
        export::compilation_pdf(p, s, Some(&store))
    })
    .await
}

/// 内审文件 of one audit (plan, sign-in sheets, checklists, NC reports) written to `path`.
#[tauri::command]
pub async fn export_audit_papers(app: AppHandle, audit_id: i64, path: String) -> Result<u64> {
    write_in_background(app, path, move |p, s| {
        export::audit_papers_pdf(p, s, audit_id, today())
    })
    .await
}

/// Makes the file on a worker thread and writes it to `path`; its size.
pub(super) async fn write_in_background(
    app: AppHandle,
    path: String,
    make: impl FnOnce(&guanbiao_core::Project, &StandardEdition) -> Result<Vec<u8>> + Send + 'static,
) -> Result<u64> {
    tauri::async_runtime::spawn_blocking(move || {
        let state = app.state::<AppState>();
        let bytes = state.with_standard(|p, s, _| make(p, s))?;
        export::write_atomic(&PathBuf::from(&path), &bytes)?;
        Ok(bytes.len() as u64)
    })
    .await
    .map_err(|e| CoreError::storage(format!("导出中断：{e}")))?
}
