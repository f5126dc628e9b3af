//! 换版: converting a project to the next edition of the standard.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// How the certification body audits the conversion (公告 2023年第27号).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ConversionRoute {
    /// 结合监督审核: the new certificate keeps the old expiry date.
    Surveillance,
    /// 结合再认证审核: the new certificate runs three years.
    Recertification,
    /// 单独的转换审核: the new certificate keeps the old expiry date.
    TransitionAudit,
}

impl ConversionRoute {
    pub const ALL: [ConversionRoute; 3] = [
        ConversionRoute::Surveillance,
        ConversionRoute::Recertification,
        ConversionRoute::TransitionAudit,
    ];
    pub fn code(self) -> &'static str {
        match self {
            ConversionRoute::Surveillance => "surveillance",
            ConversionRoute::Recertification => "recertification",
            ConversionRoute::TransitionAudit => "transition_audit",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == c)
    }
    pub fn label(self) -> &'static str {
        match self {
            ConversionRoute::Surveillance => "结合监督审核转换",
            ConversionRoute::Recertification => "结合再认证审核转换",
            ConversionRoute::TransitionAudit => "单独进行转换审核",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConversionInput {
    /// The edition converted to: its id (`GB/T 29490-2023`) or code (`gbt29490-2023`).
    pub to: String,
    /// None: not yet agreed with the certification body.
    pub route: Option<ConversionRoute>,
    /// None: the old edition's last day for certificates (2025-12-31 for 2013).
    pub deadline: Option<NaiveDate>,
}

/// A conversion done (a row of `edition_conversion`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EditionConversion {
    pub id: i64,
    pub from_edition: String,
    pub to_edition: String,
    pub route: Option<ConversionRoute>,
    pub deadline: Option<NaiveDate>,
    pub converted_on: NaiveDate,
    /// Where the file was copied just before.
    pub backup_file: String,
}

/// What a conversion did, in figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConversionReport {
    pub conversion: EditionConversion,
    /// New clauses given a carried-over diagnosis.
    pub diagnoses_carried: u32,
    /// New clauses with no counterpart (unassessed, and a plan task each).
    pub new_clauses: Vec<String>,
    /// Diagnosis evidence rows now on the new clauses.
    pub evidence_carried: u32,
    /// Old documents archived (作废) and kept as history.
    pub documents_archived: u32,
    /// New-edition drafts created.
    pub documents_created: u32,
    /// `新文件编号 标题 ← 原文件编号`: drafts that keep the enterprise's edited text.
    pub documents_kept_text: Vec<String>,
    /// Records moved to the new clause keys (document clauses, 职能分配, audit
    /// scope of audits not done, statements, plan tasks, problems).
    pub records_remapped: u32,
    pub plan_tasks_added: u32,
    /// What the user should know (a deadline passed, records left on old keys).
    pub warnings: Vec<String>,
}
