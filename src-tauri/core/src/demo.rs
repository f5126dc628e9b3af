//! A realistic fictional Shaanxi enterprise for demos, tests and benchmarks:
//! about 80 people in 8 departments with every role filled. `scale`
//! multiplies the departments and people.

use std::path::Path;

use crate::catalog::{self, ProgramProfile};
use crate::credit_code;
use crate::error::Result;
use crate::model::{
    DepartmentInput, EnterpriseProfile, IpHoldings, PersonInput, Qualification, Role,
};
use crate::Project;

pub const ENTERPRISE_NAME: &str = "陕西秦创智能装备股份有限公司";

/// (name, code, responsibilities, head position, staff positions, people)
const DEPARTMENTS: [(&str, &str, &str, &str, &str, usize); 8] = [
    (
        "总经理办公室",
        "ZB",
        "公司战略与经营决策，贯标工作统筹，管理评审组织",
        "办公室主任",
        "行政专员",
        6,
    ),
    (
        "知识产权部",
        "ZC",
        "知识产权获取、维护、运用与保护，体系文件管理，贯标日常工作",
        "知识产权部部长",
        "知识产权专员",
        5,
    ),
    (
        "研发中心",
        "YF",
        "立项与研究开发中的知识产权管理，检索分析，研发记录",
        "研发中心主任",
        "研发工程师",
        20,
    ),
    (
        "生产部",
        "SC",
        "生产过程工艺改进的知识产权保护，委托加工合同管理",
        "生产部经理",
        "工艺工程师",
        15,
    ),
    (
        "采购部",
        "CG",
        "采购中的知识产权审查，供方知识产权信息收集",
        "采购部经理",
        "采购专员",
        6,
    ),
    (
        "市场销售部",
        "XS",
        "销售和售后中的知识产权审查、市场监控、展会知识产权方案",
        "市场销售部经理",
        "销售经理",
        12,
    ),
    (
        "人力资源部",
        "RL",
        "入职、离职、培训与激励中的知识产权管理，人事合同条款",
        "人力资源部经理",
        "人事专员",
        8,
    ),
    (
        "财务部",
        "CW",
        "知识产权经费预算与支出管理",
        "财务部经理",
        "会计",
        8,
    ),
];

const SURNAMES: &str = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const GIVEN: &str = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文斌宇浩凯鹏辉晨欣怡子轩梓涵雨萱佳琪思远博文俊杰志强海燕红梅晓东立新玉兰春燕国华永刚振华";

/// A deterministic pseudo-random sequence (no external crate, same demo every run).
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

fn name(rng: &mut Lcg) -> String {
    let s: Vec<char> = SURNAMES.chars().collect();
    let g: Vec<char> = GIVEN.chars().collect();
    let mut n = String::new();
    n.push(s[rng.next(s.len())]);
    n.push(g[rng.next(g.len())]);
    if rng.next(3) > 0 {
        n.push(g[rng.next(g.len())]);
    }
    n
}

fn phone(rng: &mut Lcg) -> String {
    let prefixes = [
        "138", "139", "135", "136", "152", "158", "177", "186", "189",
    ];
    format!(
        "{}{:08}",
        prefixes[rng.next(prefixes.len())],
        rng.next(100_000_000)
    )
}

fn with_check_digit(first17: &str) -> String {
    format!(
        "{first17}{}",
        credit_code::check_char(first17).expect("valid charset")
    )
}

/// The demo credit code, with a check digit that passes GB 32100.
pub fn demo_credit_code() -> String {
    with_check_digit("91610131MA6TQC8K0")
}

pub fn profile(program: &ProgramProfile) -> EnterpriseProfile {
    EnterpriseProfile {
        name: ENTERPRISE_NAME.into(),
        credit_code: demo_credit_code(),
        credit_code_confirmed: false,
        legal_representative: "秦立诚".into(),
        address: "陕西省西安市高新区锦业路 69 号创业研发园 C 座".into(),
        city: "西安市".into(),
        district: "西安高新区".into(),
        industry: "专用设备制造业".into(),
        staff_count: None,
        contact_person: "林知远".into(),
        contact_phone: "029-88326610".into(),
        contact_email: "ip@qinchuang-demo.cn".into(),
        qualifications: vec![
            Qualification::HighTech,
            Qualification::Specialized,
            Qualification::TechSme,
        ],
        ip_holdings: IpHoldings {
            invention_patents: 18,
            utility_models: 64,
            design_patents: 9,
            trademarks: 12,
            software_copyrights: 23,
        },
        program_id: program.id.clone(),
        standard_edition: program.standard_edition.clone(),
        updated_at: String::new(),
    }
}

