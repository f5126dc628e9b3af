//! Word (.docx) export, written with docx-rs: one document, the 体系文件汇编
//! and the registers, with the text, cover block, revision record, running
//! head and page numbers the PDFs show, in real Word styles and lists.
//!
//! - `styles`, `page`: the styles, the A4 page, running head and footer
//! - `book`: the file being written, its lists and bookmarks
//! - `blocks`, `table`: the text's headings, paragraphs, lists and tables
//! - `document`, `compilation`, `registers`: what is exported
//! - `marks`: what tells the import our front matter and source revision
//! - `patch`: what docx-rs cannot write, added to the packed file

mod blocks;
mod book;
mod compilation;
mod document;
pub(crate) mod marks;
mod page;
mod patch;
mod registers;
mod styles;
mod table;

pub use compilation::compilation_docx;
pub(crate) use document::docx_of_revision;
pub use document::{document_docx, revision_docx};
pub use patch::rewrite_parts;
pub use registers::{register_docxs, registers_docx_to_dir};
