//! The optional cover logo and seal of exported volumes.

use std::path::PathBuf;

use guanbiao_core::model::{CoverImage, CoverImageKind};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn cover_image_list(state: State<AppState>) -> Result<Vec<CoverImage>> {
    state.with(|p| p.cover_images())
}

#[tauri::command]
pub fn cover_image_set(
    state: State<AppState>,
    kind: CoverImageKind,
    path: PathBuf,
) -> Result<CoverImage> {
    let store = state.attachments();
    state.with(|p| p.set_cover_image(&store, kind, &path))
}

#[tauri::command]
pub fn cover_image_clear(state: State<AppState>, kind: CoverImageKind) -> Result<()> {
    state.with(|p| p.clear_cover_image(kind))
}

/// A thumbnail of the logo or seal as a `data:` URL (`null`: none, or its file is missing).
#[tauri::command]
pub fn cover_image_preview(state: State<AppState>, kind: CoverImageKind) -> Result<Option<String>> {
    let store = state.attachments();
    state.with(|p| p.cover_image_preview(&store, kind))
}
