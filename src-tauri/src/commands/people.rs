use guanbiao_core::model::{Person, PersonInput, PersonQuery};
use guanbiao_core::Result;
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn person_list(state: State<AppState>, query: PersonQuery) -> Result<Vec<Person>> {
    state.with(|p| p.people(&query))
}

#[tauri::command]
pub fn person_create(state: State<AppState>, input: PersonInput) -> Result<Person> {
    state.with(|p| p.create_person(&input))
}

#[tauri::command]
pub fn person_update(state: State<AppState>, id: i64, input: PersonInput) -> Result<Person> {
    state.with(|p| p.update_person(id, &input))
}

#[tauri::command]
pub fn person_archive(state: State<AppState>, id: i64) -> Result<Person> {
    state.with(|p| p.archive_person(id))
}

#[tauri::command]
pub fn person_restore(state: State<AppState>, id: i64) -> Result<Person> {
    state.with(|p| p.restore_person(id))
}
