//! The application package for the chosen acceptance path: one PDF with a
//! cover, contents, and a section per part of the record (profile,
//! summary, leading group, plan, training, documents, operation, audit,
//! review, self-check, attachment list); the registers as PDF tables; and
//! the ZIP that bundles them with every document and evidence file.
//!
//! - `data`: everything read from the project once
//! - `summary`: 贯标工作总结, sentences built from the records
//! - `sections`, `system`, `operation`, `selfcheck`: the sections
//! - `front`: cover and contents
//! - `registers`: people, training, nonconformities as tables
//! - `archive`: the ZIP with `manifest.json` and `目录.txt`

mod archive;
pub(crate) use archive::size_label;
mod data;
mod front;
mod operation;
mod registers;
mod sections;
mod selfcheck;
mod summary;
mod system;

pub use archive::{export_package, PackageFile, PackageOptions, PackageReport, Progress};
pub(crate) use registers::{register_contents, write_registers_to_dir, Part, RegisterContent};
pub use registers::{register_pdfs, Register};

use super::decor::{decorate, RunningHead};
use super::glyphs::{self, ExportProblem};
use super::layout::Composer;
use super::metadata::{creation_time, Metadata};
use super::page::{Page, A4};
use super::render::render;
use super::table::Table;
use crate::attachments::AttachmentStore;
use crate::error::{CoreError, Result};
use crate::Project;
use data::Data;

pub(crate) const PACKAGE_TITLE: &str = "知识产权贯标申报材料";

/// Chinese ordinals for the section titles.
const ORDINALS: [&str; 15] = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四",
    "十五",
];

type Section = fn(&mut Composer, &Data);

/// The sections in order (the attachment list is added last, separately).
const SECTIONS: [(&str, Section); 10] = [
    ("企业基本情况", sections::profile),
    ("贯标工作总结", summary_section),
    ("领导小组成立文件", sections::leading_group),
    ("实施计划及完成情况", sections::plan),
    ("培训情况", sections::training),
    ("体系文件、条款覆盖与职能分配", system::documents),
    ("体系运行情况", operation::operation),
    ("内部审核报告", operation::audits),
    ("管理评审报告", operation::reviews),
    ("申报条件自查", selfcheck::readiness),
];

/// 贯标工作总结: each section as written from the records, or as the user
/// rewrote it (`summary_edit`), a paragraph a line.
fn summary_section(c: &mut Composer, d: &Data) {
    for (title, paragraphs) in summary::summary(d) {
        c.heading(2, title);
        match d.summary_edits.get(title) {
            Some(text) => {
                for p in text.lines().map(str::trim).filter(|p| !p.is_empty()) {
                    c.paragraph(p);
                }
            }
            None => {
                for p in paragraphs {
                    c.paragraph(&p);
                }
            }
        }
    }
    provisional_note(c, d);
}

/// The 贯标工作总结 as the records write it today: (sub-heading, its
/// paragraphs a line each), before any of the user's edits.
pub(crate) fn generated_summary(
    project: &Project,
    today: chrono::NaiveDate,
) -> Result<Vec<(&'static str, String)>> {
    let d = Data::load(project, today)?;
    Ok(summary::summary(&d)
        .into_iter()
        .map(|(title, paragraphs)| (title, paragraphs.join("\n")))
        .collect())
}

/// Starts a numbered section on a new page.
fn section_heading(c: &mut Composer, n: usize, title: &str) {
    if !c.at_top() {
        c.new_page();
    }
    c.heading(1, &format!("{}、{title}", ORDINALS[n]));
}

/// A two-column label/value table.
pub(crate) fn kv(c: &mut Composer, rows: Vec<(&str, String)>) {
    c.space(4.0);
    c.table(&Table {
        header: Vec::new(),
        rows: rows
            .into_iter()
            .map(|(k, v)| vec![k.to_string(), v])
            .collect(),
        label_columns: vec![0],
        shares: Some(vec![0.24, 0.76]),
    });
    c.space(6.0);
}

/// A table with a header row; "无" when there are no rows.
pub(crate) fn table(c: &mut Composer, header: &[&str], rows: Vec<Vec<String>>) {
    if rows.is_empty() {
        c.paragraph("（无记录）");
        return;
    }
    c.space(4.0);
    c.table(&Table::new(
        header.iter().map(|h| h.to_string()).collect(),
        rows,
    ));
    c.space(6.0);
}

