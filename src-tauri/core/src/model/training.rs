use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Attachment, Role};

/// 线下培训类型
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    /// 全员宣贯培训
    AllStaff,
    /// 内审员培训
    InternalAuditor,
    /// 管理层培训
    Management,
    /// 专项培训
    Special,
    /// 城市局组织
    CityBureau,
}

impl SessionKind {
    pub const ALL: [SessionKind; 5] = [
        SessionKind::AllStaff,
        SessionKind::InternalAuditor,
        SessionKind::Management,
        SessionKind::Special,
        SessionKind::CityBureau,
    ];
    pub fn code(self) -> &'static str {
        match self {
            SessionKind::AllStaff => "all_staff",
            SessionKind::InternalAuditor => "internal_auditor",
            SessionKind::Management => "management",
            SessionKind::Special => "special",
            SessionKind::CityBureau => "city_bureau",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == c)
    }
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::AllStaff => "全员宣贯培训",
            SessionKind::InternalAuditor => "内审员培训",
            SessionKind::Management => "管理层培训",
            SessionKind::Special => "专项培训",
            SessionKind::CityBureau => "城市局组织",
        }
    }
}

/// Online learning on the training platform, one record per person.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct OnlineTrainingInput {
    pub platform_account: String,
    pub credits: f64,
    pub reached_on: Option<NaiveDate>,
    pub certificate_id: Option<i64>,
}

/// Credit status of one person who must take the online training.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CreditStatus {
    pub person_id: i64,
    pub person_name: String,
    pub department_name: Option<String>,
    /// The required roles this person holds.
    pub roles: Vec<Role>,
    pub platform_account: String,
    pub credits: f64,
    pub reached_on: Option<NaiveDate>,
    pub certificate: Option<Attachment>,
    /// `None` while the threshold is 未设定.
    pub reached: Option<bool>,
}

/// The online-training view: everyone who must take part, against the threshold.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CreditOverview {
    /// `None` = 未设定.
    pub threshold: Option<f64>,
    pub required_roles: Vec<Role>,
    pub people: Vec<CreditStatus>,
    pub reached_count: u32,
    /// Names still below the threshold (or all, while it is 未设定).
    pub missing: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct TrainingSessionInput {
    pub held_on: Option<NaiveDate>,
    pub kind: Option<SessionKind>,
    pub topic: String,
    pub trainer: String,
    pub hours: f64,
    pub attendee_ids: Vec<i64>,
    pub sign_in_id: Option<i64>,
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct TrainingSession {
    pub id: i64,
    pub held_on: NaiveDate,
    pub kind: SessionKind,
    pub topic: String,
    pub trainer: String,
    pub hours: f64,
    pub attendee_ids: Vec<i64>,
    pub attendee_names: Vec<String>,
    pub sign_in: Option<Attachment>,
    pub notes: String,
}

/// Share of current staff who attended an all-staff session.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StaffCoverage {
    pub staff: u32,
    pub attended: u32,
    /// 0..=1
    pub share: f64,
    pub not_attended: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct AuditorQualificationInput {
    pub certificate_no: String,
    pub issuer: String,
    pub qualified_on: Option<NaiveDate>,
    pub certificate_id: Option<i64>,
}

/// An internal auditor (role 内审员) and whether they are qualified.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AuditorStatus {
    pub person_id: i64,
    pub person_name: String,
    pub department_id: Option<i64>,
    pub department_name: Option<String>,
    pub qualified: bool,
    pub certificate_no: String,
    pub issuer: String,
    pub qualified_on: Option<NaiveDate>,
    pub certificate: Option<Attachment>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct AuditorOverview {
    pub auditors: Vec<AuditorStatus>,
    pub qualified_count: u32,
    /// At least two qualified auditors: an audit can be planned.
    pub can_plan_audit: bool,
}
