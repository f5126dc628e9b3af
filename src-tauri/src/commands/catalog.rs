use guanbiao_core::catalog::Catalog;
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn catalog_get(state: State<AppState>) -> Result<Catalog> {
    state.catalog().cloned()
}
