use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// One section of the 贯标工作总结 (under its sub-heading), as the package prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SummarySection {
    /// The sub-heading, e.g. "（一）基本情况与启动".
    pub title: String,
    /// What the records say today, a paragraph a line.
    pub generated: String,
    /// The user's text, once they changed the section: the package prints it
    /// instead of `generated`.
    pub edited: Option<String>,
    /// The records changed since the user saved their text: `generated` is no
    /// longer what they started from (their text may need the new figures).
    pub records_changed: bool,
    pub updated_at: Option<String>,
}
