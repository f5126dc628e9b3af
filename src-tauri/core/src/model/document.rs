use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// 文件类型
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DocType {
    /// 方针和目标
    Policy,
    /// 知识产权手册
    Manual,
    /// 程序文件
    Procedure,
    /// 管理制度
    Rule,
    /// 记录表单
    Form,
    /// 外来文件
    External,
}

impl DocType {
    pub const ALL: [DocType; 6] = [
        DocType::Policy,
        DocType::Manual,
        DocType::Procedure,
        DocType::Rule,
        DocType::Form,
        DocType::External,
    ];
    pub fn code(self) -> &'static str {
        match self {
            DocType::Policy => "policy",
            DocType::Manual => "manual",
            DocType::Procedure => "procedure",
            DocType::Rule => "rule",
            DocType::Form => "form",
            DocType::External => "external",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.code() == c)
    }
    pub fn label(self) -> &'static str {
        match self {
            DocType::Policy => "方针和目标",
            DocType::Manual => "知识产权手册",
            DocType::Procedure => "程序文件",
            DocType::Rule => "管理制度",
            DocType::Form => "记录表单",
            DocType::External => "外来文件",
        }
    }
    /// The letters in a document code (e.g. `IP-CX-01`).
    pub fn code_letters(self) -> &'static str {
        match self {
            DocType::Policy => "FZ",
            DocType::Manual => "SC",
            DocType::Procedure => "CX",
            DocType::Rule => "ZD",
            DocType::Form => "JL",
            DocType::External => "WL",
        }
    }
    /// Issued together by 体系发布.
    pub fn is_system_core(self) -> bool {
        matches!(self, DocType::Policy | DocType::Manual | DocType::Procedure)
    }
}

/// 密级
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Secrecy {
    Public,
    Internal,
    Confidential,
    Secret,
}

impl Secrecy {
    pub fn code(self) -> &'static str {
        match self {
            Secrecy::Public => "public",
            Secrecy::Internal => "internal",
            Secrecy::Confidential => "confidential",
            Secrecy::Secret => "secret",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        <Self as crate::model::labels::Labelled>::from_code(c)
    }
    pub fn label(self) -> &'static str {
        match self {
            Secrecy::Public => "公开",
            Secrecy::Internal => "内部",
            Secrecy::Confidential => "普通商密",
            Secrecy::Secret => "核心商密",
        }
    }
}

/// 版本状态: 草稿 → 审核中 → 已批准 → 已发布(受控) → 作废
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RevisionStatus {
    Draft,
    InReview,
    Approved,
    Published,
    Obsolete,
}

