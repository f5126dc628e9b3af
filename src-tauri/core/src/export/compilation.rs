//! 体系文件汇编: every published document in one PDF — a cover, a table of
//! contents with page numbers, then each document from a new page with its
//! title, cover block, revision record and content. One page count runs
//! through the volume; the running head names the document on each page.

use super::cover_art::CoverArt;
use super::decor::{decorate, RunningHead};
use super::document_pdf::{lay_out, running_head};
use super::front_matter::{cover_style, finish_cover, leader_and_number, logo_band};
use super::glyphs::{self, ExportProblem};
use super::layout::{baseline, Composer, BODY, BODY_LEADING, BODY_SIZE};
use super::linebreak::break_lines;
use super::metadata::{creation_time, Metadata};
use super::page::{Item, Page, A4, MM};
use super::render::render;
use super::source::DocSource;
use super::OutputText;
use crate::attachments::AttachmentStore;
use crate::catalog::StandardEdition;
use crate::error::{CoreError, Result};
use crate::model::{DocType, Document, EnterpriseProfile, Revision};
use crate::Project;

pub(crate) const VOLUME_TITLE: &str = "知识产权管理体系文件汇编";

/// One document of the volume, laid out.
struct Part {
    doc: Document,
    rev: Revision,
    pages: Vec<Page>,
}

/// The volume of all published, non-archived documents; the cover carries
/// the logo when one is chosen and its file is in `attachments`.
pub fn compilation_pdf(
    project: &Project,
    standard: &StandardEdition,
    attachments: Option<&AttachmentStore>,
) -> Result<Vec<u8>> {
    let art = CoverArt::load(project, attachments)?;
    compilation_checked(project, standard, &art)?.map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ExportProblem::message).collect();
        CoreError::invalid(list.join("\n"))
    })
}

/// The volume, or every record with characters the font cannot draw.
pub(crate) fn compilation_checked(
    project: &Project,
    standard: &StandardEdition,
    art: &CoverArt,
) -> Result<std::result::Result<Vec<u8>, Vec<ExportProblem>>> {
    let profile = project.profile()?;
    let enterprise = profile.name.clone();
    let parts = lay_out_parts(project, standard)?;
    if parts.is_empty() {
        return Err(nothing_published());
    }
    let mut problems: Vec<ExportProblem> = parts
        .iter()
        .filter_map(|p| glyphs::check(&p.doc.code, &p.pages).err())
        .collect();
    // Cover and contents: their page count does not depend on the numbers.
    let cover = cover_page(project, standard, &enterprise, parts.len(), art)?;
    let toc_len = contents(&parts, 0).len();
    let toc = contents(&parts, 1 + toc_len);
    debug_assert_eq!(toc.len(), toc_len);
    if let Err(p) = glyphs::check(VOLUME_TITLE, &cover) {
        problems.push(p);
    }
    if !problems.is_empty() {
        return Ok(Err(problems));
    }
    let front = cover.len() + toc.len();
    let mut heads: Vec<RunningHead> = vec![
        RunningHead {
            left: enterprise.clone(),
            right: VOLUME_TITLE.to_string(),
        };
        front
    ];
    let mut pages: Vec<Page> = cover.into_iter().chain(toc).collect();
    for part in parts {
        let head = running_head(&enterprise, &part.doc, &part.rev);
        heads.extend(std::iter::repeat_n(head, part.pages.len()));
        pages.extend(part.pages);
    }
    decorate(&mut pages, &A4, |i| heads[i].clone(), None);
    Ok(Ok(render(
        &pages,
        &A4,
        &volume_metadata(&profile),
        creation_time(),
    )))
}

/// The documents of the volume: each published, non-archived document with
/// its published revision, in the order of the document list.
pub(crate) fn published(project: &Project) -> Result<Vec<(Document, Revision)>> {
    Ok(project
        .documents_unchecked()?
        .into_iter()
        .filter(|d| !d.archived)
        .filter_map(|d| d.published.clone().map(|r| (d, r)))
        .collect())
}

/// The volume's file properties.
pub(crate) fn volume_metadata(profile: &EnterpriseProfile) -> Metadata {
    Metadata {
        title: format!("{}{VOLUME_TITLE}", profile.name),
        author: profile.name.clone(),
        subject: VOLUME_TITLE.to_string(),
        keywords: vec![profile.standard_edition.clone(), VOLUME_TITLE.into()],
    }
}

/// Why there is no volume yet.
pub(crate) fn nothing_published() -> CoreError {
    CoreError::conflict("还没有已发布的体系文件，无法生成文件汇编")
}

