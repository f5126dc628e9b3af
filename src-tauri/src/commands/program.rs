//! The project's program (贯标计划): read, define, none, import, export.

use std::path::PathBuf;

use guanbiao_core::catalog::{program, FieldProblem, ProgramProfile, ProjectProgram};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

/// The project's program as resolved, and where it comes from.
#[tauri::command]
pub fn program_get(state: State<AppState>) -> Result<ProjectProgram> {
    let catalog = state.catalog()?;
    state.with(|p| p.project_program(catalog))
}

/// Makes a definition (edited in the window) the project's program.
#[tauri::command]
pub fn program_set(state: State<AppState>, definition: ProgramProfile) -> Result<ProgramProfile> {
    let catalog = state.catalog()?;
    state.with(|p| p.set_program(catalog, &definition))
}

/// 不参加政府贯标计划，仅申请认证.
#[tauri::command]
pub fn program_set_none(state: State<AppState>) -> Result<()> {
    state.with(|p| p.set_no_program())
}

/// Imports a program file; a bad file is refused and nothing changes.
#[tauri::command]
pub fn program_import(state: State<AppState>, path: PathBuf) -> Result<ProgramProfile> {
    let catalog = state.catalog()?;
    let text = program::read_file(&path)?;
    state.with(|p| p.import_program(catalog, &text))
}

/// Writes the project's program to a JSON file.
#[tauri::command]
pub fn program_export(state: State<AppState>, path: PathBuf) -> Result<()> {
    let catalog = state.catalog()?;
    let json = state.with(|p| p.export_program(catalog))?;
    guanbiao_core::export::write_atomic(&path, json.as_bytes())
}

/// Checks a definition field by field without saving it (empty: valid).
#[tauri::command]
pub fn program_check(
    state: State<AppState>,
    definition: ProgramProfile,
) -> Result<Vec<FieldProblem>> {
    let mut d = definition;
    d.normalise();
    Ok(state.catalog()?.check_program(&d))
}
