//! A Word file about to come back as a document's new text.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::DiffLine;

/// What importing a Word file into a document would do, shown before it is
/// saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DocumentImportPreview {
    /// The new text: lines left unchanged keep their stored form (with
    /// their `{{…}}` references), changed lines as written in Word.
    pub text: String,
    /// What the file holds that was not imported, one Chinese line each.
    pub unsupported: Vec<String>,
    /// From the current text (the draft, else the published revision) to
    /// the new one.
    pub diff: Vec<DiffLine>,
    /// The file says what the document already says.
    pub unchanged: bool,
    /// What saving does, e.g. "保存为新草稿 A/1".
    pub action: String,
    /// Why saving is refused, when it is (the diff is shown all the same).
    pub refused: Option<String>,
    /// Worth a look before saving, e.g. the file was exported from another
    /// document.
    pub warnings: Vec<String>,
}
