//! A document's text brought back from Word: a new draft revision of the
//! document, its unchanged lines back in their stored form, the difference
//! shown before saving. Also an enterprise's own document imported as a
//! new document of the set.
//!
//! Which revision the import becomes: with no unpublished revision, a new
//! draft following the published one (as "新建修订版" makes). With a draft,
//! that draft's text is replaced only when the Word file was exported from
//! exactly that text (nothing written in the program since would be lost);
//! otherwise the import is refused, as a second draft is.

use super::revisions::{check_content, next_version};
use super::Project;
use crate::attachments::sha256_hex;
use crate::catalog::StandardEdition;
use crate::doctext;
use crate::error::{CoreError, Result};
use crate::export::OutputText;
use crate::import_docx::{self, ExportSource, ImportedDocx};
use crate::model::{
    Document, DocumentImportPreview, DocumentInput, Revision, RevisionEditInput, RevisionStatus,
};
use crate::text_diff::diff;

/// Where an import's text goes.
enum Target {
    /// A new draft after this published revision.
    NewDraft(Revision),
    /// This draft's text is replaced.
    ReplaceDraft(Revision),
}

/// The import worked out: the revision compared with, the new text, and
/// where it goes (or why it may not).
struct Plan {
    base: Revision,
    imported: ImportedDocx,
    text: String,
    target: std::result::Result<Target, String>,
    warnings: Vec<String>,
}

impl Plan {
    fn unchanged(&self) -> bool {
        doctext::parse(&self.text).0 == doctext::parse(&self.base.content).0
    }
}

/// Where the import of `source` into `doc` goes, or why it may not.
fn target(doc: &Document, source: Option<&ExportSource>) -> std::result::Result<Target, String> {
    match (&doc.working, &doc.published) {
        (Some(w), _) if w.status != RevisionStatus::Draft => Err(format!(
            "“{}”的 {} 版正在{}，不能再改动；请先退回草稿，再从草稿导出 Word 文件修改后导入",
            doc.title,
            w.version,
            w.status.label()
        )),
        (Some(w), _) => {
            let exported_from_it =
                source.is_some_and(|s| s.content_sha256 == sha256_hex(w.content.as_bytes()));
            if exported_from_it {
                return Ok(Target::ReplaceDraft(w.clone()));
            }
            let why = match source {
                Some(s) if s.revision_id == w.id => "这份 Word 文件导出之后，草稿在程序中又有修改",
                Some(_) => "这份 Word 文件导出自其他版本，不是该草稿",
                None => "这份 Word 文件不是从该草稿导出的",
            };
            Err(format!(
                "“{}”已有草稿 {} 版，{why}，导入会覆盖草稿中的内容。每份文件同时只能有一个草稿：请从该草稿重新导出 Word 文件，在其中修改后再导入",
                doc.title, w.version
            ))
        }
        (None, Some(p)) => Ok(Target::NewDraft(p.clone())),
        (None, None) => Err(format!("“{}”没有可作为依据的版本", doc.title)),
    }
}

impl Project {
    fn import_plan(
        &self,
        standard: &StandardEdition,
        document_id: i64,
        bytes: &[u8],
    ) -> Result<Plan> {
        let doc = self.document(document_id)?;
        let imported = import_docx::read(bytes)?;
        let base = doc
            .working
            .clone()
            .or_else(|| doc.published.clone())
            .ok_or_else(|| CoreError::conflict(format!("“{}”没有可作为依据的版本", doc.title)))?;
        let out = OutputText::new(self, standard)?;
        let text = import_docx::unrender(&base.content, |l| out.line(&doc, l), &imported.text);
        let mut warnings = Vec::new();
        if let Some(s) = imported.source.as_ref().filter(|s| s.code != doc.code) {
            warnings.push(format!(
                "这份 Word 文件导出自 {}，不是 {}（{}）",
                s.code, doc.code, doc.title
            ));
        }
        Ok(Plan {
            target: target(&doc, imported.source.as_ref()),
            base,
            imported,
            text,
            warnings,
        })
    }

    /// What importing the Word file `bytes` into the document would do.
    pub fn preview_document_import(
        &self,
        standard: &StandardEdition,
        document_id: i64,
        bytes: &[u8],
    ) -> Result<DocumentImportPreview> {
        let plan = self.import_plan(standard, document_id, bytes)?;
        let unchanged = plan.unchanged();
        let (action, refused) = match &plan.target {
            Ok(Target::NewDraft(p)) => (format!("保存为新草稿 {}", next_version(&p.version)), None),
            Ok(Target::ReplaceDraft(d)) => (format!("替换草稿 {} 版的内容", d.version), None),
            Err(why) => ("不能保存".to_string(), Some(why.clone())),
        };
        Ok(DocumentImportPreview {
            diff: diff(&plan.base.content, &plan.text),
            text: plan.text,
            unsupported: plan.imported.unsupported,
            unchanged,
            action,
            refused,
            warnings: plan.warnings,
        })
    }

    /// Saves the Word file `bytes` as the document's new draft (see the
    /// module notes for which revision that is).
    pub fn import_document_revision(
        &mut self,
        standard: &StandardEdition,
        document_id: i64,
        bytes: &[u8],
    ) -> Result<Revision> {
        let plan = self.import_plan(standard, document_id, bytes)?;
        if plan.unchanged() {
            return Err(CoreError::conflict(
                "Word 文件的内容与当前文本相同，没有需要保存的修改",
            ));
        }
        check_content(&plan.text)?;
        match plan.target.map_err(CoreError::conflict)? {
            Target::NewDraft(published) => self.insert_next_draft(&published, &plan.text, None),
            Target::ReplaceDraft(draft) => self.edit_revision(
                draft.id,
                &RevisionEditInput {
                    content: plan.text,
                    change_note: draft.change_note.clone(),
                },
            ),
        }
    }

    /// Registers an enterprise's own Word document as a new document of the
    /// set, its text as its first draft.
    pub fn import_new_document(
        &mut self,
        standard: &StandardEdition,
        input: &DocumentInput,
        bytes: &[u8],
    ) -> Result<Document> {
        let imported = import_docx::read(bytes)?;
        if imported.text.trim().is_empty() {
            return Err(CoreError::invalid("Word 文件中没有可导入的文字"));
        }
        check_content(&imported.text)?;
        self.create_document(standard, input, &imported.text, None, None)
    }
}
