use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One row of a roster file as the import preview shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportRow {
    /// Row number in the spreadsheet (the header is row 1).
    pub line: u32,
    pub name: String,
    pub department: String,
    pub position: String,
    pub phone: String,
    pub email: String,
    pub employee_no: String,
    pub roles: String,
    /// Chinese reasons this row cannot be imported; empty when it is fine.
    pub problems: Vec<String>,
}

/// What an import would do; nothing is written until it is committed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ImportPreview {
    pub rows: Vec<ImportRow>,
    /// Departments the import would create (only with `create_departments`).
    pub new_departments: Vec<String>,
    pub valid_count: u32,
    pub problem_count: u32,
}
