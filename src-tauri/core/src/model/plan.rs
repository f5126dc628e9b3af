use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TaskStatus {
    NotStarted,
    InProgress,
    Done,
    Cancelled,
}

impl TaskStatus {
    pub fn code(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "not_started",
            TaskStatus::InProgress => "in_progress",
            TaskStatus::Done => "done",
            TaskStatus::Cancelled => "cancelled",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        <Self as crate::model::labels::Labelled>::from_code(c)
    }
    pub fn label(self) -> &'static str {
        match self {
            TaskStatus::NotStarted => "未开始",
            TaskStatus::InProgress => "进行中",
            TaskStatus::Done => "已完成",
            TaskStatus::Cancelled => "已取消",
        }
    }
}

/// How a task stands against today.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TaskHealth {
    OnTrack,
    /// Not done and due within the warning window, or should have started.
    AtRisk,
    /// Not done and past its planned end.
    Overdue,
    Done,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanTaskInput {
    /// Program stage id (`training`, `implementation`, `acceptance`).
    pub stage: String,
    pub title: String,
    pub owner_person_id: Option<i64>,
    pub owner_department_id: Option<i64>,
    pub planned_start: Option<NaiveDate>,
    pub planned_end: Option<NaiveDate>,
    pub actual_start: Option<NaiveDate>,
    pub actual_end: Option<NaiveDate>,
    pub status: Option<TaskStatus>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanTask {
    pub id: i64,
    pub stage: String,
    pub stage_name: String,
    pub title: String,
    pub owner_person_id: Option<i64>,
    pub owner_department_id: Option<i64>,
    /// Person or department, for display.
    pub owner_name: Option<String>,
    pub planned_start: NaiveDate,
    pub planned_end: NaiveDate,
    pub actual_start: Option<NaiveDate>,
    pub actual_end: Option<NaiveDate>,
    pub status: TaskStatus,
    pub health: TaskHealth,
    pub notes: String,
    /// The clause a diagnosis action belongs to.
    pub clause: Option<String>,
}

/// The plan with the program's stage bands and deadline, for the timeline.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlanView {
    pub tasks: Vec<PlanTask>,
    /// The program's stages; empty without a program.
    pub stages: Vec<crate::catalog::Stage>,
    /// `None` without a program.
    pub deadline: Option<NaiveDate>,
    pub today: NaiveDate,
    pub overdue: u32,
    pub at_risk: u32,
}

/// What 生成默认计划 wrote: when the program's own dates are already past
/// on the day it is generated, the whole plan starts today instead
/// (`shifted_days` later), so that it is never all 逾期 at once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanGenerated {
    pub tasks: u32,
    pub shifted_days: i64,
    /// The last task's planned end.
    pub last_end: NaiveDate,
    /// The program's deadline, when the plan ends after it.
    pub past_deadline: Option<NaiveDate>,
}

/// 整体移动计划: the planned dates of every task not done or cancelled,
/// moved by `days` (negative: earlier).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PlanShifted {
    pub moved: u32,
    /// Done and cancelled tasks keep their dates.
    pub kept: u32,
}
