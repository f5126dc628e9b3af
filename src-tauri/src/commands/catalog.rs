use guanbiao_core::catalog::glossary::{self, Glossary};
use guanbiao_core::catalog::{Catalog, StandardEdition};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn catalog_get(state: State<AppState>) -> Result<Catalog> {
    state.catalog().cloned()
}

/// The clause table of the project's edition: what the window shows clause
/// numbers and titles from.
#[tauri::command]
pub fn standard_get(state: State<AppState>) -> Result<StandardEdition> {
    state.with_standard(|_, standard, _| Ok(standard.clone()))
}

/// The 帮助 glossary (assets/help/glossary.json).
#[tauri::command]
pub fn help_glossary() -> Result<Glossary> {
    glossary::glossary()
}
