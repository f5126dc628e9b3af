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

/// A screen of the app: where a rule is fixed. The UI's page keys include
/// every one of these (its page table is checked against this type).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    Profile,
    Program,
    People,
    Training,
    Organisation,
    Plan,
    Diagnosis,
    Documents,
    Operation,
    Audits,
    Reviews,
    Application,
}

/// The phase of the effort a rule belongs to; a program's stages carry
/// these ids (`training`, `implementation`, `acceptance`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RuleStage {
    Training,
    Implementation,
    Acceptance,
}

impl RuleStage {
    pub fn code(self) -> &'static str {
        match self {
            RuleStage::Training => "training",
            RuleStage::Implementation => "implementation",
            RuleStage::Acceptance => "acceptance",
        }
    }
}

/// Every readiness rule, by the order the engine checks them. Each knows
/// its stage, its title and the screen where it is fixed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum RuleId {
    ProfileComplete,
    CreditCodeValid,
    /// At least one valid IP right held (the profile's holdings).
    IpHeld,
    CreditsReached,
    AuditorsQualified,
    LeadershipGroup,
    LeadDepartment,
    RepAppointed,
    /// The representative is one of top management (GB/T 29490 5.4.1).
    RepInTopManagement,
    PlanExists,
    PlanOnTrack,
    DiagnosisComplete,
    CoverageComplete,
    SystemIssued,
    /// Published documents reach the departments that lead their clauses.
    DocumentsDistributed,
    AllStaffTraining,
    OperationComplete,
    /// A record dated in the operation period for every applicable clause a form covers.
    OperationEvidence,
    InternalAudit,
    NoOpenMajor,
    ActionsVerified,
    ManagementReview,
    /// Every 知识产权目标 measured in the operation period, before the review that counts.
    ObjectivesMeasured,
    PathChosen,
    CertificationBody,
    DeadlineFeasible,
    /// The program has not ended, and the planned application date is not past.
    ProgramOpen,
    /// Certification bodies accept the project's edition on the application date.
    EditionCertifiable,
    /// The certification scope: products and services, sites, headcount.
    ScopeDefined,
    /// The business licence valid on the application date, its status 存续.
    LicenceValid,
    /// The declaration of no IP penalty, serious infringement or 失信 listing.
    NoPenaltyDeclared,
    /// No other subsidy for the same 贯标 where the program forbids double subsidy.
    SubsidyNotDoubled,
    /// No applications on both paths when the program does not combine their subsidies.
    PathsNotCombined,
}

impl std::fmt::Display for RuleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.code())
    }
}

impl RuleId {
    /// The wire code (`profile_complete`, …), as serde writes it.
    pub fn code(self) -> String {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.as_str().map(str::to_string))
            .unwrap_or_default()
    }

    pub fn stage(self) -> RuleStage {
        use RuleId::*;
        match self {
            CreditsReached | AuditorsQualified => RuleStage::Training,
            ProfileComplete | CreditCodeValid | PathChosen | CertificationBody
            | DeadlineFeasible | ProgramOpen | EditionCertifiable | IpHeld | PathsNotCombined
            | ScopeDefined | LicenceValid | NoPenaltyDeclared | SubsidyNotDoubled => {
                RuleStage::Acceptance
            }
            _ => RuleStage::Implementation,
        }
    }

    pub fn screen(self) -> Screen {
        use RuleId::*;
        match self {
            ProfileComplete | CreditCodeValid | EditionCertifiable | IpHeld => Screen::Profile,
            CreditsReached | AuditorsQualified | AllStaffTraining => Screen::Training,
            LeadershipGroup | LeadDepartment | RepAppointed => Screen::Organisation,
            RepInTopManagement => Screen::People,
            PlanExists | PlanOnTrack => Screen::Plan,
            DiagnosisComplete => Screen::Diagnosis,
            CoverageComplete | SystemIssued | DocumentsDistributed => Screen::Documents,
            OperationComplete | OperationEvidence => Screen::Operation,
            InternalAudit | NoOpenMajor | ActionsVerified => Screen::Audits,
            ManagementReview | ObjectivesMeasured => Screen::Reviews,
            ProgramOpen => Screen::Program,
            PathChosen | CertificationBody | DeadlineFeasible | PathsNotCombined | ScopeDefined
            | LicenceValid | NoPenaltyDeclared | SubsidyNotDoubled => Screen::Application,
        }
    }

    /// The rule's title; `min_months` is the program's minimum operation period.
    pub fn title(self, min_months: u32) -> String {
        use RuleId::*;
        match self {
            ProfileComplete => "企业基本信息完整",
            CreditCodeValid => "统一社会信用代码有效",
            IpHeld => "持有至少 1 项有效知识产权",
            CreditsReached => "相关人员线上学分达标",
            AuditorsQualified => "合格内审员不少于 2 人",
            LeadershipGroup => "成立贯标工作领导小组",
            LeadDepartment => "确定牵头部门",
            RepAppointed => "任命管理者代表",
            RepInTopManagement => "管理者代表由最高管理层成员担任",
            PlanExists => "制定贯标实施计划",
            PlanOnTrack => "计划任务无逾期",
            DiagnosisComplete => "逐条完成诊断分析",
            CoverageComplete => "适用条款均有已发布文件覆盖",
            SystemIssued => "体系文件发布实施",
            DocumentsDistributed => "已发布文件发放到主责部门",
            AllStaffTraining => "体系发布后全员宣贯培训覆盖 95% 以上在岗人员",
            OperationComplete => return format!("体系运行满 {min_months} 个月"),
            OperationEvidence => "适用条款在运行期内均有运行记录",
            InternalAudit => "运行期内完成覆盖全部条款和部门的内部审核",
            NoOpenMajor => "没有未关闭的严重不符合项",
            ActionsVerified => "纠正措施均已验证",
            ManagementReview => "内部审核后完成管理评审",
            ObjectivesMeasured => "知识产权目标在管理评审前完成考核",
            PathChosen => "选择验收方式",
            CertificationBody => "选择符合要求的认证机构",
            DeadlineFeasible => "能够在截止日期前完成",
            ProgramOpen => "贯标计划尚未结束，计划申请日期未过",
            EditionCertifiable => "标准版本在申请日期可以认证",
            ScopeDefined => "明确认证范围（产品与服务、场所、人数）",
            LicenceValid => "营业执照有效、登记状态为存续，扫描件已附上",
            NoPenaltyDeclared => "确认无知识产权行政处罚、严重侵权及失信记录",
            PathsNotCombined => "认证与省验收补助不兼得，未两种方式同时申请",
            SubsidyNotDoubled => "同一贯标未重复领取其他奖补",
        }
        .to_string()
    }
}

