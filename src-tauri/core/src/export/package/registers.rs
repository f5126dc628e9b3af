//! The registers as tables: people and roles, training, and
//! nonconformities with their corrective actions. What each shows is
//! built once ([`contents`]); the PDF lays it out here, the Word export in
//! `export::docx`.

use super::data::{day, num, opt_day, Data};
use super::problems_error;
use crate::error::Result;
use crate::export::decor::{decorate, RunningHead};
use crate::export::glyphs::{self, ExportProblem};
use crate::export::layout::{Composer, TextStyle};
use crate::export::metadata::{creation_time, Metadata};
use crate::export::page::{A4, MM};
use crate::export::render::render;
use crate::export::table::Table;
use crate::Project;

/// One register as a file.
#[derive(Debug, Clone)]
pub struct Register {
    /// e.g. "人员及角色登记表"
    pub title: String,
    pub bytes: Vec<u8>,
}

/// One piece of a register, in order.
pub(crate) enum Part {
    Heading(String),
    Paragraph(String),
    Table(Table),
    /// Small print under a table.
    Note(String),
}

/// What one register shows.
pub(crate) struct RegisterContent {
    pub title: &'static str,
    /// Enterprise and date, under the title.
    pub subtitle: String,
    pub parts: Vec<Part>,
    pub enterprise: String,
}

impl RegisterContent {
    pub(crate) fn metadata(&self) -> Metadata {
        Metadata {
            title: format!("{}{}", self.enterprise, self.title),
            author: self.enterprise.clone(),
            subject: self.title.to_string(),
            keywords: vec![super::PACKAGE_TITLE.into()],
        }
    }

    pub(crate) fn running_head(&self) -> RunningHead {
        RunningHead {
            left: self.enterprise.clone(),
            right: self.title.to_string(),
        }
    }
}

/// `registers` written into `dir` (created if missing) as "<title>.<ext>";
/// the paths written. The Word and Excel exports share it.
pub(crate) fn write_registers_to_dir(
    dir: &std::path::Path,
    registers: Vec<Register>,
    ext: &str,
) -> Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let mut written = Vec::new();
    for r in registers {
        let path = dir.join(format!("{}.{ext}", r.title));
        crate::export::write_atomic(&path, &r.bytes)?;
        written.push(path.display().to_string());
    }
    Ok(written)
}

/// The three registers of the project as PDFs.
pub fn register_pdfs(project: &Project) -> Result<Vec<Register>> {
    let d = Data::load(project, super::data::export_day())?;
    registers(&d)?.map_err(|p| problems_error(&p))
}

/// What the three registers of the project show.
pub(crate) fn register_contents(project: &Project) -> Result<Vec<RegisterContent>> {
    let d = Data::load(project, super::data::export_day())?;
    Ok(contents(&d))
}

type Body = fn(&Data) -> Vec<Part>;

pub(crate) const REGISTER_TITLES: [&str; 3] = [REGISTERS[0].0, REGISTERS[1].0, REGISTERS[2].0];

const REGISTERS: [(&str, Body); 3] = [
    ("人员及角色登记表", people),
    ("培训登记表", training),
    ("不符合项及纠正措施登记表", nonconformities),
];

fn contents(d: &Data) -> Vec<RegisterContent> {
    REGISTERS
        .iter()
        .map(|(title, body)| RegisterContent {
            title,
            subtitle: format!("{}　截至{}", d.profile.name, day(d.today)),
            parts: body(d),
            enterprise: d.profile.name.clone(),
        })
        .collect()
}

/// A table with a header row; "（无记录）" when there are no rows.
fn table(header: &[&str], rows: Vec<Vec<String>>) -> Part {
    if rows.is_empty() {
        return Part::Paragraph("（无记录）".into());
    }
    Part::Table(Table::new(
        header.iter().map(|h| h.to_string()).collect(),
        rows,
    ))
}

/// A table whose rows show clause numbers, with the note on provisional
/// numbers under it when the edition has them.
fn clause_table(d: &Data, header: &[&str], rows: Vec<Vec<String>>) -> Vec<Part> {
    let any = !rows.is_empty();
    let mut parts = vec![table(header, rows)];
    if let Some(note) = d.standard.provisional_footnote().filter(|_| any) {
        parts.push(Part::Note(note));
    }
    parts
}

fn lay_out(c: &mut Composer, parts: &[Part]) {
    for part in parts {
        match part {
            Part::Heading(h) => c.heading(1, h),
            Part::Paragraph(p) => c.paragraph(p),
            Part::Table(t) => {
                c.space(4.0);
                c.table(t);
                c.space(6.0);
            }
            Part::Note(n) => {
                c.note(n);
                c.space(4.0);
            }
        }
    }
}

pub(crate) fn registers(
    d: &Data,
) -> Result<std::result::Result<Vec<Register>, Vec<ExportProblem>>> {
    let mut out = Vec::new();
    let mut problems = Vec::new();
    for r in contents(d) {
        let title = r.title;
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
            &r.subtitle,
            &TextStyle {
                size: 10.0,
                leading: 18.0,
                bold: false,
                grey: 0.3,
            },
        );
        c.space(3.0 * MM);
        lay_out(&mut c, &r.parts);
        let mut pages = c.finish();
        if let Err(p) = glyphs::check(title, &pages) {
            problems.push(p);
            continue;
        }
        decorate(&mut pages, &A4, |_| r.running_head(), None);
        out.push(Register {
            title: title.to_string(),
            bytes: render(&pages, &A4, &r.metadata(), creation_time()),
        });
    }
    Ok(if problems.is_empty() {
        Ok(out)
    } else {
        Err(problems)
    })
}

fn people(d: &Data) -> Vec<Part> {
    let intro = Part::Paragraph(format!(
        "在册人员 {} 人，分属 {} 个部门。",
        d.people.len(),
        d.departments.len()
    ));
    let list = table(
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
    vec![intro, list]
}

fn training(d: &Data) -> Vec<Part> {
    let sessions = table(
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
    let credits = table(
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
    vec![
        Part::Heading("线下培训".into()),
        sessions,
        Part::Heading("线上学习学分".into()),
        credits,
    ]
}

fn nonconformities(d: &Data) -> Vec<Part> {
    let intro = Part::Paragraph(format!(
        "内部审核共开具不符合项 {} 项，已关闭 {} 项。",
        d.nonconformities.len(),
        d.nonconformities
            .iter()
            .filter(|n| n.closed_on.is_some())
            .count()
    ));
    let mut parts = vec![intro];
    parts.extend(clause_table(
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
    ));
    parts
}
