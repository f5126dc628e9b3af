//! 内审文件: what the auditors carry and sign, as one PDF for printing —
//! the audit plan, the sign-in sheets of the first and last meetings, a
//! blank and a filled checklist for each department, and one 不符合项报告
//! per nonconformity for the auditee's signature. Each starts on a page of
//! its own, with a bookmark.

use chrono::NaiveDate;

use super::decor::{decorate, RunningHead};
use super::glyphs::{self, clean};
use super::layout::{Composer, TextStyle};
use super::metadata::{creation_time, Metadata};
use super::page::{A4, MM};
use super::render::render;
use super::table::Table;
use crate::catalog::StandardEdition;
use crate::error::Result;
use crate::model::{Audit, ChecklistItem, Nonconformity, SlotKind};
use crate::Project;

const TITLE: TextStyle = TextStyle {
    size: 16.0,
    leading: 28.0,
    bold: true,
    grey: 0.0,
};
const SUBTITLE: TextStyle = TextStyle {
    size: 10.0,
    leading: 18.0,
    bold: false,
    grey: 0.3,
};

/// Blank rows on a sign-in sheet beyond the names already known.
const SPARE_ROWS: usize = 8;
/// Room to write in a blank cell (hard line breaks).
const WRITE_HERE: &str = "\n\n";

/// The audit's papers as one PDF.
pub fn audit_papers_pdf(
    project: &Project,
    standard: &StandardEdition,
    audit_id: i64,
    today: NaiveDate,
) -> Result<Vec<u8>> {
    let audit = project.audit(audit_id)?;
    let items = project.checklist(audit_id)?;
    let ncs = project.nonconformities(Some(audit_id), today)?;
    let enterprise = project.profile()?.name;
    let mut c = Composer::new(A4);
    let mut first = true;
    let mut section = |c: &mut Composer, title: &str, subtitle: &str| {
        if !first {
            c.new_page();
        }
        first = false;
        c.anchor(1, title);
        c.centered(title, &TITLE);
        c.centered(subtitle, &SUBTITLE);
        c.space(3.0 * MM);
    };
    let head = format!("{enterprise}　{}", audit.number);

    section(&mut c, "内部审核计划", &head);
    plan(&mut c, &audit);
    for (kind, title) in [
        (SlotKind::Opening, "首次会议签到表"),
        (SlotKind::Closing, "末次会议签到表"),
    ] {
        section(&mut c, title, &head);
        sign_in(&mut c, &audit, kind);
    }
    for (department, lines) in by_department(&items) {
        let sub = format!("{head}　受审核部门：{department}");
        section(
            &mut c,
            &format!("内部审核检查表（空白）· {department}"),
            &sub,
        );
        checklist(&mut c, standard, &audit, department, &lines, false);
        section(
            &mut c,
            &format!("内部审核检查表（已填）· {department}"),
            &sub,
        );
        checklist(&mut c, standard, &audit, department, &lines, true);
    }
    for nc in &ncs {
        section(&mut c, &format!("不符合项报告 {}", nc.number), &head);
        nc_report(&mut c, standard, nc);
    }

    let mut pages = c.finish();
    glyphs::check(&audit.number, &pages)?;
    decorate(
        &mut pages,
        &A4,
        |_| RunningHead {
            left: enterprise.clone(),
            right: format!("内部审核 {}", audit.number),
        },
        None,
    );
    let meta = Metadata {
        title: format!("{enterprise}内部审核{}审核文件", audit.number),
        author: enterprise.clone(),
        subject: "内部审核文件".into(),
        keywords: vec!["内部审核".into()],
    };
    Ok(render(&pages, &A4, &meta, creation_time()))
}

/// The departments in checklist order, each with its lines.
fn by_department(items: &[ChecklistItem]) -> Vec<(&str, Vec<&ChecklistItem>)> {
    let mut out: Vec<(&str, Vec<&ChecklistItem>)> = Vec::new();
    for i in items {
        match out.last_mut() {
            Some((d, lines)) if *d == i.department_name => lines.push(i),
            _ => out.push((&i.department_name, vec![i])),
        }
    }
    out
}

/// A table of fixed column shares.
fn table(header: &[&str], rows: Vec<Vec<String>>, shares: &[f32]) -> Table {
    Table {
        shares: Some(shares.to_vec()),
        ..Table::new(header.iter().map(|h| h.to_string()).collect(), rows)
    }
}

fn key_values(c: &mut Composer, rows: Vec<(&str, String)>) {
    let rows = rows
        .into_iter()
        .map(|(k, v)| vec![k.to_string(), clean(&v)])
        .collect();
    c.table(&Table {
        label_columns: vec![0],
        ..table(&[], rows, &[0.2, 0.8])
    });
}

fn plan(c: &mut Composer, a: &Audit) {
    let dates = if a.starts_on == a.ends_on {
        a.starts_on.to_string()
    } else {
        format!("{} 至 {}", a.starts_on, a.ends_on)
    };
    key_values(
        c,
        vec![
            ("审核编号", a.number.clone()),
            ("审核目的", a.purpose.clone()),
            ("审核依据", a.criteria.clone()),
            ("审核日期", dates),
            ("审核组长", a.leader_name.clone()),
            ("审核组成员", a.auditor_names.join("、")),
        ],
    );
    c.space(6.0);
    c.heading(2, "审核日程");
    c.table(&Table::new(
        ["日期", "时间", "内容", "受审核部门", "内审员"]
            .map(String::from)
            .to_vec(),
        a.schedule
            .iter()
            .map(|s| {
                vec![
                    s.on_date.to_string(),
                    s.time_range.clone(),
                    s.kind.label().to_string(),
                    s.department_name.clone().unwrap_or_default(),
                    s.auditor_names.join("、"),
                ]
            })
            .collect(),
    ));
    c.space(10.0);
    c.paragraph("编制（审核组长）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿");
    c.paragraph("批准（管理者代表）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿");
}

