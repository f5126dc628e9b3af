use std::path::PathBuf;

use guanbiao_core::model::Attachment;
use guanbiao_core::{CoreError, Result};
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

use crate::state::AppState;

#[tauri::command]
pub fn attachment_add(state: State<AppState>, path: PathBuf) -> Result<Attachment> {
    let store = state.attachments();
    state.with(|p| p.attach_file(&store, &path))
}

/// Opens an attachment in the system's program for its type, from a read-only
/// copy under its own name; answers where that copy is.
#[tauri::command]
pub fn attachment_open(app: AppHandle, state: State<AppState>, id: i64) -> Result<String> {
    let a = state.with(|p| p.attachment(id))?;
    let path = state.attachments().viewing_copy(&a.sha256, &a.file_name)?;
    let shown = path.to_string_lossy().into_owned();
    app.opener()
        .open_path(&shown, None::<&str>)
        .map_err(|e| CoreError::storage(format!("无法用系统程序打开“{}”：{e}", a.file_name)))?;
    Ok(shown)
}
