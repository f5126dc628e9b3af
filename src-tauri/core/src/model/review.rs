use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum OutputKind {
    /// 方针、目标的改进
    PolicyObjective,
    /// 程序的改进
    Procedure,
    /// 资源需求
    Resource,
    Other,
}

impl OutputKind {
    pub fn code(self) -> &'static str {
        match self {
            OutputKind::PolicyObjective => "policy_objective",
            OutputKind::Procedure => "procedure",
            OutputKind::Resource => "resource",
            OutputKind::Other => "other",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        <Self as crate::model::labels::Labelled>::from_code(c)
    }
    pub fn label(self) -> &'static str {
        match self {
            OutputKind::PolicyObjective => "方针、目标的改进",
            OutputKind::Procedure => "程序的改进",
            OutputKind::Resource => "资源需求",
            OutputKind::Other => "其他",
        }
    }
}

/// The inputs collected at the press of a button (5.5.2).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewSnapshot {
    pub collected_on: String,
    pub audits: Vec<String>,
    pub nonconformities_total: u32,
    pub nonconformities_open: u32,
    pub training: String,
    pub ip_holdings: String,
    pub objectives: String,
    pub previous_actions: Vec<String>,
    pub operation: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewInput {
    pub number: String,
    pub held_on: Option<NaiveDate>,
    pub chair_id: Option<i64>,
    pub attendee_ids: Vec<i64>,
    pub plan_approved_on: Option<NaiveDate>,
    pub inputs_text: String,
    pub report: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewOutput {
    pub id: i64,
    pub kind: OutputKind,
    pub description: String,
    pub owner_id: Option<i64>,
    pub owner_name: Option<String>,
    pub due_on: Option<NaiveDate>,
    pub done: bool,
    pub done_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReviewOutputInput {
    pub kind: Option<OutputKind>,
    pub description: String,
    pub owner_id: Option<i64>,
    pub due_on: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ManagementReview {
    pub id: i64,
    pub number: String,
    pub held_on: NaiveDate,
    pub chair_id: i64,
    pub chair_name: String,
    pub attendee_names: Vec<String>,
    pub attendee_ids: Vec<i64>,
    pub plan_approved_on: Option<NaiveDate>,
    pub snapshot: Option<ReviewSnapshot>,
    pub inputs_text: String,
    pub report: String,
    pub completed: bool,
    pub outputs: Vec<ReviewOutput>,
}
