//! 体系文件汇编 as one Word file, as its PDF: a cover, the contents, then
//! every published document from a new page (a section each, so each page
//! carries that document's running head), one page count through the
//! volume. Each line of the contents gives a document's page by a PAGEREF
//! field to the bookmark on its title (marked for update), so Word, WPS and
//! LibreOffice show the page numbers of their own layout. (Inside a TOC
//! field LibreOffice would show the stored numbers, which only the reader's
//! layout can know.)

use docx_rs::{
    AlignmentType, BreakType, FieldCharType, InstrPAGEREF, InstrText, LineSpacing, Paragraph, Run,
    Tab, TabLeaderType, TabValueType,
};

use super::book::{Book, Child};
use super::document::{document_children, Layout, Written};
use super::page::{mm, text_width};
use super::styles::BODY_SIZE;
use super::table::table_of_width;
use crate::catalog::StandardEdition;
use crate::error::Result;
use crate::export::compilation::{
    basis, cover_rows, nothing_published, published, volume_metadata, VOLUME_TITLE,
};
use crate::export::decor::RunningHead;
use crate::export::document_pdf::running_head;
use crate::export::source::DocSource;
use crate::export::table::Table as Grid;
use crate::export::OutputText;
use crate::Project;

/// The volume of all published, non-archived documents.
pub fn compilation_docx(project: &Project, standard: &StandardEdition) -> Result<Vec<u8>> {
    let profile = project.profile()?;
    let mut sources = Vec::new();
    let out = OutputText::new(project, standard)?;
    for (doc, rev) in published(project)? {
        sources.push(DocSource::load(project, &out, &doc, &rev)?);
    }
    if sources.is_empty() {
        return Err(nothing_published());
    }
    let mut book = Book::new(volume_metadata(&profile));
    let mut parts = Vec::new();
    for src in &sources {
        let w = document_children(&mut book, standard, src, Layout::InVolume);
        parts.push((w, running_head(&src.enterprise, &src.doc, &src.rev)));
    }
    let mut front = cover(standard, &profile.name, cover_rows(project, sources.len())?);
    front.extend(contents(&sources, &parts));
    let volume_head = RunningHead {
        left: profile.name.clone(),
        right: VOLUME_TITLE.to_string(),
    };
    book.section(front, &volume_head);
    let last = parts.pop().expect("at least one document");
    for (w, head) in parts {
        book.section(w.children, &head);
    }
    book.last_section(last.0.children, &last.1);
    book.finish()
}

fn centred(text: &str, size: usize, bold: bool, before: f32) -> Child {
    let mut run = Run::new().add_text(text).size(size);
    if bold {
        run = run.bold();
    }
    Paragraph::new()
        .align(AlignmentType::Center)
        .line_spacing(LineSpacing::new().before(mm(before)).after(mm(1.0)))
        .add_run(run)
        .into()
}

fn cover(standard: &StandardEdition, enterprise: &str, rows: Vec<Vec<String>>) -> Vec<Child> {
    let block = Grid {
        rows,
        label_columns: vec![0],
        shares: Some(vec![0.35, 0.65]),
        ..Grid::default()
    };
    vec![
        centred(enterprise, 36, false, 45.0),
        centred(VOLUME_TITLE, 56, true, 12.0),
        centred(&basis(standard), 24, false, 5.0),
        centred("", BODY_SIZE, false, 35.0),
        table_of_width(&block, text_width() - mm(80.0)).into(),
        Paragraph::new()
            .add_run(Run::new().add_break(BreakType::Page))
            .into(),
        centred("目　录", 36, true, 0.0),
    ]
}

/// A field whose result is to be computed by the reader (`dirty`).
fn field(instr: InstrText) -> Run {
    Run::new()
        .add_field_char(FieldCharType::Begin, true)
        .add_instr_text(instr)
        .add_field_char(FieldCharType::Separate, false)
        .add_text("")
        .add_field_char(FieldCharType::End, false)
}

/// The contents: one line per document (code, title, dot leader, page).
fn contents(sources: &[DocSource], parts: &[(Written, RunningHead)]) -> Vec<Child> {
    sources
        .iter()
        .zip(parts)
        .map(|(src, (w, _))| {
            let page = InstrText::PAGEREF(InstrPAGEREF::new(&w.title_bookmark).hyperlink());
            Paragraph::new()
                .line_spacing(LineSpacing::new().before(mm(1.0)).after(mm(1.0)))
                .add_tab(
                    Tab::new()
                        .val(TabValueType::Right)
                        .leader(TabLeaderType::Dot)
                        .pos(text_width() as usize),
                )
                .add_run(Run::new().add_text(format!("{}　{}", src.doc.code, src.doc.title)))
                .add_run(Run::new().add_tab())
                .add_run(field(page))
                .into()
        })
        .collect()
}