fn lay_out_parts(project: &Project, standard: &StandardEdition) -> Result<Vec<Part>> {
    let mut parts = Vec::new();
    let out = OutputText::new(project, standard)?;
    for (doc, rev) in published(project)? {
        let src = DocSource::load(project, &out, &doc, &rev)?;
        let mut c = Composer::new(A4);
        c.anchor(1, &format!("{} {}", doc.code, doc.title));
        c.level_offset = 1;
        lay_out(&mut c, standard, &src, false);
        parts.push(Part {
            pages: c.finish(),
            doc,
            rev,
        });
    }
    Ok(parts)
}

fn cover_page(
    project: &Project,
    standard: &StandardEdition,
    enterprise: &str,
    count: usize,
    art: &CoverArt,
) -> Result<Vec<Page>> {
    let mut c = Composer::new(A4);
    c.anchor(1, "封面");
    logo_band(&mut c, art.logo.as_ref(), 45.0 * MM);
    c.centered(enterprise, &cover_style(18.0, false, 0.0));
    c.space(12.0 * MM);
    c.centered(VOLUME_TITLE, &cover_style(28.0, true, 0.0));
    c.space(5.0 * MM);
    c.centered(&basis(standard), &cover_style(12.0, false, 0.3));
    c.space(40.0 * MM);
    let rows = cover_rows(project, count)?;
    Ok(finish_cover(c, 40.0 * MM, rows, vec![0.35, 0.65], None))
}

/// The line under the volume's title: the standard it follows.
pub(crate) fn basis(standard: &StandardEdition) -> String {
    format!("依据 {}《{}》", standard.id, standard.name)
}

/// The cover's label/value rows: dates of the system's issue, the number
/// of documents, 受控.
pub(crate) fn cover_rows(project: &Project, count: usize) -> Result<Vec<Vec<String>>> {
    let issue = project.system_issue()?;
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    Ok(vec![
        vec![
            "发布日期".to_string(),
            date(issue.as_ref().map(|i| i.issued_on)),
        ],
        vec![
            "实施日期".to_string(),
            date(issue.as_ref().map(|i| i.implemented_on)),
        ],
        vec!["收录文件".to_string(), format!("{count} 份")],
        vec!["受控状态".to_string(), "受控".to_string()],
    ])
}

/// The group label of a document type in the contents.
fn group(t: DocType) -> &'static str {
    match t {
        DocType::Policy => "一、知识产权方针和目标",
        DocType::Manual => "二、知识产权手册",
        DocType::Procedure => "三、程序文件",
        DocType::Rule => "四、管理制度",
        DocType::Form => "五、记录表单",
        DocType::External => "六、外来文件",
    }
}

/// The contents pages, numbering the parts from page `first_part_page`
/// (0-based index of the first part's first page in the volume).
fn contents(parts: &[Part], first_part_page: usize) -> Vec<Page> {
    let mut c = Composer::new(A4);
    c.anchor(1, "目录");
    c.centered("目　录", &cover_style(18.0, true, 0.0));
    c.space(4.0 * MM);
    let mut page = first_part_page;
    let mut last_group = None;
    for part in parts {
        let g = group(part.doc.doc_type);
        if last_group != Some(g) {
            c.space(3.0);
            c.ensure(3.0 * BODY_LEADING);
            let lines = break_lines(g, A4.text_width(), A4.text_width(), 11.0);
            let x = A4.x0();
            c.lines(
                &lines,
                x,
                A4.text_width(),
                super::layout::Align::Left,
                &cover_style(11.0, true, 0.0),
                1,
            );
            last_group = Some(g);
        }
        entry(&mut c, &part.doc, page + 1);
        page += part.pages.len();
    }
    c.finish()
}

/// One line of the contents: code, title, leader dots, page number.
fn entry(c: &mut Composer, doc: &Document, page_no: usize) {
    let code_x = A4.x0() + BODY_SIZE;
    let title_x = A4.x0() + 7.5 * BODY_SIZE;
    let title_w = A4.x1() - title_x - 4.0 * BODY_SIZE;
    let lines = break_lines(&doc.title, title_w, title_w, BODY_SIZE);
    c.ensure(BODY_LEADING * lines.len() as f32);
    let text = |x: f32, top: f32, s: String| Item::Text {
        x,
        y: baseline(top, &BODY),
        size: BODY_SIZE,
        text: s,
        bold: false,
        grey: 0.0,
        spacing: 0.0,
    };
    let top = c.y;
    c.push(text(code_x, top, doc.code.clone()));
    for (i, line) in lines.iter().enumerate() {
        let top = c.y;
        c.push(text(title_x, top, line.text.clone()));
        if i + 1 == lines.len() {
            leader_and_number(c, title_x + line.width, top, &page_no.to_string(), &BODY);
        }
        c.y -= BODY_LEADING;
    }
}
