use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The roles a person can hold in the 贯标 effort.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// 最高管理者 — exactly one.
    TopManager,
    /// 管理者代表 — exactly one, appointed from top management.
    ManagementRepresentative,
    /// 高层管理人员
    SeniorManager,
    /// 部门负责人 — one per department.
    DepartmentHead,
    /// 知识产权工作人员
    IpStaff,
    /// 内审员
    InternalAuditor,
    /// 研发人员
    RndStaff,
}

impl Role {
    pub const ALL: [Role; 7] = [
        Role::TopManager,
        Role::ManagementRepresentative,
        Role::SeniorManager,
        Role::DepartmentHead,
        Role::IpStaff,
        Role::InternalAuditor,
        Role::RndStaff,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Role::TopManager => "top_manager",
            Role::ManagementRepresentative => "management_representative",
            Role::SeniorManager => "senior_manager",
            Role::DepartmentHead => "department_head",
            Role::IpStaff => "ip_staff",
            Role::InternalAuditor => "internal_auditor",
            Role::RndStaff => "rnd_staff",
        }
    }

    pub fn from_code(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::TopManager => "最高管理者",
            Role::ManagementRepresentative => "管理者代表",
            Role::SeniorManager => "高层管理人员",
            Role::DepartmentHead => "部门负责人",
            Role::IpStaff => "知识产权工作人员",
            Role::InternalAuditor => "内审员",
            Role::RndStaff => "研发人员",
        }
    }

    /// Roles only one active person may hold.
    pub fn is_unique(self) -> bool {
        matches!(self, Role::TopManager | Role::ManagementRepresentative)
    }
}
