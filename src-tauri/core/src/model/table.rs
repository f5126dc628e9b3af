//! The record tables of a project file: what the change log names in its
//! `entity` column and what the shell tells the window a command changed
//! (`ProjectChanged`). The UI gets the type generated, so a view declares the
//! tables it reads with names `tsc` checks.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! tables {
    ($($variant:ident => $code:literal, $label:literal;)+) => {
        /// A logged record table (every table but the log's own).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
        #[serde(rename_all = "snake_case")]
        pub enum Table {
            $($variant,)+
        }

        impl Table {
            /// Every record table, in schema order.
            pub const ALL: &'static [Table] = &[$(Table::$variant,)+];

            /// The SQL table name.
            pub fn code(self) -> &'static str {
                match self {
                    $(Table::$variant => $code,)+
                }
            }

            /// What a row of it is called in the change history.
            pub fn label(self) -> &'static str {
                match self {
                    $(Table::$variant => $label,)+
                }
            }
        }
    };
}

tables! {
    Enterprise => "enterprise", "企业信息";
    Department => "department", "部门";
    Person => "person", "人员";
    PersonRole => "person_role", "人员角色";
    Attachment => "attachment", "附件";
    ProjectSetting => "project_setting", "项目设置";
    OnlineTraining => "online_training", "线上培训学分";
    TrainingSession => "training_session", "培训记录";
    TrainingAttendance => "training_attendance", "培训签到";
    AuditorQualification => "auditor_qualification", "内审员资格";
    Organisation => "organisation", "组织机构";
    LeadershipMember => "leadership_member", "贯标领导小组成员";
    PlanTask => "plan_task", "计划任务";
    Diagnosis => "diagnosis", "差距诊断";
    DiagnosisEvidence => "diagnosis_evidence", "诊断证据";
    DocumentSetting => "document_setting", "文件设置";
    Document => "document", "体系文件";
    DocumentClause => "document_clause", "文件覆盖条款";
    Revision => "revision", "文件版本";
    Distribution => "distribution", "文件发放";
    FunctionAllocation => "function_allocation", "职能分配";
    SystemIssue => "system_issue", "体系发布";
    OperationCheckin => "operation_checkin", "运行月度检查";
    OperationRecord => "operation_record", "运行记录";
    OperationProblem => "operation_problem", "运行问题";
    Audit => "audit", "内部审核";
    AuditAuditor => "audit_auditor", "审核员";
    AuditScope => "audit_scope", "审核范围";
    AuditSlot => "audit_slot", "审核日程";
    AuditSlotAuditor => "audit_slot_auditor", "日程审核员";
    ChecklistItem => "checklist_item", "检查表条目";
    Nonconformity => "nonconformity", "不符合项";
    ManagementReview => "management_review", "管理评审";
    ReviewAttendee => "review_attendee", "评审参加人";
    ReviewOutput => "review_output", "评审输出";
    CertificationBody => "certification_body", "认证机构";
    ApplicationSetting => "application_setting", "申请设置";
    ApplicationRecord => "application_record", "认证申请记录";
    CoverImage => "cover_image", "封面图片";
    ApplicationPrecondition => "application_precondition", "申请前提";
    Program => "program", "贯标计划";
    OtherSubsidy => "other_subsidy", "其他贯标奖补";
    OperationStatement => "operation_statement", "本期未发生说明";
    Objective => "objective", "知识产权目标";
    ObjectiveMeasurement => "objective_measurement", "目标考核";
    ClauseTable => "clause_table", "条款表更正";
    EditionConversion => "edition_conversion", "换版记录";
    DepartmentPart => "department_part", "部门职能";
    SummaryEdit => "summary_edit", "贯标工作总结修改";
    AuditEvidence => "audit_evidence", "审核证据";
}

impl Table {
    pub fn from_code(code: &str) -> Option<Table> {
        Table::ALL.iter().copied().find(|t| t.code() == code)
    }
}

/// What a command changed in the open project, sent to the window as the
/// `project-changed` event: the views reading any of these tables reload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ProjectChanged {
    pub tables: Vec<Table>,
}

#[cfg(test)]
mod tests {
    use super::Table;

    #[test]
    fn codes_are_the_serde_names() {
        for t in Table::ALL {
            let json = serde_json::to_string(t).unwrap();
            assert_eq!(json, format!("\"{}\"", t.code()));
            assert_eq!(Table::from_code(t.code()), Some(*t));
        }
    }
}
