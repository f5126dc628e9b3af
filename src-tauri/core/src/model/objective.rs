//! 知识产权目标 (GB/T 29490-2013 5.3.2) and their 目标考核: each objective
//! measured before the management review reviews their attainment.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ObjectiveMeasurement {
    pub id: i64,
    pub objective_id: i64,
    pub measured_on: NaiveDate,
    /// 实际完成情况, e.g. "新增发明专利申请 7 件".
    pub actual: String,
    pub achieved: bool,
    pub measured_by: Option<i64>,
    pub measured_by_name: Option<String>,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ObjectiveMeasurementInput {
    pub measured_on: Option<NaiveDate>,
    pub actual: String,
    pub achieved: bool,
    pub measured_by: Option<i64>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Objective {
    pub id: i64,
    /// 目标, e.g. "年度新增发明专利申请".
    pub description: String,
    /// 目标值, e.g. "≥6 件".
    pub target: String,
    pub department_id: Option<i64>,
    pub department_name: Option<String>,
    /// 期间, e.g. "2022 年度".
    pub period: String,
    /// Oldest first.
    pub measurements: Vec<ObjectiveMeasurement>,
}

impl Objective {
    /// The latest measurement dated on or before `on`.
    pub fn latest_by(&self, on: NaiveDate) -> Option<&ObjectiveMeasurement> {
        self.measurements
            .iter()
            .filter(|m| m.measured_on <= on)
            .max_by_key(|m| (m.measured_on, m.id))
    }

    /// "目标：实际（达成/未达成）" for the review inputs.
    pub fn summary(&self, m: &ObjectiveMeasurement) -> String {
        format!(
            "{}（目标 {}）：{}（{}，{} 考核）",
            self.description,
            self.target,
            m.actual,
            if m.achieved { "达成" } else { "未达成" },
            m.measured_on
        )
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ObjectiveInput {
    pub description: String,
    pub target: String,
    pub department_id: Option<i64>,
    pub period: String,
}

/// Annual 知识产权目标 offered in proportion to the enterprise (staff,
/// R&D staff, IP holdings): a suggestion for the document settings,
/// saved only when the user saves them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SuggestedObjectives {
    /// The objectives as the settings hold them: items joined by “；”.
    pub text: String,
    /// How the numbers were derived, e.g. “按职工人数 80 人、有效专利 13 件……估算”.
    pub basis: String,
}