/// Where the user fixes a rule: a screen of the app and, if any, the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FixLink {
    pub screen: Screen,
    /// The first offending record on that screen, set only while the rule
    /// fails and only where one record is to blame: on `audits` the audit's
    /// id (the audit holding the first open or unverified nonconformity, or
    /// the completed audit that does not cover everything); on `documents` a
    /// not-yet-published document covering the first uncovered clause; on
    /// `training` the first person whose credits are short; on `people` the
    /// management representative outside top management.
    pub record_id: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RuleResult {
    pub id: RuleId,
    pub stage: RuleStage,
    pub title: String,
    pub severity: Severity,
    pub passed: bool,
    /// With the concrete names and numbers.
    pub explanation: String,
    pub fix: FixLink,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct DeadlinePlan {
    /// `None`: the project follows no program, so nothing is late.
    pub deadline: Option<NaiveDate>,
    pub lead_time_days: u32,
    pub min_months: u32,
    /// The last day an application can go in and still be accepted by the deadline.
    pub latest_application_on: Option<NaiveDate>,
    /// The last implementation date that still allows it.
    pub latest_implementation_on: Option<NaiveDate>,
    /// The end of the minimum operation period, once implemented.
    pub earliest_application_on: Option<NaiveDate>,
    pub planned_application_on: Option<NaiveDate>,
    pub fits: bool,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Readiness {
    /// The day judged: today, or the date asked for (`--as-of`).
    pub judged_on: NaiveDate,
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
        <Self as crate::model::labels::Labelled>::from_code(c)
    }
    /// The path's own name; the screens prefer the program's name for it.
    pub fn label(self) -> &'static str {
        match self {
            AcceptancePathKind::Certification => "第三方认证",
            AcceptancePathKind::ProvincialAcceptance => "省验收",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct CertificationBody {
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
    pub body_id: Option<i64>,
    pub planned_application_on: Option<NaiveDate>,
    pub lead_time_days: u32,
}

/// 申请前提: what a certification body checks before it accepts an
/// application, beyond the system itself.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PreconditionsInput {
    /// 认证范围：产品与服务
    pub scope_products: String,
    /// 认证范围：场所（地址）
    pub scope_sites: String,
    /// 认证范围覆盖的人数
    pub scope_headcount: Option<u32>,
    /// 营业执照有效期至（`licence_long_term` 时为空）
    pub licence_valid_until: Option<NaiveDate>,
    /// 营业执照长期有效
    pub licence_long_term: bool,
    /// 在国家企业信用信息公示系统核查登记状态为“存续”的日期
    pub status_checked_on: Option<NaiveDate>,
    /// 无处罚、无严重侵权、未列入失信名单的声明确认日期
    pub declared_on: Option<NaiveDate>,
    /// 确认声明的人（最高管理者或法定代表人）
    pub declared_by: Option<i64>,
    /// 营业执照扫描件（附件）
    pub licence_attachment_id: Option<i64>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Preconditions {
    #[serde(flatten)]
    #[ts(flatten)]
    pub input: PreconditionsInput,
    pub declared_by_name: Option<String>,
    /// The scan `licence_attachment_id` names.
    pub licence: Option<crate::model::Attachment>,
    pub updated_at: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ApplicationResult {
    Pending,
    Passed,
    Failed,
}

impl ApplicationResult {
    pub fn code(self) -> &'static str {
        match self {
            ApplicationResult::Pending => "pending",
            ApplicationResult::Passed => "passed",
            ApplicationResult::Failed => "failed",
        }
    }
    pub fn from_code(c: &str) -> Option<Self> {
        <Self as crate::model::labels::Labelled>::from_code(c)
    }
    pub fn label(self) -> &'static str {
        match self {
            ApplicationResult::Pending => "进行中",
            ApplicationResult::Passed => "通过",
            ApplicationResult::Failed => "未通过",
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ApplicationRecordInput {
    pub path: Option<AcceptancePathKind>,
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
    pub id: i64,
    pub path: AcceptancePathKind,
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
