use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Attachment, PlanTask};

/// 诊断结论
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DiagnosisResult {
    /// 符合
    Conform,
    /// 部分符合
    Partial,
    /// 不符合
    Nonconform,
    /// 不适用 (needs a reason)
    NotApplicable,
}

impl DiagnosisResult {
    pub const ALL: [DiagnosisResult; 4] = [
        DiagnosisResult::Conform,
        DiagnosisResult::Partial,
        DiagnosisResult::Nonconform,
        DiagnosisResult::NotApplicable,
    ];
    pub fn code(self) -> &'static str {
        match self {
            DiagnosisResult::Conform => "conform",
            DiagnosisResult::Partial => "partial",
            DiagnosisResult::Nonconform => "nonconform",
            DiagnosisResult::NotApplicable => "not_applicable",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == c)
    }
    pub fn label(self) -> &'static str {
        match self {
            DiagnosisResult::Conform => "符合",
            DiagnosisResult::Partial => "部分符合",
            DiagnosisResult::Nonconform => "不符合",
            DiagnosisResult::NotApplicable => "不适用",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DiagnosisInput {
    pub result: Option<DiagnosisResult>,
    /// Required for 不适用.
    pub reason: String,
    pub current_practice: String,
    pub gap: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Evidence {
    pub id: i64,
    pub attachment: Attachment,
    /// When the evidence was produced (not when it was attached).
    pub produced_on: NaiveDate,
    pub note: String,
}

/// One leaf clause with its diagnosis (if any), evidence and actions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ClauseDiagnosis {
    /// The clause's key (what records hold).
    pub clause: String,
    /// Its number in the edition's table, e.g. `4.2.2` (rendered, not stored).
    pub number: String,
    pub title: String,
    /// The chapter's key.
    pub chapter: String,
    pub result: Option<DiagnosisResult>,
    pub reason: String,
    pub current_practice: String,
    pub gap: String,
    pub evidence: Vec<Evidence>,
    /// Plan tasks tied to this clause.
    pub actions: Vec<PlanTask>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct ChapterProgress {
    /// The chapter's key.
    pub chapter: String,
    /// Its number, e.g. `4`.
    pub number: String,
    pub title: String,
    pub total: u32,
    pub assessed: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct DiagnosisOverview {
    pub clauses: Vec<ClauseDiagnosis>,
    pub chapters: Vec<ChapterProgress>,
    pub total: u32,
    pub assessed: u32,
    /// Leaf clauses with no result yet.
    pub unassessed: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct EvidenceInput {
    pub attachment_id: i64,
    pub produced_on: Option<NaiveDate>,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ActionInput {
    pub title: String,
    pub owner_person_id: Option<i64>,
    pub owner_department_id: Option<i64>,
    pub due_on: Option<NaiveDate>,
}