/// A sign-in sheet: the meeting's date and time from the schedule, the audit
/// team already listed, and blank rows for the auditees.
fn sign_in(c: &mut Composer, a: &Audit, kind: SlotKind) {
    let when = a
        .schedule
        .iter()
        .find(|s| s.kind == kind)
        .map(|s| format!("{} {}", s.on_date, s.time_range))
        .unwrap_or_default();
    c.paragraph(&format!("会议时间：{when}　　会议地点：＿＿＿＿＿＿＿＿"));
    c.space(4.0);
    let mut rows: Vec<Vec<String>> = a
        .auditor_names
        .iter()
        .map(|n| {
            let role = if *n == a.leader_name {
                "审核组长"
            } else {
                "内审员"
            };
            vec![
                String::new(),
                n.clone(),
                role.to_string(),
                WRITE_HERE.into(),
            ]
        })
        .collect();
    rows.extend((0..SPARE_ROWS).map(|_| {
        vec![
            String::new(),
            String::new(),
            String::new(),
            WRITE_HERE.into(),
        ]
    }));
    for (k, r) in rows.iter_mut().enumerate() {
        r[0] = (k + 1).to_string();
    }
    c.table(&table(
        &["序号", "姓名", "部门 / 职务", "签到"],
        rows,
        &[0.1, 0.22, 0.3, 0.38],
    ));
}

/// One department's checklist; `filled` with the judgements and records,
/// else with room to write them.
fn checklist(
    c: &mut Composer,
    standard: &StandardEdition,
    a: &Audit,
    department: &str,
    lines: &[&ChecklistItem],
    filled: bool,
) {
    let auditors: Vec<&str> = a
        .schedule
        .iter()
        .filter(|s| s.department_name.as_deref() == Some(department))
        .flat_map(|s| s.auditor_names.iter().map(String::as_str))
        .collect();
    let when: Vec<String> = a
        .schedule
        .iter()
        .filter(|s| s.department_name.as_deref() == Some(department))
        .map(|s| format!("{} {}", s.on_date, s.time_range))
        .collect();
    c.paragraph(&format!(
        "审核时间：{}　　内审员：{}",
        when.join("；"),
        auditors.join("、")
    ));
    c.space(4.0);
    c.table(&table(
        &["条款", "审核内容", "审核记录", "判定"],
        lines
            .iter()
            .map(|i| {
                let (record, judgement) = if filled {
                    (
                        clean(&i.observed),
                        i.judgement
                            .map(|j| j.label())
                            .unwrap_or("未判定")
                            .to_string(),
                    )
                } else {
                    (WRITE_HERE.to_string(), String::new())
                };
                vec![
                    standard.number_of(&i.clause).to_string(),
                    clean(&i.question),
                    record,
                    judgement,
                ]
            })
            .collect(),
        &[0.08, 0.5, 0.3, 0.12],
    ));
    c.space(8.0);
    c.paragraph("判定：符合 / 严重不符合 / 一般不符合 / 观察项 / 不适用");
    c.paragraph(
        "内审员签字：＿＿＿＿＿＿　　受审核部门负责人签字：＿＿＿＿＿＿　　日期：＿＿＿＿＿＿",
    );
}

/// 不符合项报告: the finding as raised, for the auditee to confirm and sign,
/// with the later steps as recorded so far (blank to fill in by hand).
fn nc_report(c: &mut Composer, standard: &StandardEdition, nc: &Nonconformity) {
    let or_blank = |s: &str| {
        if s.trim().is_empty() {
            WRITE_HERE.to_string()
        } else {
            s.to_string()
        }
    };
    let signed = |name: &Option<String>, on: Option<NaiveDate>| match (name, on) {
        (Some(n), Some(d)) => format!("{n}　{d}"),
        (Some(n), None) => n.clone(),
        _ => "签字：＿＿＿＿＿＿　日期：＿＿＿＿＿＿".into(),
    };
    key_values(
        c,
        vec![
            ("编号", nc.number.clone()),
            ("受审核部门", nc.department_name.clone()),
            ("条款", standard.label(&nc.clause)),
            ("等级", nc.grade.label().to_string()),
            ("发现日期", nc.found_on.to_string()),
            ("内审员", nc.auditor_name.clone().unwrap_or_default()),
            ("不符合事实", nc.fact.clone()),
            (
                "受审核方确认",
                signed(&nc.confirmed_by_name, nc.confirmed_on),
            ),
            ("原因分析", or_blank(&nc.cause)),
            ("纠正", or_blank(&nc.correction)),
            ("纠正措施", or_blank(&nc.corrective_action)),
            (
                "责任人 / 完成期限",
                match (&nc.owner_name, nc.due_on) {
                    (Some(o), Some(d)) => format!("{o}　{d}"),
                    _ => "＿＿＿＿＿＿　＿＿＿＿＿＿".into(),
                },
            ),
            ("验证情况", or_blank(&nc.verification)),
            ("验证人", signed(&nc.verified_by_name, nc.verified_on)),
        ],
    );
    c.space(12.0);
    c.paragraph("受审核部门负责人确认（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿");
    c.paragraph("内审员（签字）：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿＿＿＿＿");
}
