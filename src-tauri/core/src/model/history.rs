//! The change history: one entry per create, update, archive or delete of a record.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChangeAction {
    Create,
    Update,
    Archive,
    Restore,
    Delete,
}

impl ChangeAction {
    pub fn from_code(code: &str) -> Option<ChangeAction> {
        Some(match code {
            "create" => ChangeAction::Create,
            "update" => ChangeAction::Update,
            "archive" => ChangeAction::Archive,
            "restore" => ChangeAction::Restore,
            "delete" => ChangeAction::Delete,
            _ => return None,
        })
    }

    pub fn label(self) -> &'static str {
        match self {
            ChangeAction::Create => "新增",
            ChangeAction::Update => "修改",
            ChangeAction::Archive => "归档",
            ChangeAction::Restore => "恢复",
            ChangeAction::Delete => "删除",
        }
    }
}

/// One column's change, with values ready to show (`None` = empty).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FieldChange {
    /// The column name.
    pub field: String,
    /// Its Chinese label.
    pub label: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChangeEntry {
    pub id: i64,
    /// UTC, RFC 3339 with milliseconds.
    pub at: String,
    /// The operator name set in the settings when the change was made ('' = not set).
    pub operator: String,
    /// The table.
    pub entity: String,
    pub entity_label: String,
    /// The record's key (composite keys joined with '/').
    pub record_id: String,
    /// A name for the record (its current name, or the last known).
    pub record_label: String,
    pub action: ChangeAction,
    pub changes: Vec<FieldChange>,
    /// The record this one belongs to (a person for their roles).
    pub parent_entity: Option<String>,
    pub parent_id: Option<String>,
    /// Where the change came from: '' when made here, else e.g. the
    /// internal-audit work package whose results were merged.
    pub source: String,
}
