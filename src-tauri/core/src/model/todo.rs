use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::readiness::FixLink;

/// What kind of thing is to be done (the 待办 list's tag).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TodoKind {
    /// A task of the 实施计划.
    Task,
    /// A nonconformity's corrective action (纠正措施).
    CorrectiveAction,
    /// A management review's output (评审输出).
    ReviewOutput,
    /// A document revision waiting for its review or approval.
    DocumentReview,
    /// An approved revision waiting to be published.
    DocumentPublication,
    /// Controlled copies of a superseded revision still out (回收旧版).
    Withdrawal,
    /// The year's internal audit: planned soon, running late or not planned.
    Audit,
    /// The year's management review: planned soon or not held.
    ManagementReview,
}

impl TodoKind {
    pub fn label(self) -> &'static str {
        match self {
            TodoKind::Task => "计划任务",
            TodoKind::CorrectiveAction => "纠正措施",
            TodoKind::ReviewOutput => "评审输出",
            TodoKind::DocumentReview => "文件审批",
            TodoKind::DocumentPublication => "文件发布",
            TodoKind::Withdrawal => "回收旧版",
            TodoKind::Audit => "内部审核",
            TodoKind::ManagementReview => "管理评审",
        }
    }
}

/// One line of the 概览's 待办: something due this week or late, taken
/// from the records, with where it is dealt with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TodoItem {
    pub kind: TodoKind,
    pub kind_label: String,
    /// What is to be done, e.g. “不符合项 NC-2022-01-03：制定纠正措施”.
    pub title: String,
    pub owner: Option<String>,
    pub due_on: Option<NaiveDate>,
    /// Past its date (or, for the year's audit or review, not yet planned
    /// late in the year).
    pub late: bool,
    pub link: FixLink,
}

/// The 待办 list: late first, then by date; `horizon` is the last day
/// counted as “due this week”.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TodoList {
    pub today: NaiveDate,
    pub horizon: NaiveDate,
    pub items: Vec<TodoItem>,
    pub late: u32,
}
