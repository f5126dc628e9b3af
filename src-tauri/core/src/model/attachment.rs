use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A file the user attached (certificate, sign-in sheet, evidence), stored by
/// content hash in the app's data directory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Attachment {
    pub id: i64,
    pub sha256: String,
    /// The original name, made safe.
    pub file_name: String,
    /// Sniffed from the content, not the name.
    pub media_type: String,
    pub size: u64,
    pub created_at: String,
}

/// One attached file in the application package and what it proves (not
/// the diagnosis' `Evidence`, a record of what an enterprise showed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageEvidence {
    /// The package section: 申请前提, 培训, 差距诊断, 体系运行.
    pub section: &'static str,
    /// The record it belongs to, e.g. "培训签到 2025-03-01 全员培训".
    pub label: String,
    pub attachment: Attachment,
}
