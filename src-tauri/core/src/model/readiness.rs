use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Blocks the application.
    Blocker,
    Warning,
}

/// Where the user fixes a rule: a screen of the app and, if any, the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FixLink {
    /// `profile`, `people`, `training`, `organisation`, `plan`, `diagnosis`,
    /// `documents`, `operation`, `audits`, `reviews`, `application`.
    pub screen: String,
    /// The first offending record on that screen, set only while the rule
    /// fails and only where one record is to blame: on `audits` the audit's
    /// id (the audit holding the first open or unverified nonconformity, or
    /// the completed audit that does not cover everything); on `documents` a
    /// not-yet-published document covering the first uncovered clause; on
    /// `training` the first person whose credits are short.
    #[ts(type = "number | null")]
    pub record_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RuleResult {
    pub id: String,
    /// Program stage id: `training`, `implementation`, `acceptance`.
    pub stage: String,
    pub title: String,
    pub severity: Severity,
    pub passed: bool,
    /// With the concrete names and numbers.
    pub explanation: String,
    pub fix: FixLink,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeadlinePlan {
    pub deadline: NaiveDate,
    pub lead_time_days: u32,
    pub min_months: u32,
    /// The last day an application can go in and still be accepted by the deadline.
    pub latest_application_on: NaiveDate,
    /// The last implementation date that still allows it.
    pub latest_implementation_on: NaiveDate,
    /// The end of the minimum operation period, once implemented.
    pub earliest_application_on: Option<NaiveDate>,
    pub planned_application_on: Option<NaiveDate>,
    pub fits: bool,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Readiness {
    pub rules: Vec<RuleResult>,
    pub blockers: u32,
    pub warnings: u32,
    pub ready: bool,
    pub deadline: DeadlinePlan,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum AcceptancePathKind {
    /// 第三方认证
    Certification,
    /// 省验收
    ProvincialAcceptance,
}

impl AcceptancePathKind {
    pub fn code(self) -> &'static str {
        match self {
            AcceptancePathKind::Certification => "certification",
            AcceptancePathKind::ProvincialAcceptance => "provincial_acceptance",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        match c {
            "certification" => Some(AcceptancePathKind::Certification),
            "provincial_acceptance" => Some(AcceptancePathKind::ProvincialAcceptance),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CertificationBody {
    #[ts(type = "number")]
    pub id: i64,
    pub name: String,
    /// Listed on the learning platform as meeting the service standard.
    pub meets_standard: bool,
    /// No 失信 record.
    pub no_dishonesty: bool,
    pub note: String,
    pub archived: bool,
    /// Both conditions hold: the body can be chosen.
    pub qualifies: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CertificationBodyInput {
    pub name: String,
    pub meets_standard: bool,
    pub no_dishonesty: bool,
    pub note: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplicationSettings {
    pub path: Option<AcceptancePathKind>,
    #[ts(type = "number | null")]
    pub body_id: Option<i64>,
    pub planned_application_on: Option<NaiveDate>,
    pub lead_time_days: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationResult {
    Pending,
    Passed,
    Failed,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplicationRecordInput {
    pub path: Option<AcceptancePathKind>,
    #[ts(type = "number | null")]
    pub body_id: Option<i64>,
    pub submitted_on: Option<NaiveDate>,
    pub stage1_on: Option<NaiveDate>,
    pub stage2_on: Option<NaiveDate>,
    pub result: Option<ApplicationResult>,
    pub certificate_no: String,
    pub certificate_on: Option<NaiveDate>,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplicationRecord {
    #[ts(type = "number")]
    pub id: i64,
    pub path: AcceptancePathKind,
    #[ts(type = "number | null")]
    pub body_id: Option<i64>,
    pub body_name: Option<String>,
    pub submitted_on: NaiveDate,
    pub stage1_on: Option<NaiveDate>,
    pub stage2_on: Option<NaiveDate>,
    pub result: ApplicationResult,
    pub certificate_no: String,
    pub certificate_on: Option<NaiveDate>,
    pub note: String,
    /// The certificate is dated after the deadline: no subsidy.
    pub misses_subsidy: bool,
    /// The subsidy this record would bring (0 when missed).
    pub subsidy_yuan: u32,
}
