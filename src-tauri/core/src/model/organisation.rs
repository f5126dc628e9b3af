use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// 领导小组职务
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum GroupPosition {
    /// 组长
    Leader,
    /// 副组长
    Deputy,
    /// 成员
    Member,
}

impl GroupPosition {
    pub fn code(self) -> &'static str {
        match self {
            GroupPosition::Leader => "leader",
            GroupPosition::Deputy => "deputy",
            GroupPosition::Member => "member",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        [
            GroupPosition::Leader,
            GroupPosition::Deputy,
            GroupPosition::Member,
        ]
        .into_iter()
        .find(|p| p.code() == c)
    }
    pub fn label(self) -> &'static str {
        match self {
            GroupPosition::Leader => "组长",
            GroupPosition::Deputy => "副组长",
            GroupPosition::Member => "成员",
        }
    }
}

/// 实施方式
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ImplementationMode {
    /// 委托贯标辅导机构
    Consultant,
    /// 独立实施
    Independent,
}

impl ImplementationMode {
    pub fn code(self) -> &'static str {
        match self {
            ImplementationMode::Consultant => "consultant",
            ImplementationMode::Independent => "independent",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        <Self as crate::model::labels::Labelled>::from_code(c)
    }
    pub fn label(self) -> &'static str {
        match self {
            ImplementationMode::Consultant => "委托贯标辅导机构",
            ImplementationMode::Independent => "独立实施",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GroupMemberInput {
    pub person_id: i64,
    pub position: GroupPosition,
    pub duties: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct GroupMember {
    pub person_id: i64,
    pub person_name: String,
    pub person_position: String,
    pub department_name: Option<String>,
    pub position: GroupPosition,
    pub duties: String,
    pub archived: bool,
}

/// 贯标工作领导小组, lead department, consultant and appointments.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct OrganisationInput {
    pub established_on: Option<NaiveDate>,
    /// e.g. 〔2022〕12号
    pub doc_number: String,
    pub lead_department_id: Option<i64>,
    /// 专人负责贯标日常工作
    pub coordinator_id: Option<i64>,
    pub mode: Option<ImplementationMode>,
    pub consultant_name: String,
    pub consultant_credit_code: String,
    pub consultant_contact: String,
    pub consultant_phone: String,
    pub consultant_contract_on: Option<NaiveDate>,
    /// 管理者代表任命书日期
    pub rep_appointed_on: Option<NaiveDate>,
    pub rep_appointment_doc: String,
    pub members: Vec<GroupMemberInput>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Organisation {
    pub established_on: Option<NaiveDate>,
    pub doc_number: String,
    pub lead_department_id: Option<i64>,
    pub lead_department_name: Option<String>,
    pub coordinator_id: Option<i64>,
    pub coordinator_name: Option<String>,
    pub mode: Option<ImplementationMode>,
    pub consultant_name: String,
    pub consultant_credit_code: String,
    pub consultant_contact: String,
    pub consultant_phone: String,
    pub consultant_contract_on: Option<NaiveDate>,
    pub rep_appointed_on: Option<NaiveDate>,
    pub rep_appointment_doc: String,
    pub members: Vec<GroupMember>,
    /// Things to look at that do not block saving (e.g. the leader is not in top management).
    pub warnings: Vec<String>,
    pub updated_at: String,
}
