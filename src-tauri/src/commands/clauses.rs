//! The project's clause table checked against the official text: out as a
//! file to check, back in (differences first, then applied).

use std::path::PathBuf;

use guanbiao_core::catalog::{corrections, ClauseChange};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

/// What applying the official table in `path` would change (nothing written).
#[tauri::command]
pub fn clause_table_preview(state: State<AppState>, path: PathBuf) -> Result<Vec<ClauseChange>> {
    let catalog = state.catalog()?;
    let rows = corrections::read_official(&path)?;
    state.with(|p| Ok(p.preview_clause_correction(catalog, &rows)?.changes))
}

/// Applies the official table in `path` in one write; a bad file changes nothing.
#[tauri::command]
pub fn clause_table_apply(state: State<AppState>, path: PathBuf) -> Result<Vec<ClauseChange>> {
    let catalog = state.catalog()?;
    let rows = corrections::read_official(&path)?;
    let source = corrections::source_name(&path);
    state
        .with(|p| p.apply_clause_correction(catalog, &rows, &source, guanbiao_core::dates::today()))
}

/// Writes the project's table as 条款号、标题、上级 (TSV, or CSV by extension).
#[tauri::command]
pub fn clause_table_export(state: State<AppState>, path: PathBuf) -> Result<()> {
    let catalog = state.catalog()?;
    let text = state.with(|p| Ok(corrections::table_text(&*p.standard(catalog)?, &path)))?;
    guanbiao_core::export::write_atomic(&path, text.as_bytes())
}
