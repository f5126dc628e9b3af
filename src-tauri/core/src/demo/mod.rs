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

use crate::catalog::{self, ProgramProfile};
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
    let mut rng = Lcg(20220401);
    let mut p = profile(catalog.program(DEMO_PROGRAM)?);
    p.staff_count = Some((DEPARTMENTS.iter().map(|d| d.5).sum::<usize>() * scale) as u32);
    project.save_profile(&p, false, catalog.program(DEMO_PROGRAM)?)?;
    // From here the demo reads its program as every caller does.
    let program = &project.program(&catalog)?;

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
    stage_one::populate(project, program)?;
    if stage >= DemoStage::System {
        system::populate(project, program)?;
    }
    if stage >= DemoStage::Operation {
        operation::populate(project, program)?;
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
    let mut project = Project::create(path)?;
    project.set_operator(DEMO_OPERATOR)?;
    let counts = populate_with(&mut project, scale, stage)?;
    Ok((project, counts))
}
