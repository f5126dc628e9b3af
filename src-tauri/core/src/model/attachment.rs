use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A file the user attached (certificate, sign-in sheet, evidence), stored by
/// content hash in the app's data directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Attachment {
    #[ts(type = "number")]
    pub id: i64,
    pub sha256: String,
    /// The original name, made safe.
    pub file_name: String,
    /// Sniffed from the content, not the name.
    pub media_type: String,
    #[ts(type = "number")]
    pub size: u64,
    pub created_at: String,
}
