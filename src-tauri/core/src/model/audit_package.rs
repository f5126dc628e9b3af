//! Internal-audit work packages (内审工作包, issue 19): one copy of the
//! project per auditor, recorded on their laptop, merged back as a changeset.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// What a work package is: shown in the audit-only mode's banner and in the
/// header of its results file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditPackageInfo {
    pub package_id: String,
    pub project_id: String,
    pub audit_id: i64,
    pub audit_number: String,
    pub auditor_id: i64,
    pub auditor_name: String,
    pub department_ids: Vec<i64>,
    pub department_names: Vec<String>,
    /// Local time, RFC 3339.
    pub created_at: String,
    /// SHA-256 of the audit's records as the package was made.
    pub base_hash: String,
    /// Writes recorded in the package so far.
    pub change_count: u32,
    /// Nonconformities with a greater id were raised in the package (only
    /// those are the auditor's to change); 0 in a results preview.
    pub nc_base_id: i64,
}

/// One change an imported results file brings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MergeChangeKind {
    /// A checklist line's judgement set or changed.
    Judged,
    /// A checklist line's audit note (审核记录) or question changed.
    Noted,
    /// A nonconformity raised in the package.
    NcRaised,
    /// A file (a photo of evidence) attached to a line or a nonconformity.
    Evidence,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeChange {
    pub kind: MergeChangeKind,
    /// The checklist line, or the nonconformity's id in the package.
    pub record_id: i64,
    pub department_name: String,
    pub clause: String,
    /// In Chinese: what changes (e.g. “判定：符合”, “不符合项 NS-2026-01-NC01：……”).
    pub summary: String,
}

/// One field of a conflicting line: what it was when the package was made,
/// what the project holds now, what the package says.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConflictField {
    pub field: String,
    pub label: String,
    pub base: String,
    pub project: String,
    pub package: String,
}

/// A checklist line changed both in the project (or by another auditor's
/// merged results) since the package was made and in the package.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct MergeConflict {
    pub checklist_item_id: i64,
    pub department_name: String,
    pub clause: String,
    pub question: String,
    /// The line no longer exists in the project (its scope changed).
    pub missing: bool,
    pub fields: Vec<ConflictField>,
}

/// Which version of a conflicting line to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConflictSide {
    /// Keep the project's line as it is; the package's change is dropped.
    Project,
    /// Take the package's change.
    Package,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConflictDecision {
    pub checklist_item_id: i64,
    pub keep: ConflictSide,
}

/// What a results file would change, checked against the open project.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditResultsPreview {
    pub package: AuditPackageInfo,
    /// Local time, RFC 3339.
    pub exported_at: String,
    pub results_sha256: String,
    pub changes: Vec<MergeChange>,
    pub conflicts: Vec<MergeConflict>,
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditMergeReport {
    pub auditor_name: String,
    pub audit_number: String,
    /// Checklist lines changed.
    pub lines_changed: u32,
    /// Numbers of the nonconformities added (renumbered when the package's number was taken).
    pub nonconformities: Vec<String>,
    /// Conflicts resolved by keeping the project's line.
    pub kept_project: u32,
    /// Conflicts resolved by taking the package's change.
    pub took_package: u32,
    /// Evidence added (files attached to lines and nonconformities).
    pub evidence_files: u32,
}

/// What an export of results wrote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditResultsExport {
    pub path: String,
    pub sha256: String,
    pub size: u64,
    /// Changes in it: checklist lines and nonconformities.
    pub lines_changed: u32,
    pub nonconformities: u32,
    /// Evidence added (its files travel in the results).
    pub evidence_files: u32,
}