/// Summary of what [`populate`] wrote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoCounts {
    pub departments: usize,
    pub people: usize,
}

/// Fills an empty project with the demo enterprise, `scale` times over.
pub fn populate(project: &mut Project, scale: usize) -> Result<DemoCounts> {
    populate_with(project, scale, DemoStage::Operation)
}

/// How far the demo enterprise has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum DemoStage {
    /// People, training, the leadership group and the plan.
    Organisation,
    /// + a complete diagnosis and the issued document system.
    System,
    /// + the operation period, a completed internal audit with its
    ///   nonconformities closed, and a management review.
    Operation,
}

/// As [`populate`], up to `stage`.
pub fn populate_with(project: &mut Project, scale: usize, stage: DemoStage) -> Result<DemoCounts> {
    let scale = scale.max(1);
    let catalog = catalog::load()?;
    let program = &catalog.programs[0];
    let mut rng = Lcg(20220401);
    let mut p = profile(program);
    p.staff_count = Some((DEPARTMENTS.iter().map(|d| d.5).sum::<usize>() * scale) as u32);
    project.save_profile(&p, false, program)?;

    let mut counts = DemoCounts {
        departments: 0,
        people: 0,
    };
    let mut auditors = 0;
    for copy in 1..=scale {
        for (i, (dname, code, duty, head_pos, staff_pos, size)) in DEPARTMENTS.iter().enumerate() {
            let (dname, code) = if copy == 1 {
                (dname.to_string(), code.to_string())
            } else {
                (format!("{dname}（{copy}分部）"), format!("{code}{copy}"))
            };
            let dep = project.create_department(&DepartmentInput {
                name: dname,
                code,
                responsibilities: duty.to_string(),
            })?;
            counts.departments += 1;
            for k in 0..*size {
                let mut roles = Vec::new();
                let mut position = staff_pos.to_string();
                if k == 0 {
                    roles.push(Role::DepartmentHead);
                    position = head_pos.to_string();
                }
                if copy == 1 && i == 0 {
                    match k {
                        1 => {
                            roles = vec![Role::TopManager, Role::SeniorManager];
                            position = "董事长、总经理".into();
                        }
                        2 => {
                            roles = vec![Role::ManagementRepresentative, Role::SeniorManager];
                            position = "副总经理（管理者代表）".into();
                        }
                        3 => {
                            roles = vec![Role::SeniorManager];
                            position = "副总经理".into();
                        }
                        _ => {}
                    }
                }
                if i == 1 {
                    roles.push(Role::IpStaff);
                }
                if i == 2 && k > 0 {
                    roles.push(Role::RndStaff);
                }
                // Internal auditors from several departments, so no one audits their own.
                if k == 1 && matches!(i, 1 | 2 | 3 | 5 | 6) && auditors < 5 * scale {
                    roles.push(Role::InternalAuditor);
                    auditors += 1;
                }
                let n = project.people_count_hint() + 1;
                project.create_person(&PersonInput {
                    name: name(&mut rng),
                    department_id: Some(dep.id),
                    position,
                    phone: phone(&mut rng),
                    email: String::new(),
                    employee_no: format!("QC{n:05}"),
                    roles,
                })?;
                counts.people += 1;
            }
        }
    }
    populate_stage_one(project, program)?;
    if stage >= DemoStage::System {
        populate_stage_two(project, program)?;
    }
    if stage >= DemoStage::Operation {
        crate::demo_operation::populate(project, program)?;
    }
    Ok(counts)
}

pub(crate) fn date(s: &str) -> chrono::NaiveDate {
    s.parse().expect("demo date")
}

