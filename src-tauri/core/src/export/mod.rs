//! PDF export. printpdf writes the file (one embedded font, subset to the
//! glyphs used); the layout is ours: Chinese line breaking, A4 pages with
//! running head and footer, headings, paragraphs, lists and tables.
//!
//! - `font`: the bundled Noto Sans SC and glyph advances
//! - `linebreak`: Chinese line breaking
//! - `page`: A4 geometry and the display list of a page
//! - `layout`, `table`: the flow of blocks and tables onto pages
//! - `decor`: running head, footer, watermark
//! - `glyphs`: the check that no character is drawn as a box
//! - `render`, `metadata`, `outline`: display list → reproducible PDF
//!   bytes with nested bookmarks
//! - `document_pdf`, `batch`, `compilation`: what is exported (one
//!   document, each into a folder, all in one volume with contents)
//! - `audit_papers`: what internal auditors print: plan, sign-in sheets,
//!   checklists and 不符合项报告
//! - `docx`: the same documents, volume and registers as Word files
//! - `front_matter`: the cover block and contents leaders of a volume
//! - `cover_art`: the optional cover logo and seal, decoded by `crate::picture`
//! - `revision_text`: a revision's printed text (project references, then clause references)
//! - `write`: atomic file writing

mod audit_papers;
mod batch;
mod compilation;
mod cover_art;
mod decor;
mod document_pdf;
pub(crate) mod docx;
mod font;
mod front_matter;
mod glyphs;
mod layout;
#[cfg(test)]
mod layout_props;
pub mod linebreak;
mod metadata;
mod outline;
mod output_text;
// The application package: its PDF, registers and ZIP.
pub mod package;
mod page;
mod render;
pub mod revision_text;
mod source;
mod table;
mod write;
mod xlsx_registers;

pub use audit_papers::audit_papers_pdf;
pub use batch::{
    docx_file_name, file_name, published_documents_docx_to_dir, published_documents_to_dir,
    BatchReport, ExportedFile,
};
pub use compilation::compilation_pdf;
pub use cover_art::CoverArt;
pub use document_pdf::{document_pdf, revision_pdf};
pub use docx::{
    compilation_docx, document_docx, register_docxs, registers_docx_to_dir, revision_docx,
    rewrite_parts,
};
pub use glyphs::ExportProblem;
pub use metadata::{creation_time, Metadata};
pub use output_text::{output_text, OutputText};
pub use package::{
    application_pdf, export_package, register_pdfs, PackageFile, PackageOptions, PackageReport,
    Progress, Register,
};
pub use write::write_atomic;
pub use xlsx_registers::{register_xlsxs, registers_xlsx_to_dir};
