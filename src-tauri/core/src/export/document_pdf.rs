//! One controlled document as a PDF: a cover block (文件编号, 版本,
//! 编制/审核/批准 with dates, 发布日期, 受控状态), the revision history, then
//! the content. Every page carries the running head and "第 x 页 共 y 页"; a
//! revision that is not in force carries a watermark on every page.

use chrono::NaiveDate;

use super::decor::{decorate, RunningHead};
use super::glyphs::{self, ExportProblem};
use super::layout::{Composer, TextStyle};
use super::metadata::creation_time;
use super::page::{Page, A4, MM};
use super::render::render;
use super::source::DocSource;
use super::table::Table;
use super::OutputText;
use crate::catalog::StandardEdition;
use crate::doctext;
use crate::error::Result;
use crate::model::{Document, Revision, RevisionStatus};
use crate::Project;

/// The PDF of a document: its published (controlled) revision, or, when it
/// has none, its working revision (with a 草稿 watermark).
/// Clause references render from `standard`, the project's edition.
pub fn document_pdf(
    project: &Project,
    standard: &StandardEdition,
    document_id: i64,
) -> Result<Vec<u8>> {
    let src = DocSource::chosen(project, standard, document_id)?;
    Ok(revision_pdf_from(standard, &src)?)
}

/// The PDF of one particular revision of a document.
pub fn revision_pdf(
    project: &Project,
    standard: &StandardEdition,
    revision_id: i64,
) -> Result<Vec<u8>> {
    let src = DocSource::of_revision(project, standard, revision_id)?;
    Ok(revision_pdf_from(standard, &src)?)
}

/// The PDF, or the characters the font cannot draw (the outer error is a
/// storage failure). References render through `out`.
pub(crate) fn revision_pdf_checked(
    project: &Project,
    out: &OutputText,
    doc: &Document,
    rev: &Revision,
) -> Result<std::result::Result<Vec<u8>, ExportProblem>> {
    let src = DocSource::load(project, out, doc, rev)?;
    Ok(revision_pdf_from(out.standard(), &src))
}

/// The PDF from its inputs alone (no project: can run on any thread).
pub(crate) fn revision_pdf_from(
    standard: &StandardEdition,
    src: &DocSource,
) -> std::result::Result<Vec<u8>, ExportProblem> {
    let pages = compose(standard, src);
    glyphs::check(&src.doc.code, &pages)?;
    Ok(render(&pages, &A4, &src.metadata(), creation_time()))
}

/// 受控状态 as printed on the document.
pub(crate) fn control_state(status: RevisionStatus) -> &'static str {
    match status {
        RevisionStatus::Published => "受控",
        RevisionStatus::Draft => "草稿（非受控）",
        RevisionStatus::InReview => "审核中（非受控）",
        RevisionStatus::Approved => "已批准（待发布）",
        RevisionStatus::Obsolete => "作废",
    }
}

