use guanbiao_core::credit_code::{self, CreditCodeStatus};
use guanbiao_core::model::EnterpriseProfile;
use guanbiao_core::{CoreError, Result};
use tauri::State;

use crate::state::AppState;

#[tauri::command]
pub fn profile_get(state: State<AppState>) -> Result<EnterpriseProfile> {
    state.with(|p| p.profile())
}

#[tauri::command]
pub fn profile_save(
    state: State<AppState>,
    profile: EnterpriseProfile,
    confirm_credit_code: bool,
) -> Result<EnterpriseProfile> {
    let catalog = state.catalog()?;
    let program = catalog
        .programs
        .iter()
        .find(|x| x.id == profile.program_id)
        .ok_or_else(|| CoreError::invalid(format!("未知的贯标计划：{}", profile.program_id)))?;
    state.with(|p| p.save_profile(&profile, confirm_credit_code, program))
}

#[tauri::command]
pub fn credit_code_check(code: String) -> CreditCodeStatus {
    credit_code::status(&code)
}