impl RevisionStatus {
    pub fn code(self) -> &'static str {
        match self {
            RevisionStatus::Draft => "draft",
            RevisionStatus::InReview => "in_review",
            RevisionStatus::Approved => "approved",
            RevisionStatus::Published => "published",
            RevisionStatus::Obsolete => "obsolete",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        <Self as crate::model::labels::Labelled>::from_code(c)
    }
    pub fn label(self) -> &'static str {
        match self {
            RevisionStatus::Draft => "草稿",
            RevisionStatus::InReview => "审核中",
            RevisionStatus::Approved => "已批准",
            RevisionStatus::Published => "已发布",
            RevisionStatus::Obsolete => "作废",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DocumentInput {
    pub doc_type: Option<DocType>,
    /// Empty: the next code of the scheme is assigned.
    pub code: String,
    pub title: String,
    pub owner_department_id: Option<i64>,
    pub clauses: Vec<String>,
    pub secrecy: Option<Secrecy>,
    /// 保存期限 (records)
    pub retention: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Revision {
    pub id: i64,
    pub document_id: i64,
    pub version: String,
    pub status: RevisionStatus,
    /// The text (empty in the register's list, `Project::document_register`).
    pub content: String,
    /// SHA-256 of the content, fixed at publication.
    pub content_hash: Option<String>,
    pub change_note: String,
    pub drafted_by: Option<i64>,
    pub drafted_by_name: Option<String>,
    pub drafted_on: Option<NaiveDate>,
    pub reviewer_id: Option<i64>,
    pub reviewer_name: Option<String>,
    pub reviewed_on: Option<NaiveDate>,
    pub approver_id: Option<i64>,
    pub approver_name: Option<String>,
    pub approved_on: Option<NaiveDate>,
    pub published_on: Option<NaiveDate>,
    pub obsolete_on: Option<NaiveDate>,
    /// Placeholders still to fill.
    pub unfilled: Vec<String>,
    /// The text as issued: project references rendered at publication
    /// (clause references still marked). `None` before publication and for
    /// revisions published before this was kept.
    pub issued_text: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Document {
    pub id: i64,
    pub code: String,
    pub doc_type: DocType,
    pub title: String,
    pub owner_department_id: Option<i64>,
    pub owner_department_name: Option<String>,
    pub clauses: Vec<String>,
    pub secrecy: Secrecy,
    pub retention: String,
    pub template_key: Option<String>,
    pub archived: bool,
    /// The published (controlled) revision, if any.
    pub published: Option<Revision>,
    /// The working revision (draft, in review or approved), if any.
    pub working: Option<Revision>,
    /// The published revision's text would read differently if rendered
    /// now (a referenced document's code or title, a department… changed):
    /// it needs a new revision (“引用已变更，需修订”); it is never rewritten.
    pub references_changed: bool,
}

/// The result of a step that succeeded but deserves a look (e.g. self-approval).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StepOutcome {
    pub revision: Revision,
    pub warnings: Vec<String>,
}

/// A draft's text and what changed in it (起草).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RevisionEditInput {
    pub content: String,
    pub change_note: String,
}

/// Who reviews (审核) and who approves (批准) a draft sent on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RevisionSubmitInput {
    pub reviewer_id: Option<i64>,
    pub approver_id: Option<i64>,
}

/// A reviewer's verdict on a revision (a document's 审核, not 管理评审).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RevisionReviewInput {
    pub on: Option<NaiveDate>,
    pub passed: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DistributionInput {
    pub copy_no: String,
    pub recipient_department_id: Option<i64>,
    pub recipient_person_id: Option<i64>,
    pub issued_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Distribution {
    pub id: i64,
    pub revision_id: i64,
    pub version: String,
    pub copy_no: String,
    pub recipient: String,
    pub issued_on: NaiveDate,
    pub withdrawn_on: Option<NaiveDate>,
}

/// One line of a revision diff.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "op", content = "text", rename_all = "snake_case")]
pub enum DiffLine {
    Same(String),
    Added(String),
    Removed(String),
}

/// 职能分配: 主责 / 配合
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AllocationRole {
    Lead,
    Support,
}

impl AllocationRole {
    pub fn code(self) -> &'static str {
        match self {
            AllocationRole::Lead => "lead",
            AllocationRole::Support => "support",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        <Self as crate::model::labels::Labelled>::from_code(c)
    }
    pub fn label(self) -> &'static str {
        match self {
            AllocationRole::Lead => "主责",
            AllocationRole::Support => "配合",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AllocationCell {
    pub department_id: i64,
    pub clause: String,
    pub role: AllocationRole,
}

/// Clause × document coverage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CoverageRow {
    pub clause: String,
    pub title: String,
    pub applicable: bool,
    /// Codes of published documents covering the clause.
    pub published: Vec<String>,
    /// Codes of documents covering it that are not yet published.
    pub pending: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Coverage {
    pub rows: Vec<CoverageRow>,
    /// Applicable clauses with no published document.
    pub gaps: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SystemIssue {
    pub issued_on: NaiveDate,
    /// 实施日期: starts the operation period.
    pub implemented_on: NaiveDate,
}

/// The document code scheme and the texts filled into {{知识产权方针}} / {{知识产权目标}}.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DocumentSettings {
    /// Codes are `{前缀}-{类别}-{序号}`, e.g. `IP-CX-01`.
    pub code_prefix: String,
    pub policy: String,
    pub objectives: String,
}
