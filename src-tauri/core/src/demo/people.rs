//! The demo enterprise's departments and people: fictional names and phone
//! numbers from a deterministic sequence, so every run builds the same demo.

use crate::catalog::templates::OwnerKind;
use crate::credit_code;

type Department = (
    &'static str,
    &'static str,
    &'static [OwnerKind],
    &'static str,
    &'static str,
    &'static str,
    usize,
);

/// (name, code, parts played, responsibilities, head position, staff positions, people)
pub(super) const DEPARTMENTS: [Department; 8] = [
    (
        "总经理办公室",
        "ZB",
        &[OwnerKind::Office],
        "公司战略与经营决策，贯标工作统筹，管理评审组织",
        "办公室主任",
        "行政专员",
        6,
    ),
    (
        "知识产权部",
        "ZC",
        &[OwnerKind::IpDepartment],
        "知识产权获取、维护、运用与保护，体系文件管理，贯标日常工作",
        "知识产权部部长",
        "知识产权专员",
        5,
    ),
    (
        "研发中心",
        "YF",
        &[OwnerKind::RdDepartment],
        "立项与研究开发中的知识产权管理，检索分析，研发记录",
        "研发中心主任",
        "研发工程师",
        20,
    ),
    (
        "生产部",
        "SC",
        &[OwnerKind::ProductionDepartment],
        "生产过程工艺改进的知识产权保护，委托加工合同管理",
        "生产部经理",
        "工艺工程师",
        15,
    ),
    (
        "采购部",
        "CG",
        &[OwnerKind::ProcurementDepartment],
        "采购中的知识产权审查，供方知识产权信息收集",
        "采购部经理",
        "采购专员",
        6,
    ),
    (
        "市场销售部",
        "XS",
        &[OwnerKind::SalesDepartment],
        "销售和售后中的知识产权审查、市场监控、展会知识产权方案",
        "市场销售部经理",
        "销售经理",
        12,
    ),
    (
        "人力资源部",
        "RL",
        &[OwnerKind::HrDepartment],
        "入职、离职、培训与激励中的知识产权管理，人事合同条款",
        "人力资源部经理",
        "人事专员",
        8,
    ),
    (
        "财务部",
        "CW",
        &[OwnerKind::FinanceDepartment],
        "知识产权经费预算与支出管理",
        "财务部经理",
        "会计",
        8,
    ),
];

const SURNAMES: &str = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const GIVEN: &str = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国文斌宇浩凯鹏辉晨欣怡子轩梓涵雨萱佳琪思远博文俊杰志强海燕红梅晓东立新玉兰春燕国华永刚振华";

/// A deterministic pseudo-random sequence (no external crate, same demo every run).
pub(super) struct Lcg(pub(super) u64);
impl Lcg {
    pub(super) fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) as usize) % n
    }
}

pub(super) fn name(rng: &mut Lcg) -> String {
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

pub(super) fn phone(rng: &mut Lcg) -> String {
    let prefixes = [
        "138", "139", "135", "136", "152", "158", "177", "186", "189",
    ];
    format!(
        "{}{:08}",
        prefixes[rng.next(prefixes.len())],
        rng.next(100_000_000)
    )
}

pub(super) fn with_check_digit(first17: &str) -> String {
    format!(
        "{first17}{}",
        credit_code::check_char(first17).expect("valid charset")
    )
}
