//! A realistic fictional Shaanxi enterprise for demos, tests and benchmarks:
//! about 80 people in 8 departments with every role filled. `scale`
//! multiplies the departments and people.

use std::path::Path;

mod licence;
mod operation;
mod people;
mod stage_one;
mod system;

pub use licence::{licence_png, store_files, LICENCE_FILE};
use people::{name, phone, with_check_digit, Lcg, DEPARTMENTS};

use chrono::NaiveDate;

use crate::catalog::{self, ProgramProfile};
use crate::dates::{add_days, ymd};
use crate::error::Result;
use crate::model::{
    DepartmentInput, EnterpriseProfile, IpHoldings, PersonInput, Qualification, Role,
};
use crate::Project;

pub const ENTERPRISE_NAME: &str = "陕西秦创智能装备股份有限公司";

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

/// Which story the demo tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DemoStory {
    /// The 2022 Shaanxi story on GB/T 29490-2013 the product was built from.
    Shaanxi2022,
    /// The same enterprise today on GB/T 29490-2023, with no government
    /// program: operation started about five months ago, audit and review
    /// done, ready to apply.
    Current2023,
}

impl DemoStory {
    /// The story for an edition as the command line names it.
    pub fn for_edition(code: &str) -> Result<DemoStory> {
        match code.trim() {
            "gbt29490-2013" => Ok(DemoStory::Shaanxi2022),
            "gbt29490-2023" => Ok(DemoStory::Current2023),
            other => Err(crate::error::CoreError::invalid(format!(
                "没有标准版本“{other}”的示例（可选：gbt29490-2013、gbt29490-2023）"
            ))),
        }
    }
}

/// When the story happens: the 2022 dates as the builders write them,
/// shifted by whole days; texts naming the year follow.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Timeline {
    shift: i64,
    /// The planned application day.
    pub application_on: NaiveDate,
    /// When the licence status was checked and the no-penalty declaration confirmed.
    pub declared_on: NaiveDate,
    /// The standard's title as the story's texts cite it.
    standard_title: &'static str,
}

/// The 2022 story's system issue (and implementation) day.
const STORY_ISSUE: &str = "2022-05-18";

impl Timeline {
    fn for_story(story: DemoStory, today: NaiveDate) -> Timeline {
        match story {
            DemoStory::Shaanxi2022 => Timeline {
                shift: 0,
                application_on: ymd("2022-08-25"),
                declared_on: ymd("2022-07-25"),
                standard_title: "企业知识产权管理规范",
            },
            DemoStory::Current2023 => Timeline {
                // Implemented about five months (150 days) ago.
                shift: (add_days(today, -150) - ymd(STORY_ISSUE)).num_days(),
                application_on: add_days(today, 14),
                declared_on: add_days(today, -7),
                standard_title: "企业知识产权合规管理体系 要求",
            },
        }
    }
    /// A 2022 story date, shifted.
    pub fn d(&self, s: &str) -> NaiveDate {
        add_days(ymd(s), self.shift)
    }
    /// The year the story's system was issued in.
    pub fn year(&self) -> String {
        chrono::Datelike::year(&self.d(STORY_ISSUE)).to_string()
    }
    /// A text naming 2022 and the 2013 standard's title, naming the story's
    /// year and standard.
    pub fn text(&self, s: &str) -> String {
        s.replace("2022", &self.year()).replace(
            "《企业知识产权管理规范》",
            &format!("《{}》", self.standard_title),
        )
    }
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
    populate_story(project, scale, stage, DemoStory::Shaanxi2022)
}

/// As [`populate_with`], telling `story`.
pub fn populate_story(
    project: &mut Project,
    scale: usize,
    stage: DemoStage,
    story: DemoStory,
) -> Result<DemoCounts> {
    let scale = scale.max(1);
    let catalog = catalog::load()?;
    let tl = Timeline::for_story(story, crate::dates::today());
    let mut rng = Lcg(20220401);
    let program = match story {
        DemoStory::Shaanxi2022 => catalog.program(DEMO_PROGRAM)?.clone(),
        DemoStory::Current2023 => {
            project.set_no_program()?;
            ProgramProfile::none(&catalog::standard::gbt29490_2023()?.id)
        }
    };
    let mut p = profile(&program);
    p.staff_count = Some((DEPARTMENTS.iter().map(|d| d.6).sum::<usize>() * scale) as u32);
    project.save_profile(&p, false, &program)?;
    // From here the demo reads its program as every caller does.
    let program = &project.program(&catalog)?;

    let mut counts = DemoCounts {
        departments: 0,
        people: 0,
    };
    let mut auditors = 0;
    for copy in 1..=scale {
        for (i, (dname, code, parts, duty, head_pos, staff_pos, size)) in
            DEPARTMENTS.iter().enumerate()
        {
            let (dname, code) = if copy == 1 {
                (dname.to_string(), code.to_string())
            } else {
                (format!("{dname}（{copy}分部）"), format!("{code}{copy}"))
            };
            let dep = project.create_department(&DepartmentInput {
                name: dname,
                code,
                responsibilities: duty.to_string(),
                parts: parts.to_vec(),
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
    stage_one::populate(project, program, &tl)?;
    if stage >= DemoStage::System {
        system::populate(project, program, &tl)?;
    }
    if stage >= DemoStage::Operation {
        operation::populate(project, program, &tl)?;
    }
    Ok(counts)
}

/// The demo is the 2022 Shaanxi story the product was built from.
pub const DEMO_PROGRAM: &str = "shaanxi-2022";

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
    create_story(path, scale, stage, DemoStory::Shaanxi2022)
}

/// As [`create_with`], telling `story`.
pub fn create_story(
    path: &Path,
    scale: usize,
    stage: DemoStage,
    story: DemoStory,
) -> Result<(Project, DemoCounts)> {
    let mut project = Project::create(path)?;
    project.set_operator(DEMO_OPERATOR)?;
    let counts = populate_story(&mut project, scale, stage, story)?;
    Ok((project, counts))
}
