//! One controlled document as a Word file, as its PDF shows it: a cover
//! block (title, 文件编号, 版本, 编制/审核/批准, 发布日期, 受控状态, 对应条款)
//! and the revision record, then the text. The cover block and record sit
//! inside a hidden bookmark, and the file names the revision it was
//! exported from, so that the Word import takes back the text alone.

use docx_rs::{BookmarkStart, BreakType, LineSpacing, Paragraph, ParagraphChild, Run};

use super::blocks::{blocks, styled};
use super::book::{Book, Child};
use super::marks::{
    FRONT_BOOKMARK, FRONT_STYLE, PROP_CODE, PROP_REVISION, PROP_SHA256, TITLE_BOOKMARK,
};
use super::page::mm;
use super::styles::{DOC_TITLE, NOTE};
use super::table::table;
use crate::attachments::sha256_hex;
use crate::catalog::StandardEdition;
use crate::doctext;
use crate::error::Result;
use crate::export::document_pdf::{cover_table, history_table, running_head};
use crate::export::source::DocSource;
use crate::export::OutputText;
use crate::model::{Document, Revision};
use crate::Project;

/// The Word file of a document: the revision its PDF shows (published,
/// else the working one), with the same text.
pub fn document_docx(
    project: &Project,
    standard: &StandardEdition,
    document_id: i64,
) -> Result<Vec<u8>> {
    docx_of(
        standard,
        &DocSource::chosen(project, standard, document_id)?,
    )
}

/// The Word file of one particular revision of a document (a draft to
/// edit in Word while a published revision is in force).
pub fn revision_docx(
    project: &Project,
    standard: &StandardEdition,
    revision_id: i64,
) -> Result<Vec<u8>> {
    docx_of(
        standard,
        &DocSource::of_revision(project, standard, revision_id)?,
    )
}

/// The Word file of `rev` of `doc`.
pub(crate) fn docx_of_revision(
    project: &Project,
    out: &OutputText,
    doc: &Document,
    rev: &Revision,
) -> Result<Vec<u8>> {
    docx_of(out.standard(), &DocSource::load(project, out, doc, rev)?)
}

fn docx_of(standard: &StandardEdition, src: &DocSource) -> Result<Vec<u8>> {
    let mut book = Book::new(src.metadata());
    let layout = if src.full_cover() {
        Layout::CoverPage
    } else {
        Layout::Titled
    };
    let written = document_children(&mut book, standard, src, layout);
    book.last_section(
        written.children,
        &running_head(&src.enterprise, &src.doc, &src.rev),
    );
    book.with(|d| {
        d.custom_property(PROP_CODE, src.doc.code.as_str())
            .custom_property(PROP_REVISION, src.rev.id.to_string())
            .custom_property(PROP_SHA256, sha256_hex(src.rev.content.as_bytes()))
    });
    book.finish()
}

/// What [`document_children`] wrote: the body elements and the name of the
/// bookmark on the document's title (a volume's contents refer to it).
pub(super) struct Written {
    pub children: Vec<Child>,
    pub title_bookmark: String,
}

/// How a document's front matter is laid out, as in the PDF.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Layout {
    /// A cover page; the text from a new page.
    CoverPage,
    /// The title over the cover block (a form).
    Titled,
    /// In the volume: code and title over the cover block, in the style
    /// the contents list.
    InVolume,
}

/// Front matter then text.
pub(super) fn document_children(
    book: &mut Book,
    standard: &StandardEdition,
    src: &DocSource,
    layout: Layout,
) -> Written {
    let mut w = front(book, standard, src, layout);
    w.children
        .extend(blocks(book, &doctext::parse(&src.text).0));
    w
}

/// `p` with a bookmark starting before its text.
fn bookmarked(mut p: Paragraph, id: usize, name: &str) -> Paragraph {
    p.children.insert(
        0,
        ParagraphChild::BookmarkStart(BookmarkStart::new(id, name)),
    );
    p
}

/// `p` with a bookmark around its text.
fn wrapped(p: Paragraph, id: usize, name: &str) -> Paragraph {
    bookmarked(p, id, name).add_bookmark_end(id)
}

/// A front-matter paragraph: `text` centred in `size` half-points, with
/// `before` millimetres above it.
fn line(text: &str, size: usize, bold: bool, grey: bool, before: f32) -> Paragraph {
    let mut run = Run::new().add_text(text).size(size);
    if bold {
        run = run.bold();
    }
    if grey {
        run = run.color("4D4D4D");
    }
    Paragraph::new()
        .style(FRONT_STYLE)
        .line_spacing(LineSpacing::new().before(mm(before)).after(mm(1.0)))
        .add_run(run)
}

fn front(book: &mut Book, standard: &StandardEdition, src: &DocSource, layout: Layout) -> Written {
    let (doc, rev) = (&src.doc, &src.rev);
    let full_cover = layout == Layout::CoverPage;
    let id = book.bookmark();
    let front_name = format!("{FRONT_BOOKMARK}{id}");
    let title_id = book.bookmark();
    let title_bookmark = format!("{TITLE_BOOKMARK}{title_id}");
    let mut out: Vec<Child> = Vec::new();
    if full_cover {
        let first = line(&src.enterprise, 32, false, false, 30.0);
        out.push(bookmarked(first, id, &front_name).into());
        let title = line(&doc.title, 52, true, false, 10.0);
        out.push(wrapped(title, title_id, &title_bookmark).into());
        out.push(line(doc.doc_type.label(), 26, false, true, 4.0).into());
        out.push(line("", 21, false, false, 20.0).into());
    } else {
        // In the volume the title is what the contents list; a form's title
        // is front matter like the rest.
        let title = match layout {
            Layout::InVolume => styled(DOC_TITLE, &format!("{}　{}", doc.code, doc.title)),
            _ => line(&doc.title, 32, true, false, 0.0),
        };
        let title = wrapped(title, title_id, &title_bookmark);
        out.push(bookmarked(title, id, &front_name).into());
    }
    out.push(table(&cover_table(standard, doc, rev)).into());
    if doc.clauses.iter().any(|k| standard.is_provisional(k)) {
        if let Some(note) = standard.provisional_footnote() {
            out.push(styled(NOTE, &note).into());
        }
    }
    let gap = if full_cover { 14.0 } else { 6.0 };
    out.push(line("修订记录", 24, true, false, gap).into());
    out.push(table(&history_table(&src.history)).into());
    let mut end = Paragraph::new().style(FRONT_STYLE);
    if full_cover && !src.text.trim().is_empty() {
        end = end.add_run(Run::new().add_break(BreakType::Page));
    } else {
        end = end.line_spacing(LineSpacing::new().after(mm(6.0)));
    }
    out.push(end.add_bookmark_end(id).into());
    Written {
        children: out,
        title_bookmark,
    }
}