fn watermark(status: RevisionStatus) -> Option<&'static str> {
    match status {
        RevisionStatus::Published => None,
        RevisionStatus::Obsolete => Some("作废"),
        _ => Some("草稿"),
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

/// "name date", either part may be missing.
fn signed(name: &Option<String>, on: Option<NaiveDate>) -> String {
    let parts: Vec<String> = [name.clone().unwrap_or_default(), date(on)]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    parts.join(" ")
}

pub(crate) fn compose(standard: &StandardEdition, src: &DocSource) -> Vec<Page> {
    let mut c = Composer::new(A4);
    c.anchor(1, "封面与修订记录");
    lay_out(&mut c, standard, src, src.full_cover());
    let mut pages = c.finish();
    let head = running_head(&src.enterprise, &src.doc, &src.rev);
    decorate(&mut pages, &A4, |_| head.clone(), watermark(src.rev.status));
    pages
}

/// The running head of a document's pages.
pub(crate) fn running_head(enterprise: &str, doc: &Document, rev: &Revision) -> RunningHead {
    RunningHead {
        left: enterprise.to_string(),
        right: format!(
            "{}　版本 {}　{}",
            doc.code,
            rev.version,
            control_state(rev.status)
        ),
    }
}

/// A document from the current position: title, cover block, revision
/// record, then the content — after a page break when `full_cover` (the
/// title then fills a cover page), else straight on. `text` is the content
/// as printed ([`OutputText::text`]); its clause
/// references and the cover's 对应条款 render from `standard`; provisional
/// numbers on the cover are marked and footnoted.
#[allow(clippy::too_many_arguments)]
pub(crate) fn lay_out(
    c: &mut Composer,
    standard: &StandardEdition,
    src: &DocSource,
    full_cover: bool,
) {
    let (doc, rev) = (&src.doc, &src.rev);
    title_block(c, &src.enterprise, doc, full_cover);
    c.table(&cover_table(standard, doc, rev));
    if doc.clauses.iter().any(|k| standard.is_provisional(k)) {
        if let Some(note) = standard.provisional_footnote() {
            c.space(1.5 * MM);
            c.note(&note);
        }
    }
    c.space(if full_cover { 14.0 * MM } else { 6.0 * MM });
    c.centered(
        "修订记录",
        &TextStyle {
            size: 12.0,
            leading: 22.0,
            bold: true,
            grey: 0.0,
        },
    );
    c.space(2.0);
    c.table(&history_table(&src.history));
    let blocks = doctext::parse(&src.text).0;
    if blocks.is_empty() {
        return;
    }
    if full_cover {
        c.new_page();
    } else {
        c.space(8.0 * MM);
    }
    for block in blocks {
        c.block(&block);
    }
}

fn title_block(c: &mut Composer, enterprise: &str, doc: &Document, full: bool) {
    let style = |size: f32, bold: bool, grey: f32| TextStyle {
        size,
        leading: size * 1.7,
        bold,
        grey,
    };
    if full {
        c.space(30.0 * MM);
        c.centered(enterprise, &style(16.0, false, 0.0));
        c.space(10.0 * MM);
        c.centered(&doc.title, &style(26.0, true, 0.0));
        c.space(4.0 * MM);
        c.centered(doc.doc_type.label(), &style(13.0, false, 0.3));
        c.space(25.0 * MM);
    } else {
        c.centered(&doc.title, &style(16.0, true, 0.0));
        c.space(2.0 * MM);
    }
}

pub(crate) fn cover_table(standard: &StandardEdition, doc: &Document, rev: &Revision) -> Table {
    let row = |a: &str, b: String, c: &str, d: String| vec![a.to_string(), b, c.to_string(), d];
    let rows = vec![
        row("文件编号", doc.code.clone(), "版本", rev.version.clone()),
        row(
            "编制",
            signed(&rev.drafted_by_name, rev.drafted_on),
            "编制部门",
            doc.owner_department_name.clone().unwrap_or_default(),
        ),
        row(
            "审核",
            signed(&rev.reviewer_name, rev.reviewed_on),
            "密级",
            doc.secrecy.label().to_string(),
        ),
        row(
            "批准",
            signed(&rev.approver_name, rev.approved_on),
            "发布日期",
            date(rev.published_on),
        ),
        row(
            "受控状态",
            control_state(rev.status).to_string(),
            "对应条款",
            {
                // In the standard's order, as the reader looks them up.
                let mut keys: Vec<&String> = doc.clauses.iter().collect();
                keys.sort_by_key(|k| standard.position(k));
                keys
            }
            .iter()
            .map(|k| standard.marked_number(k))
            .collect::<Vec<_>>()
            .join("、"),
        ),
    ];
    Table {
        header: Vec::new(),
        rows,
        label_columns: vec![0, 2],
        shares: Some(vec![0.15, 0.35, 0.15, 0.35]),
    }
}

pub(crate) fn history_table(history: &[Revision]) -> Table {
    let header = [
        "版本",
        "修订说明",
        "编制",
        "审核",
        "批准",
        "发布日期",
        "状态",
    ];
    let rows = history
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let note = match r.change_note.trim() {
                "" if i == 0 => "首次发布".to_string(),
                "" => String::new(),
                n => n.to_string(),
            };
            vec![
                r.version.clone(),
                note,
                r.drafted_by_name.clone().unwrap_or_default(),
                r.reviewer_name.clone().unwrap_or_default(),
                r.approver_name.clone().unwrap_or_default(),
                date(r.published_on),
                r.status.label().to_string(),
            ]
        })
        .collect();
    Table::new(header.iter().map(|s| s.to_string()).collect(), rows)
}