/// A table whose rows show clause numbers: provisional ones are marked
/// ([`Data::clause_no`]) and footnoted under it.
pub(crate) fn clause_table(c: &mut Composer, d: &Data, header: &[&str], rows: Vec<Vec<String>>) {
    let any = !rows.is_empty();
    table(c, header, rows);
    if any {
        provisional_note(c, d);
    }
}

/// What ※ means and where the official text is, when the edition's
/// numbers are provisional.
pub(crate) fn provisional_note(c: &mut Composer, d: &Data) {
    if let Some(note) = d.standard.provisional_footnote() {
        c.note(&note);
        c.space(4.0);
    }
}

/// The body: every section from a new page, then the attachment list.
fn body(d: &Data, listed: &[(String, String)]) -> Vec<Page> {
    let mut c = Composer::new(A4);
    for (i, (title, f)) in SECTIONS.iter().enumerate() {
        section_heading(&mut c, i, title);
        f(&mut c, d);
    }
    section_heading(&mut c, SECTIONS.len(), "附件清单");
    selfcheck::attachments(&mut c, d, listed);
    c.finish()
}

/// Reports characters the font lacks, per section.
fn check_sections(pages: &[Page]) -> Vec<ExportProblem> {
    let mut problems = Vec::new();
    let mut start = 0;
    let mut title = PACKAGE_TITLE.to_string();
    for (i, p) in pages.iter().enumerate() {
        if let Some(a) = p.anchors.iter().find(|a| a.level == 1) {
            if i > start {
                problems.extend(glyphs::check(&title, &pages[start..i]).err());
            }
            start = i;
            title = a.title.clone();
        }
    }
    problems.extend(glyphs::check(&title, &pages[start..]).err());
    problems
}

pub(crate) fn problems_error(problems: &[ExportProblem]) -> CoreError {
    let list: Vec<String> = problems.iter().map(ExportProblem::message).collect();
    CoreError::invalid(list.join("\n"))
}

/// The application PDF (standalone, without the package's attachment list
/// entries for evidence files it does not know about); the cover pictures
/// are read from `attachments`.
pub fn application_pdf(
    project: &Project,
    attachments: Option<&AttachmentStore>,
) -> Result<Vec<u8>> {
    let d = Data::load(project, data::export_day())?.with_art(project, attachments)?;
    let listed = archive::planned_listing(project, &d, PackageOptions::default())?;
    application_bytes(&d, &listed)
        .map(|(bytes, _)| bytes)
        .map_err(|e| match e {
            Ok(err) => err,
            Err(p) => problems_error(&p),
        })
}

/// Lays out and renders the application PDF; the error is a storage error
/// or the characters the font lacks.
fn application_bytes(
    d: &Data,
    listed: &[(String, String)],
) -> std::result::Result<(Vec<u8>, usize), std::result::Result<CoreError, Vec<ExportProblem>>> {
    let enterprise = d.profile.name.clone();
    let body = body(d, listed);
    let mut problems = check_sections(&body);
    let cover = front::cover(d);
    problems.extend(glyphs::check("封面", &cover).err());
    if !problems.is_empty() {
        return Err(Err(problems));
    }
    let toc_len = front::contents(&body, 0).len();
    let toc = front::contents(&body, cover.len() + toc_len);
    debug_assert_eq!(toc.len(), toc_len);
    let mut pages: Vec<Page> = cover.into_iter().chain(toc).chain(body).collect();
    decorate(
        &mut pages,
        &A4,
        |_| RunningHead {
            left: enterprise.clone(),
            right: PACKAGE_TITLE.to_string(),
        },
        None,
    );
    let meta = Metadata {
        title: format!("{enterprise}{PACKAGE_TITLE}"),
        author: enterprise,
        subject: format!("{}（{}）", PACKAGE_TITLE, d.path_name()),
        keywords: vec![d.profile.standard_edition.clone(), d.program.name.clone()],
    };
    Ok((render(&pages, &A4, &meta, creation_time()), pages.len()))
}