/// Training records, the leadership group and the plan, for the people already written.
fn populate_stage_one(project: &mut Project, program: &ProgramProfile) -> Result<()> {
    use crate::model::{
        AuditorQualificationInput, GroupMemberInput, GroupPosition, ImplementationMode,
        OnlineTrainingInput, OrganisationInput, PersonQuery, SessionKind, TaskStatus,
        TrainingSessionInput,
    };
    project.set_credit_threshold(Some(DEMO_CREDIT_THRESHOLD))?;
    let everyone = project.people(&PersonQuery::default())?;
    let with = |r: Role| everyone.iter().filter(move |p| p.roles.contains(&r));
    let required: Vec<_> = everyone
        .iter()
        .filter(|p| {
            p.roles
                .iter()
                .any(|r| program.required_training_roles.contains(r))
        })
        .collect();
    for (i, p) in required.iter().enumerate() {
        project.save_online_training(
            p.id,
            &OnlineTrainingInput {
                platform_account: format!("sx2022{:04}", p.id),
                credits: DEMO_CREDIT_THRESHOLD + (i % 7) as f64 * 2.0,
                reached_on: Some(date("2022-04-18") + chrono::Days::new((i % 10) as u64)),
                certificate_id: None,
            },
        )?;
    }
    let ids = |v: Vec<&crate::model::Person>| v.iter().map(|p| p.id).collect::<Vec<_>>();
    let auditors: Vec<_> = with(Role::InternalAuditor).collect();
    let managers: Vec<_> = everyone
        .iter()
        .filter(|p| {
            p.roles.iter().any(|r| {
                matches!(
                    r,
                    Role::TopManager
                        | Role::SeniorManager
                        | Role::ManagementRepresentative
                        | Role::DepartmentHead
                )
            })
        })
        .collect();
    let sessions = [
        (
            "2022-04-12",
            SessionKind::CityBureau,
            "西安市知识产权局贯标政策与实务培训",
            "市局特邀专家",
            3.0,
            ids(managers.iter().take(4).copied().collect()),
        ),
        (
            "2022-04-20",
            SessionKind::InternalAuditor,
            "GB/T 29490 内审员培训",
            "陕西知联知识产权服务有限公司 赵老师",
            14.0,
            ids(auditors.clone()),
        ),
        (
            "2022-04-22",
            SessionKind::Management,
            "知识产权管理体系与管理者职责",
            "陕西知联知识产权服务有限公司 赵老师",
            4.0,
            ids(managers.clone()),
        ),
        (
            "2022-05-20",
            SessionKind::AllStaff,
            "《企业知识产权管理规范》及公司知识产权管理体系宣贯",
            "知识产权部 林知远",
            2.0,
            ids(everyone.iter().collect()),
        ),
    ];
    for (d, kind, topic, trainer, hours, attendees) in sessions {
        project.create_training_session(&TrainingSessionInput {
            held_on: Some(date(d)),
            kind: Some(kind),
            topic: topic.into(),
            trainer: trainer.into(),
            hours,
            attendee_ids: attendees,
            sign_in_id: None,
            notes: String::new(),
        })?;
    }
    for (i, a) in auditors.iter().enumerate() {
        project.save_auditor_qualification(
            a.id,
            &AuditorQualificationInput {
                certificate_no: format!("NSY-2022-{:03}", i + 1),
                issuer: "陕西知联知识产权服务有限公司".into(),
                qualified_on: Some(date("2022-04-21")),
                certificate_id: None,
            },
        )?;
    }
    let deps = project.departments(false)?;
    let ip_dep = deps
        .iter()
        .find(|d| d.name == "知识产权部")
        .expect("demo department");
    let top = with(Role::TopManager).next().expect("top manager");
    let rep = with(Role::ManagementRepresentative)
        .next()
        .expect("representative");
    let ip_head = everyone
        .iter()
        .find(|p| p.department_id == Some(ip_dep.id) && p.roles.contains(&Role::DepartmentHead))
        .expect("IP head");
    let mut members = vec![
        GroupMemberInput {
            person_id: top.id,
            position: GroupPosition::Leader,
            duties: "全面领导贯标工作，批准方针目标和体系文件，提供资源".into(),
        },
        GroupMemberInput {
            person_id: rep.id,
            position: GroupPosition::Deputy,
            duties: "组织体系建立与运行，批准内审计划，向最高管理者报告".into(),
        },
    ];
    for head in with(Role::DepartmentHead)
        .filter(|h| h.department_id.is_some())
        .take(8)
    {
        members.push(GroupMemberInput {
            person_id: head.id,
            position: GroupPosition::Member,
            duties: format!(
                "负责{}的贯标工作落实",
                head.department_name.clone().unwrap_or_default()
            ),
        });
    }
    project.save_organisation(&OrganisationInput {
        established_on: Some(date("2022-04-06")),
        doc_number: "秦创发〔2022〕12号".into(),
        lead_department_id: Some(ip_dep.id),
        coordinator_id: Some(ip_head.id),
        mode: Some(ImplementationMode::Consultant),
        consultant_name: "陕西知联知识产权服务有限公司".into(),
        consultant_credit_code: with_check_digit("91610103MA6U2H4X0"),
        consultant_contact: "赵宏".into(),
        consultant_phone: "029-85201314".into(),
        consultant_contract_on: Some(date("2022-04-08")),
        rep_appointed_on: Some(date("2022-04-06")),
        rep_appointment_doc: "秦创任〔2022〕3号".into(),
        members,
    })?;
    project.generate_plan(program, true)?;
    let plan = project.plan(program, crate::dates::today())?;
    let last = plan.tasks.iter().map(|t| t.planned_end).max();
    for t in &plan.tasks {
        let mut input = crate::model::PlanTaskInput {
            stage: t.stage.clone(),
            title: t.title.clone(),
            owner_person_id: t.owner_person_id,
            owner_department_id: t.owner_department_id,
            planned_start: Some(t.planned_start),
            planned_end: Some(t.planned_end),
            actual_start: Some(t.planned_start),
            actual_end: Some(t.planned_end),
            status: Some(TaskStatus::Done),
            notes: String::new(),
        };
        if Some(t.planned_end) == last {
            // The application is the later stages' work.
            input.actual_end = None;
            input.status = Some(TaskStatus::InProgress);
        }
        project.update_plan_task(t.id, &input, program)?;
    }
    Ok(())
}

