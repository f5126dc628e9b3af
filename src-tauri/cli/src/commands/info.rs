//! `info FILE`: the enterprise at a glance. Every figure is gathered into
//! [`Info`] first; the human report is its `Display`, `--json` its fields.

use std::fmt;

use guanbiao_core::credit_code::{self, CreditCodeCheck};
use guanbiao_core::model::{
    EnterpriseProfile, GroupPosition, IpHoldings, Person, PersonQuery, Role, SystemIssue,
};
use guanbiao_core::{catalog, dates, Project, Result};
use serde::Serialize;

use super::{Outcome, Status};
use crate::args;
use crate::output::Out;

pub fn handle(a: args::Info, out: Out) -> Outcome {
    let project = Project::open(&a.file)?;
    let info = Info::gather(&project)?;
    out.answer(&info, |info| print!("{info}"));
    Ok(Status::Done)
}

/// What `info` reports.
#[derive(Serialize)]
pub struct Info {
    path: String,
    schema_version: u32,
    /// 企业名称 (empty while not filled in).
    name: String,
    credit_code: String,
    credit_code_check: CreditCodeState,
    city: String,
    district: String,
    program_id: String,
    /// The program's name; `None` when this build does not know the program.
    program_name: Option<String>,
    standard_edition: String,
    departments: usize,
    /// People in post.
    people: usize,
    top_managers: Vec<String>,
    management_representatives: Vec<String>,
    internal_auditors: usize,
    ip_staff: usize,
    ip_holdings: IpHoldings,
    /// Where the project stands in its program; `None` when the program is unknown.
    progress: Option<Progress>,
}

/// The 统一社会信用代码 as checked.
#[derive(Clone, Copy, Serialize)]
#[serde(rename_all = "snake_case")]
enum CreditCodeState {
    Empty,
    Valid,
    /// The check digit differs and the user has confirmed the code anyway.
    Confirmed,
    Invalid,
}

impl CreditCodeState {
    fn of(profile: &EnterpriseProfile) -> Self {
        match credit_code::check(&profile.credit_code) {
            _ if profile.credit_code.is_empty() => CreditCodeState::Empty,
            CreditCodeCheck::Valid => CreditCodeState::Valid,
            _ if profile.credit_code_confirmed => CreditCodeState::Confirmed,
            _ => CreditCodeState::Invalid,
        }
    }

    fn label(self) -> &'static str {
        match self {
            CreditCodeState::Empty => "未填写",
            CreditCodeState::Valid => "校验通过",
            CreditCodeState::Confirmed => "校验位不符，已确认",
            CreditCodeState::Invalid => "校验未通过",
        }
    }
}

#[derive(Serialize)]
struct Progress {
    /// People who reached the online-credit threshold, of `credit_people`.
    credits_reached: u32,
    credit_people: usize,
    /// `None` = 未设定.
    credit_threshold: Option<f64>,
    all_staff_attended: u32,
    all_staff: u32,
    group_leader: Option<String>,
    group_members: usize,
    lead_department: Option<String>,
    plan_tasks: usize,
    plan_overdue: u32,
    /// `None` when this build lacks the project's standard edition.
    diagnosis: Option<Diagnosis>,
    documents: usize,
    documents_published: usize,
    /// `None` = the system is not issued yet.
    system_issue: Option<SystemIssue>,
}

#[derive(Serialize)]
struct Diagnosis {
    assessed: u32,
    total: u32,
}

