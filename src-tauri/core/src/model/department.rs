use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::catalog::templates::OwnerKind;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Department {
    pub id: i64,
    pub name: String,
    pub code: String,
    /// 部门职责
    pub responsibilities: String,
    pub archived: bool,
    /// Active people in the department.
    pub person_count: u32,
    /// The active 部门负责人, if any.
    pub head_name: Option<String>,
    /// 承担职能, in [`OwnerKind::ALL`] order. The project's IP department
    /// (organisation.lead_department_id) always plays `ip_department`.
    pub parts: Vec<OwnerKind>,
    /// The project's IP department (归口管理部门, set in 领导小组): it plays
    /// `ip_department` whatever its stored parts say.
    pub is_ip_department: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DepartmentInput {
    pub name: String,
    pub code: String,
    pub responsibilities: String,
    /// 承担职能 (the IP department's `ip_department` is added when missing);
    /// none when left out, as a caller written before parts existed sends.
    #[serde(default)]
    pub parts: Vec<OwnerKind>,
}
