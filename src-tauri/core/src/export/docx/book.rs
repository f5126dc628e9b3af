//! The Word file being written: docx-rs's builder with our styles, list
//! definitions (numbering.xml), A4 page and document properties, and the
//! ids handed out while the body is written (a numbered list each, a
//! bookmark each front matter).

use std::io::Cursor;

use docx_rs::{
    AbstractNumbering, Docx, IndentLevel, Level, LevelJc, LevelOverride, LevelText, NumberFormat,
    Numbering, NumberingId, PageSize, Paragraph, Section, SpecialIndentType, Start, Table,
};

use super::page;
use super::patch;
use super::styles;
use crate::error::{CoreError, Result};
use crate::export::decor::RunningHead;
use crate::export::{creation_time, Metadata};

/// Bullet lists all use this list; each numbered list gets its own, which
/// starts again at 1. (docx-rs brings a list of its own numbered 1.)
const BULLETS: usize = 2;
const DECIMAL: usize = 3;

/// One block-level element of the body.
pub(super) enum Child {
    Paragraph(Box<Paragraph>),
    Table(Box<Table>),
}

impl From<Paragraph> for Child {
    fn from(p: Paragraph) -> Self {
        Child::Paragraph(Box::new(p))
    }
}

impl From<Table> for Child {
    fn from(t: Table) -> Self {
        Child::Table(Box::new(t))
    }
}

pub(super) struct Book {
    docx: Docx,
    meta: Metadata,
    lists: usize,
    bookmarks: usize,
}

impl Book {
    pub(super) fn new(meta: Metadata) -> Book {
        let list = |id: usize, format: &str, text: &str| {
            AbstractNumbering::new(id).add_level(
                Level::new(
                    0,
                    Start::new(1),
                    NumberFormat::new(format),
                    LevelText::new(text),
                    LevelJc::new("left"),
                )
                .indent(
                    Some(840),
                    Some(SpecialIndentType::Hanging(420)),
                    None,
                    None,
                ),
            )
        };
        let docx = styles::add(Docx::new())
            .add_abstract_numbering(list(BULLETS, "bullet", "•"))
            .add_abstract_numbering(list(DECIMAL, "decimal", "%1."))
            .add_numbering(Numbering::new(BULLETS, BULLETS))
            .page_size(page::A4_WIDTH, page::A4_HEIGHT)
            .page_margin(page::margins());
        Book {
            docx,
            meta,
            lists: 0,
            bookmarks: 0,
        }
    }

    /// Changes the builder (docx-rs builders take `self`).
    pub(super) fn with(&mut self, f: impl FnOnce(Docx) -> Docx) {
        self.docx = f(std::mem::take(&mut self.docx));
    }

    /// The bullet list's numbering for a paragraph.
    pub(super) fn bullets() -> (NumberingId, IndentLevel) {
        (NumberingId::new(BULLETS), IndentLevel::new(0))
    }

    /// A new numbered list, starting at 1.
    pub(super) fn numbered_list(&mut self) -> (NumberingId, IndentLevel) {
        self.lists += 1;
        let id = DECIMAL + self.lists;
        self.with(|d| {
            d.add_numbering(
                Numbering::new(id, DECIMAL).add_override(LevelOverride::new(0).start(1)),
            )
        });
        (NumberingId::new(id), IndentLevel::new(0))
    }

    /// A new bookmark id.
    pub(super) fn bookmark(&mut self) -> usize {
        self.bookmarks += 1;
        self.bookmarks
    }

    /// Adds body elements at the end of the document.
    pub(super) fn add(&mut self, children: Vec<Child>) {
        self.with(|mut d| {
            for c in children {
                d = match c {
                    Child::Paragraph(p) => d.add_paragraph(*p),
                    Child::Table(t) => d.add_table(*t),
                };
            }
            d
        });
    }

    /// Adds body elements as a section of their own (from a new page), with
    /// its running head and the footer.
    pub(super) fn section(&mut self, children: Vec<Child>, head: &RunningHead) {
        let mut section = Section::new()
            .page_size(PageSize::new().size(page::A4_WIDTH, page::A4_HEIGHT))
            .page_margin(page::margins())
            .header(page::header(head))
            .footer(page::footer());
        for c in children {
            section = match c {
                Child::Paragraph(p) => section.add_paragraph(*p),
                Child::Table(t) => section.add_table(*t),
            };
        }
        self.with(|d| d.add_section(section));
    }

    /// Adds body elements as the last section, with its running head and
    /// the footer.
    pub(super) fn last_section(&mut self, children: Vec<Child>, head: &RunningHead) {
        self.add(children);
        self.with(|d| d.header(page::header(head)).footer(page::footer()));
    }

    /// The finished file.
    pub(super) fn finish(self) -> Result<Vec<u8>> {
        let mut out = Cursor::new(Vec::new());
        self.docx
            .build()
            .pack(&mut out)
            .map_err(|e| CoreError::storage(format!("生成 Word 文件失败：{e}")))?;
        patch::finish(&out.into_inner(), &self.meta, creation_time())
    }
}
