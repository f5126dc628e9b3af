use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// 检查表判定
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Judgement {
    /// 符合
    Conform,
    /// 严重不符合
    Major,
    /// 一般不符合
    Minor,
    /// 观察项
    Observation,
    /// 不适用
    NotApplicable,
}

impl Judgement {
    pub const ALL: [Judgement; 5] = [
        Judgement::Conform,
        Judgement::Major,
        Judgement::Minor,
        Judgement::Observation,
        Judgement::NotApplicable,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Judgement::Conform => "conform",
            Judgement::Major => "major",
            Judgement::Minor => "minor",
            Judgement::Observation => "observation",
            Judgement::NotApplicable => "not_applicable",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|j| j.code() == c)
    }
    pub fn label(self) -> &'static str {
        match self {
            Judgement::Conform => "符合",
            Judgement::Major => "严重不符合",
            Judgement::Minor => "一般不符合",
            Judgement::Observation => "观察项",
            Judgement::NotApplicable => "不适用",
        }
    }
}

/// 不符合项等级
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Grade {
    /// 严重不符合
    Major,
    /// 一般不符合
    Minor,
}

impl Grade {
    pub fn code(self) -> &'static str {
        match self {
            Grade::Major => "major",
            Grade::Minor => "minor",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            Grade::Major => "严重不符合",
            Grade::Minor => "一般不符合",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SlotKind {
    Opening,
    Department,
    Closing,
}

impl SlotKind {
    pub fn code(self) -> &'static str {
        match self {
            SlotKind::Opening => "opening",
            SlotKind::Department => "department",
            SlotKind::Closing => "closing",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        <Self as crate::model::labels::Labelled>::from_code(c)
    }
    pub fn label(self) -> &'static str {
        match self {
            SlotKind::Opening => "首次会议",
            SlotKind::Department => "部门审核",
            SlotKind::Closing => "末次会议",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct SlotInput {
    pub kind: SlotKind,
    pub department_id: Option<i64>,
    pub on_date: Option<NaiveDate>,
    /// e.g. `09:00-10:30`
    pub time_range: String,
    pub auditor_ids: Vec<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditInput {
    /// Empty: the next `NS-年份-序号`.
    pub number: String,
    pub purpose: String,
    pub criteria: String,
    pub leader_id: Option<i64>,
    pub auditor_ids: Vec<i64>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// `(department, clause)` pairs; empty: every applicable clause × department from the 职能分配表.
    pub scope: Vec<ScopeCell>,
    /// Empty: a default schedule (opening, one slot per department, closing).
    pub schedule: Vec<SlotInput>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ScopeCell {
    pub department_id: i64,
    pub clause: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Slot {
    pub id: i64,
    pub kind: SlotKind,
    pub department_id: Option<i64>,
    pub department_name: Option<String>,
    pub on_date: NaiveDate,
    pub time_range: String,
    pub auditor_names: Vec<String>,
    pub auditor_ids: Vec<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChecklistItem {
    pub id: i64,
    pub department_id: i64,
    pub department_name: String,
    pub clause: String,
    pub question: String,
    pub judgement: Option<Judgement>,
    pub observed: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Audit {
    pub id: i64,
    pub number: String,
    pub purpose: String,
    pub criteria: String,
    pub leader_id: i64,
    pub leader_name: String,
    pub auditor_names: Vec<String>,
    pub auditor_ids: Vec<i64>,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    pub completed: bool,
    pub completed_on: Option<NaiveDate>,
    pub summary: String,
    pub conclusion: String,
    pub scope: Vec<ScopeCell>,
    pub schedule: Vec<Slot>,
}

/// 纠正措施流程: 原因分析 → 纠正及纠正措施 → 完成 → 验证有效 → 关闭
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum NcStatus {
    Open,
    CauseAnalysed,
    ActionPlanned,
    Done,
    Verified,
    Closed,
}

impl NcStatus {
    pub fn code(self) -> &'static str {
        match self {
            NcStatus::Open => "open",
            NcStatus::CauseAnalysed => "cause_analysed",
            NcStatus::ActionPlanned => "action_planned",
            NcStatus::Done => "done",
            NcStatus::Verified => "verified",
            NcStatus::Closed => "closed",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        <Self as crate::model::labels::Labelled>::from_code(c)
    }
    pub fn label(self) -> &'static str {
        match self {
            NcStatus::Open => "待原因分析",
            NcStatus::CauseAnalysed => "待制定措施",
            NcStatus::ActionPlanned => "措施实施中",
            NcStatus::Done => "待验证",
            NcStatus::Verified => "已验证",
            NcStatus::Closed => "已关闭",
        }
    }
}

/// A step of the nonconformity lifecycle. The state machine is held here:
/// which statuses a step starts from, and the status it leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NcStep {
    /// The auditee confirms the finding (the status stays).
    Confirm,
    AnalyseCause,
    PlanCorrectiveAction,
    MarkDone,
    /// Verified effective.
    Verify,
    /// Verified not effective: back to carrying out the corrective action.
    Reopen,
    Close,
}

impl NcStep {
    /// The statuses this step may start from.
    pub fn allowed_from(self) -> &'static [NcStatus] {
        use NcStatus::*;
        match self {
            NcStep::Confirm | NcStep::AnalyseCause => &[Open, CauseAnalysed],
            NcStep::PlanCorrectiveAction => &[CauseAnalysed, ActionPlanned],
            NcStep::MarkDone => &[ActionPlanned],
            NcStep::Verify | NcStep::Reopen => &[Done],
            NcStep::Close => &[Verified],
        }
    }

    /// The status the step leaves, from `from`.
    pub fn next(self, from: NcStatus) -> NcStatus {
        match self {
            NcStep::Confirm => from,
            NcStep::AnalyseCause => NcStatus::CauseAnalysed,
            NcStep::PlanCorrectiveAction | NcStep::Reopen => NcStatus::ActionPlanned,
            NcStep::MarkDone => NcStatus::Done,
            NcStep::Verify => NcStatus::Verified,
            NcStep::Close => NcStatus::Closed,
        }
    }

    /// What is refused, in “不能…”.
    pub fn refused(self) -> &'static str {
        match self {
            NcStep::Confirm => "确认",
            NcStep::AnalyseCause => "填写原因分析",
            NcStep::PlanCorrectiveAction => "制定纠正措施（请先完成原因分析）",
            NcStep::MarkDone => "标记完成",
            NcStep::Verify | NcStep::Reopen => "验证",
            NcStep::Close => "关闭",
        }
    }
}

/// One line of the checklist as the auditor records it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChecklistJudgementInput {
    pub question: String,
    pub judgement: Option<Judgement>,
    pub observed: String,
}

/// An audit closed with its summary and conclusion (审核报告).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditCompletionInput {
    pub summary: String,
    pub conclusion: String,
    pub on: Option<NaiveDate>,
}

/// The auditee's confirmation of a finding.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NcConfirmationInput {
    /// Who confirms for the audited department.
    pub person_id: i64,
    pub on: Option<NaiveDate>,
}

/// 纠正及纠正措施: what is put right now, and what removes the cause.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CorrectiveActionInput {
    /// 纠正: the immediate fix of the nonconforming situation.
    pub correction: String,
    /// 纠正措施: what removes the cause, so it does not recur.
    pub corrective_action: String,
    /// Who carries it out.
    pub owner_id: Option<i64>,
    pub due_on: Option<NaiveDate>,
}

/// An internal auditor's verification of the corrective action.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct VerificationInput {
    pub auditor_id: i64,
    pub on: Option<NaiveDate>,
    /// Effective → 已验证; not effective → back to 措施实施中.
    pub effective: bool,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct NonconformityInput {
    pub department_id: i64,
    pub clause: String,
    pub fact: String,
    pub grade: Option<Grade>,
    pub found_on: Option<NaiveDate>,
    pub auditor_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Nonconformity {
    pub id: i64,
    pub audit_id: i64,
    pub audit_number: String,
    pub number: String,
    pub department_id: i64,
    pub department_name: String,
    pub clause: String,
    pub fact: String,
    pub grade: Grade,
    pub found_on: NaiveDate,
    pub auditor_name: Option<String>,
    pub confirmed_by_name: Option<String>,
    pub confirmed_on: Option<NaiveDate>,
    pub cause: String,
    pub correction: String,
    pub corrective_action: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub verified_by_name: Option<String>,
    pub verified_on: Option<NaiveDate>,
    pub verification: String,
    pub status: NcStatus,
    pub closed_on: Option<NaiveDate>,
    /// Not closed and past its due date.
    pub overdue: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DistributionCell {
    pub department_name: String,
    pub clause: String,
    pub major: u32,
    pub minor: u32,
}

/// The audit report's figures.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct AuditReport {
    pub audit: Audit,
    pub checklist_total: u32,
    pub checklist_judged: u32,
    pub conform: u32,
    pub observations: u32,
    pub major: u32,
    pub minor: u32,
    pub distribution: Vec<DistributionCell>,
    pub nonconformities: Vec<Nonconformity>,
    /// Applicable clauses not in the scope.
    pub clauses_not_covered: Vec<String>,
    /// Active departments not in the scope.
    pub departments_not_covered: Vec<String>,
    /// Inside the operation period (from the implementation date).
    pub inside_operation: bool,
}
