use std::path::PathBuf;

use guanbiao_core::model::Attachment;
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn attachment_add(state: State<AppState>, path: PathBuf) -> Result<Attachment> {
    let store = state.attachments();
    state.with(|p| p.attach_file(&store, &path))
}