impl Info {
    pub fn gather(p: &Project) -> Result<Info> {
        let profile = p.profile()?;
        let catalog = catalog::load()?;
        // Looked up one by one: `info` still reports a file whose program or
        // standard this build does not know.
        let program = p.program(&catalog).ok();
        let program = program.as_ref();
        let standard = catalog.standard(&profile.standard_edition).ok();
        let people = p.people(&PersonQuery::default())?;
        let progress = match program {
            None => None,
            Some(program) => {
                let today = dates::today();
                let credits = p.credit_overview(program)?;
                let coverage = p.all_staff_coverage()?;
                let org = p.organisation()?;
                let plan = p.plan(program, today)?;
                let diagnosis = match standard {
                    Some(standard) => {
                        let d = p.diagnosis(standard, today)?;
                        Some(Diagnosis {
                            assessed: d.assessed,
                            total: d.total,
                        })
                    }
                    None => None,
                };
                let documents = p.documents()?;
                Some(Progress {
                    credits_reached: credits.reached_count,
                    credit_people: credits.people.len(),
                    credit_threshold: credits.threshold,
                    all_staff_attended: coverage.attended,
                    all_staff: coverage.staff,
                    group_leader: org
                        .members
                        .iter()
                        .find(|m| m.position == GroupPosition::Leader)
                        .map(|m| m.person_name.clone()),
                    group_members: org.members.len(),
                    lead_department: org.lead_department_name,
                    plan_tasks: plan.tasks.len(),
                    plan_overdue: plan.overdue,
                    diagnosis,
                    documents: documents.len(),
                    documents_published: documents.iter().filter(|d| d.published.is_some()).count(),
                    system_issue: p.system_issue()?,
                })
            }
        };
        Ok(Info {
            path: p.path().display().to_string(),
            schema_version: p.schema_version()?,
            credit_code_check: CreditCodeState::of(&profile),
            departments: p.departments(false)?.len(),
            people: people.len(),
            top_managers: holders(&people, Role::TopManager),
            management_representatives: holders(&people, Role::ManagementRepresentative),
            internal_auditors: holders(&people, Role::InternalAuditor).len(),
            ip_staff: holders(&people, Role::IpStaff).len(),
            program_name: program.map(|x| x.name.clone()),
            progress,
            name: profile.name,
            credit_code: profile.credit_code,
            city: profile.city,
            district: profile.district,
            program_id: profile.program_id,
            standard_edition: profile.standard_edition,
            ip_holdings: profile.ip_holdings,
        })
    }
}

/// The names of the people holding `role`.
fn holders(people: &[Person], role: Role) -> Vec<String> {
    people
        .iter()
        .filter(|x| x.roles.contains(&role))
        .map(|x| x.name.clone())
        .collect()
}

/// `未设定` for nobody, else the names joined with `、`.
fn names(v: &[String]) -> String {
    if v.is_empty() {
        "未设定".into()
    } else {
        v.join("、")
    }
}

impl fmt::Display for Info {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let name = if self.name.is_empty() {
            "（未填写）"
        } else {
            &self.name
        };
        writeln!(
            f,
            "项目文件：{}（数据版本 {}）",
            self.path, self.schema_version
        )?;
        writeln!(f, "企业名称：{name}")?;
        writeln!(
            f,
            "统一社会信用代码：{}（{}）",
            self.credit_code,
            self.credit_code_check.label()
        )?;
        writeln!(f, "所在地区：{} {}", self.city, self.district)?;
        writeln!(
            f,
            "贯标计划：{}",
            self.program_name.as_deref().unwrap_or(&self.program_id)
        )?;
        writeln!(f, "标准版本：{}", self.standard_edition)?;
        writeln!(
            f,
            "部门：{} 个；在职人员：{} 人",
            self.departments, self.people
        )?;
        writeln!(
            f,
            "最高管理者：{}；管理者代表：{}",
            names(&self.top_managers),
            names(&self.management_representatives)
        )?;
        writeln!(
            f,
            "内审员：{} 人；知识产权工作人员：{} 人",
            self.internal_auditors, self.ip_staff
        )?;
        let h = &self.ip_holdings;
        writeln!(
            f,
            "知识产权：发明专利 {}，实用新型 {}，外观设计 {}，商标 {}，软件著作权 {}",
            h.invention_patents,
            h.utility_models,
            h.design_patents,
            h.trademarks,
            h.software_copyrights
        )?;
        match &self.progress {
            Some(progress) => write!(f, "{progress}"),
            None => Ok(()),
        }
    }
}

impl fmt::Display for Progress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let threshold = match self.credit_threshold {
            Some(t) => t.to_string(),
            None => "未设定".into(),
        };
        writeln!(
            f,
            "线上学分：已达标 {}/{} 人（学分要求 {threshold}）",
            self.credits_reached, self.credit_people
        )?;
        writeln!(
            f,
            "全员培训：已参加 {}/{} 人",
            self.all_staff_attended, self.all_staff
        )?;
        writeln!(
            f,
            "领导小组：组长 {}，共 {} 人；牵头部门 {}",
            self.group_leader.as_deref().unwrap_or("未设定"),
            self.group_members,
            self.lead_department.as_deref().unwrap_or("未设定")
        )?;
        writeln!(
            f,
            "实施计划：{} 项任务，逾期 {} 项",
            self.plan_tasks, self.plan_overdue
        )?;
        if let Some(d) = &self.diagnosis {
            writeln!(f, "诊断分析：已诊断 {}/{} 条", d.assessed, d.total)?;
        }
        let issue = match &self.system_issue {
            Some(i) => format!("{} 发布，{} 实施", i.issued_on, i.implemented_on),
            None => "未发布".into(),
        };
        writeln!(
            f,
            "体系文件：{} 份，已发布 {} 份；体系{issue}",
            self.documents, self.documents_published
        )
    }
}
