//! A document's text as every output shows it (PDF, Word, the package):
//! project references first (as issued for an issued revision, never
//! rewritten; as the project reads now otherwise), then clause references,
//! cleaned for layout. The one entry point for "what does this revision say
//! on paper"; the Word import un-renders through the same rendering of one
//! stored line ([`OutputText::line`]), so a line the user left alone goes
//! back to its stored form.

use super::glyphs;
use super::revision_text::{document_label, revision_text};
use crate::catalog::StandardEdition;
use crate::error::Result;
use crate::model::{Document, Revision};
use crate::project_refs::RefContext;
use crate::Project;

/// The output text of a revision of `doc`.
pub fn output_text(
    project: &Project,
    standard: &StandardEdition,
    doc: &Document,
    rev: &Revision,
) -> Result<String> {
    Ok(OutputText::new(project, standard)?.text(doc, rev))
}

/// How stored text becomes output text for one project (built once: it
/// reads the project's departments, documents and coding rule; cheap to
/// reuse for a batch of documents).
pub struct OutputText<'a> {
    standard: &'a StandardEdition,
    refs: RefContext,
}

impl<'a> OutputText<'a> {
    pub fn new(project: &Project, standard: &'a StandardEdition) -> Result<Self> {
        Ok(OutputText {
            standard,
            refs: project.reference_context(standard)?,
        })
    }

    pub fn standard(&self) -> &'a StandardEdition {
        self.standard
    }

    /// The revision's whole text as printed.
    pub fn text(&self, doc: &Document, rev: &Revision) -> String {
        glyphs::clean(&revision_text(&self.refs, self.standard, doc, rev))
    }

    /// One stored line of `doc` as the lines it renders to on its own: none
    /// when its unit is left out, several for a generated table or a row per
    /// department.
    pub fn line(&self, doc: &Document, line: &str) -> Vec<String> {
        let projected = self.refs.render(&document_label(doc), line).text;
        let printed = glyphs::clean(&self.standard.render_refs(&projected));
        if line.trim().is_empty() {
            return vec![printed];
        }
        printed.lines().map(str::to_string).collect()
    }
}
