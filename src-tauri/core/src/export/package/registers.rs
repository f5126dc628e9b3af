//! The registers as PDF tables: people and roles, training, and
//! nonconformities with their corrective actions.

use super::data::{day, num, opt_day, Data};
use super::{clause_table, problems_error, table};
use crate::error::Result;
use crate::export::decor::{decorate, RunningHead};
use crate::export::glyphs::{self, ExportProblem};
use crate::export::layout::{Composer, TextStyle};
use crate::export::metadata::{creation_time, Metadata};
use crate::export::page::{A4, MM};
use crate::export::render::render;
use crate::Project;

/// One register as a PDF.
#[derive(Debug, Clone)]
pub struct Register {
    /// e.g. "人员及角色登记表"
    pub title: String,
    pub bytes: Vec<u8>,
}

/// The three registers of the project.
pub fn register_pdfs(project: &Project) -> Result<Vec<Register>> {
    let d = Data::load(project, super::data::export_day())?;
    registers(&d)?.map_err(|p| problems_error(&p))
}

type Body = fn(&mut Composer, &Data);

pub(crate) const REGISTER_TITLES: [&str; 3] = [REGISTERS[0].0, REGISTERS[1].0, REGISTERS[2].0];

const REGISTERS: [(&str, Body); 3] = [
    ("人员及角色登记表", people),
    ("培训登记表", training),
    ("不符合项及纠正措施登记表", nonconformities),
];

pub(crate) fn registers(
    d: &Data,
) -> Result<std::result::Result<Vec<Register>, Vec<ExportProblem>>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for (title, f) in REGISTERS {
        let mut c = Composer::new(A4);
        c.anchor(1, title);
        c.centered(
            title,
            &TextStyle {
                size: 16.0,
                leading: 28.0,
                bold: true,
                grey: 0.0,
            },
        );
        c.centered(
            &format!("{}　截至{}", d.profile.name, day(d.today)),
            &TextStyle {
                size: 10.0,
                leading: 18.0,
                bold: false,
                grey: 0.3,
            },
        );
        c.space(3.0 * MM);
        f(&mut c, d);
        let mut pages = c.finish();
        if let Err(p) = glyphs::check(title, &pages) {
            problems.push(p);
            continue;
        }
        decorate(
            &mut pages,
            &A4,
            |_| RunningHead {
                left: d.profile.name.clone(),
                right: title.to_string(),
            },
            None,
        );
        let meta = Metadata {
            title: format!("{}{title}", d.profile.name),
            author: d.profile.name.clone(),
            subject: title.to_string(),
            keywords: vec![super::PACKAGE_TITLE.into()],
        };
        out.push(Register {
            title: title.to_string(),
            bytes: render(&pages, &A4, &meta, creation_time()),
        });
    }
    Ok(if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    })
}

fn people(c: &mut Composer, d: &Data) {
    c.paragraph(&format!(
        "在册人员 {} 人，分属 {} 个部门。",
        d.people.len(),
        d.departments.len()
    ));
    table(
        c,
        &["序号", "姓名", "工号", "部门", "岗位", "贯标角色"],
        d.people
            .iter()
            .enumerate()
            .map(|(i, p)| {
                vec![
                    (i + 1).to_string(),
                    p.name.clone(),
                    p.employee_no.clone(),
                    p.department_name.clone().unwrap_or_default(),
                    p.position.clone(),
                    p.roles
                        .iter()
                        .map(|r| r.label())
                        .collect::<Vec<_>>()
                        .join("、"),
                ]
            })
            .collect(),
    );
}

fn training(c: &mut Composer, d: &Data) {
    c.heading(1, "线下培训");
    table(
        c,
        &["日期", "类别", "主题", "讲师", "学时", "参加人员"],
        d.sessions
            .iter()
            .map(|s| {
                let names = if s.attendee_names.len() > 12 {
                    format!(
                        "{}等 {} 人",
                        s.attendee_names[..10].join("、"),
                        s.attendee_names.len()
                    )
                } else {
                    s.attendee_names.join("、")
                };
                vec![
                    s.held_on.to_string(),
                    s.kind.label().into(),
                    s.topic.clone(),
                    s.trainer.clone(),
                    num(s.hours),
                    names,
                ]
            })
            .collect(),
    );
    c.heading(1, "线上学习学分");
    table(
        c,
        &["姓名", "部门", "平台账号", "学分", "达标日期", "证书"],
        d.credits
            .people
            .iter()
            .map(|p| {
                vec![
                    p.person_name.clone(),
                    p.department_name.clone().unwrap_or_default(),
                    p.platform_account.clone(),
                    num(p.credits),
                    p.reached_on.map(|d| d.to_string()).unwrap_or_default(),
                    p.certificate
                        .as_ref()
                        .map(|a| a.file_name.clone())
                        .unwrap_or_default(),
                ]
            })
            .collect(),
    );
}

fn nonconformities(c: &mut Composer, d: &Data) {
    c.paragraph(&format!(
        "内部审核共开具不符合项 {} 项，已关闭 {} 项。",
        d.nonconformities.len(),
        d.nonconformities
            .iter()
            .filter(|n| n.closed_on.is_some())
            .count()
    ));
    clause_table(
        c,
        d,
        &[
            "编号",
            "部门/条款",
            "不符合事实",
            "原因分析",
            "纠正措施",
            "验证与关闭",
        ],
        d.nonconformities
            .iter()
            .map(|n| {
                vec![
                    format!("{}\n{}", n.number, n.grade.label()),
                    format!("{}\n{}", n.department_name, d.clause_no(&n.clause)),
                    n.fact.clone(),
                    n.cause.clone(),
                    format!(
                        "{}\n责任人：{}，期限：{}",
                        n.corrective_action,
                        n.owner_name.clone().unwrap_or_default(),
                        opt_day(n.due_on)
                    ),
                    format!(
                        "{}\n{} {}\n{}",
                        n.verification,
                        n.verified_by_name.clone().unwrap_or_default(),
                        n.verified_on.map(|d| d.to_string()).unwrap_or_default(),
                        n.closed_on
                            .map(|d| format!("{d} 关闭"))
                            .unwrap_or_else(|| n.status.label().into())
                    ),
                ]
            })
            .collect(),
    );
}
