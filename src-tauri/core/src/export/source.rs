//! What one document's export shows, read from the project once: the
//! enterprise, the document, the revision exported, the revisions up to it
//! (the revision record) and its output text. The PDF and the Word export
//! read the same.

use super::Metadata;
use super::OutputText;
use crate::catalog::StandardEdition;
use crate::error::{CoreError, Result};
use crate::model::{DocType, Document, Revision};
use crate::Project;

pub(crate) struct DocSource {
    pub enterprise: String,
    pub doc: Document,
    pub rev: Revision,
    pub history: Vec<Revision>,
    /// The revision's text as output shows it ([`super::output_text`]).
    pub text: String,
}

impl DocSource {
    /// The revision an export of the document shows: the published
    /// (controlled) one, or, when it has none, the working one.
    pub(crate) fn chosen(
        project: &Project,
        standard: &StandardEdition,
        document_id: i64,
    ) -> Result<DocSource> {
        let doc = project.document(document_id)?;
        let rev = doc
            .published
            .clone()
            .or_else(|| doc.working.clone())
            .ok_or_else(|| CoreError::not_found(format!("{} 没有可导出的版本", doc.code)))?;
        DocSource::load(project, &OutputText::new(project, standard)?, &doc, &rev)
    }

    /// One particular revision, by its id (the PDF or Word file of a draft).
    pub(crate) fn of_revision(
        project: &Project,
        standard: &StandardEdition,
        revision_id: i64,
    ) -> Result<DocSource> {
        let rev = project.revision(revision_id)?;
        let doc = project.document(rev.document_id)?;
        DocSource::load(project, &OutputText::new(project, standard)?, &doc, &rev)
    }

    /// One particular revision of `doc`.
    pub(crate) fn load(
        project: &Project,
        out: &OutputText,
        doc: &Document,
        rev: &Revision,
    ) -> Result<DocSource> {
        let enterprise = project.profile()?.name;
        let history: Vec<Revision> = project
            .revisions(doc.id)?
            .into_iter()
            .filter(|r| r.id <= rev.id)
            .collect();
        Ok(DocSource {
            enterprise,
            text: out.text(doc, rev),
            doc: doc.clone(),
            rev: rev.clone(),
            history,
        })
    }

    /// The file's properties (title, author, subject, keywords).
    pub(crate) fn metadata(&self) -> Metadata {
        let doc = &self.doc;
        Metadata {
            title: format!("{}（{}）", doc.title, doc.code),
            author: self.enterprise.clone(),
            subject: format!(
                "{} {} 版本 {}",
                doc.doc_type.label(),
                doc.code,
                self.rev.version
            ),
            keywords: vec![
                doc.code.clone(),
                doc.doc_type.label().into(),
                "GB/T 29490".into(),
            ],
        }
    }

    /// A document on its own starts with a cover page; a form, whose text
    /// is a page to fill in, starts straight under its title.
    pub(crate) fn full_cover(&self) -> bool {
        self.doc.doc_type != DocType::Form
    }
}
