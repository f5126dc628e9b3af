use guanbiao_core::credit_code::{self, CreditCodeStatus};
use guanbiao_core::model::EnterpriseProfile;
use guanbiao_core::Result;
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
    state.with(|p| {
        let program = p.program_for_profile(catalog, &profile)?;
        p.save_profile(&profile, confirm_credit_code, &program)
    })
}

#[tauri::command]
pub fn credit_code_check(code: String) -> CreditCodeStatus {
    credit_code::status(&code)
}
