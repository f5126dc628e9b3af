use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Role;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Person {
    pub id: i64,
    pub name: String,
    pub department_id: Option<i64>,
    pub department_name: Option<String>,
    pub position: String,
    pub phone: String,
    pub email: String,
    pub employee_no: String,
    pub roles: Vec<Role>,
    pub archived: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonInput {
    pub name: String,
    pub department_id: Option<i64>,
    pub position: String,
    pub phone: String,
    pub email: String,
    pub employee_no: String,
    pub roles: Vec<Role>,
}

/// Filters for the people table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PersonQuery {
    /// Matches name, position, phone, e-mail or employee number.
    pub search: String,
    pub department_id: Option<i64>,
    pub role: Option<Role>,
    pub include_archived: bool,
}
