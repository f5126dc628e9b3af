//! 换版: converting the open project to the next edition, after a backup
//! into the app's backups, and the conversions it went through.

use guanbiao_core::model::{ConversionInput, ConversionReport, EditionConversion};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn edition_convert(state: State<AppState>, input: ConversionInput) -> Result<ConversionReport> {
    let catalog = state.catalog()?;
    let store = state.backups();
    state.with(|p| p.convert_edition(catalog, &input, Some(&store)))
}

#[tauri::command]
pub fn edition_conversions(state: State<AppState>) -> Result<Vec<EditionConversion>> {
    state.with(|p| p.edition_conversions())
}
