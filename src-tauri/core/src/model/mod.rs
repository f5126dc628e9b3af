//! Domain records shared with the UI (TypeScript bindings are generated from these).

pub mod department;
pub mod enterprise;
pub mod person;
pub mod role;

pub use department::{Department, DepartmentInput};
pub use enterprise::{EnterpriseProfile, IpHoldings, Qualification};
pub use person::{Person, PersonInput, PersonQuery};
pub use role::Role;

use serde::Serialize;
use ts_rs::TS;

/// What the window title and the project menu show about the open file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ProjectInfo {
    pub path: String,
    pub file_name: String,
    pub enterprise_name: String,
    pub schema_version: u32,
}
