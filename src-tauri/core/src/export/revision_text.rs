//! The text a revision prints, wherever it is printed (PDF, 汇编, package):
//! project references first — as issued for an issued revision, never
//! rewritten; as the project reads now for a draft — then clause references.

use crate::catalog::StandardEdition;
use crate::model::{Document, Revision};
use crate::project_refs::RefContext;

/// How messages about a document's text name it: `IP-CX-01 文件控制程序`.
pub fn document_label(doc: &Document) -> String {
    format!("{} {}", doc.code, doc.title)
}

/// The revision's text with project references rendered: its issued text
/// when it has one, else its content rendered from `ctx`.
pub fn project_text(ctx: &RefContext, doc: &Document, rev: &Revision) -> String {
    match &rev.issued_text {
        Some(t) => t.clone(),
        None => ctx.render(&document_label(doc), &rev.content).text,
    }
}

/// The revision's text as printed: [`project_text`], then clause references
/// from `standard`.
pub fn revision_text(
    ctx: &RefContext,
    standard: &StandardEdition,
    doc: &Document,
    rev: &Revision,
) -> String {
    standard.render_refs(&project_text(ctx, doc, rev))
}
