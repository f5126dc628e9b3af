//! Evidence of an internal audit (审核证据): a file, such as a photo taken on
//! site, attached to a checklist line or to a nonconformity.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::Attachment;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditEvidence {
    pub id: i64,
    pub audit_id: i64,
    /// The line it supports, or `None` when it belongs to a nonconformity.
    pub checklist_item_id: Option<i64>,
    pub nonconformity_id: Option<i64>,
    pub attachment: Attachment,
    pub note: String,
    /// Local time, RFC 3339.
    pub created_at: String,
}

/// A file already added to the store (`attachment_add`), for exactly one of
/// a checklist line or a nonconformity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditEvidenceInput {
    pub checklist_item_id: Option<i64>,
    pub nonconformity_id: Option<i64>,
    pub attachment_id: i64,
    pub note: String,
}
