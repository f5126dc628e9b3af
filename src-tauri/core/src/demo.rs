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

/// The demo credit code, with a check digit that passes GB 32100.
pub fn demo_credit_code() -> String {
    let first17 = "91610131MA6TQC8K0";
    format!(
        "{first17}{}",
        credit_code::check_char(first17).expect("valid charset")
    )
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
    Ok(counts)
}

/// Creates `path` and fills it with the demo enterprise.
pub fn create(path: &Path, scale: usize) -> Result<(Project, DemoCounts)> {
    let mut project = Project::create(path)?;
    let counts = populate(&mut project, scale)?;
    Ok((project, counts))
}