/// A complete diagnosis, the generated document set approved and issued, the 职能分配表.
fn populate_stage_two(project: &mut Project, program: &ProgramProfile) -> Result<()> {
    use crate::model::{DiagnosisInput, DiagnosisResult};
    let catalog = catalog::load()?;
    let standard = &catalog.standards[0];
    for (i, c) in standard.leaves().enumerate() {
        let (result, reason) = match c.number.as_str() {
            "7.3.5" => (
                DiagnosisResult::NotApplicable,
                "公司未参与或组建知识产权联盟、专利池，近期亦无此计划".to_string(),
            ),
            "6.2" | "6.3" | "5.4.2" => (DiagnosisResult::Conform, String::new()),
            _ if i % 5 == 0 => (DiagnosisResult::Nonconform, String::new()),
            _ => (DiagnosisResult::Partial, String::new()),
        };
        let practice = match result {
            DiagnosisResult::Conform => format!("已有相应做法并保留记录：{}", c.typical_evidence),
            DiagnosisResult::Nonconform => "尚无相应的制度和记录".to_string(),
            _ => format!(
                "有部分做法，但未形成文件，记录不完整（如{}）",
                c.typical_evidence
            ),
        };
        let gap = match result {
            DiagnosisResult::Conform | DiagnosisResult::NotApplicable => String::new(),
            _ => format!("需按《规范》{}要求：{}", c.number, c.summary),
        };
        project.save_diagnosis(
            standard,
            &c.number,
            &DiagnosisInput {
                result: Some(result),
                reason,
                current_practice: practice,
                gap,
            },
        )?;
    }
    project.generate_documents(standard, program)?;
    let (issue, _) = project.planned_issue_dates(program)?;
    let issue = issue.unwrap_or_else(|| date("2022-05-18"));
    let reviewed = crate::dates::add_days(issue, -6);
    project.date_drafts(crate::dates::add_days(issue, -20))?;
    let approved = crate::dates::add_days(issue, -3);
    for d in project.documents()? {
        let Some(w) = d.working else { continue };
        project.submit_for_review(w.id, None, None)?;
        project.review(w.id, Some(reviewed), true)?;
        project.approve(w.id, Some(approved))?;
        if !d.doc_type.is_system_core() {
            project.publish(w.id, Some(issue))?;
        }
    }
    project.issue_system(Some(issue), Some(issue))?;
    project.default_allocation(standard)?;
    Ok(())
}

/// The credit threshold the demo project sets (the 2022 plan states none).
pub const DEMO_CREDIT_THRESHOLD: f64 = 20.0;

/// The operator name the demo's change history records.
pub const DEMO_OPERATOR: &str = "演示数据生成";

/// Creates `path` and fills it with the demo enterprise.
pub fn create(path: &Path, scale: usize) -> Result<(Project, DemoCounts)> {
    create_with(path, scale, DemoStage::Operation)
}

/// As [`create`], up to `stage`.
pub fn create_with(path: &Path, scale: usize, stage: DemoStage) -> Result<(Project, DemoCounts)> {
    let mut project = Project::create(path)?;
    project.set_operator(DEMO_OPERATOR)?;
    let counts = populate_with(&mut project, scale, stage)?;
    Ok((project, counts))
}
