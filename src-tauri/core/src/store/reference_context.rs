//! Reading what project references render from ([`RefContext`]), once for
//! a batch; and whether an issued document's references changed since.

use super::Project;
use crate::catalog::templates;
use crate::catalog::StandardEdition;
use crate::error::Result;
use crate::model::Revision;
use crate::project_refs::{RefContext, RefDepartment, RefDocument, Rendered};

impl Project {
    /// The project's data as references render it, for the edition `standard`.
    pub fn reference_context(&self, standard: &StandardEdition) -> Result<RefContext> {
        let mut st = self.conn().prepare(
            "SELECT template_key, code, title FROM document
              WHERE archived = 0 AND template_key IS NOT NULL ORDER BY id",
        )?;
        let documents = st
            .query_map([], |r| {
                Ok(RefDocument {
                    key: r.get(0)?,
                    code: r.get(1)?,
                    title: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let departments = self
            .departments(false)?
            .into_iter()
            .map(|d| RefDepartment {
                id: d.id,
                name: d.name,
                head: d.head_name,
                responsibilities: d.responsibilities,
                parts: d.parts,
            })
            .collect();
        let clauses: Vec<String> = standard.leaves().map(|c| c.key.clone()).collect();
        let position = |k: &str| {
            standard
                .clauses
                .iter()
                .position(|c| c.key == k)
                .unwrap_or(usize::MAX)
        };
        let mut st = self
            .conn()
            .prepare("SELECT clause, reason FROM diagnosis WHERE result = 'not_applicable'")?;
        let mut exclusions: Vec<(String, String)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        exclusions.sort_by_key(|(k, _)| (position(k), k.clone()));
        Ok(RefContext {
            documents,
            template_titles: templates::titles(&standard.code),
            departments,
            code_prefix: self.document_code_prefix()?,
            clauses,
            allocation: self.allocation()?,
            exclusions,
            standard_code: standard.id.clone(),
            standard_name: standard.name.clone(),
        })
    }

    /// `text` with its project references rendered as the project reads now
    /// (the preview while editing; clause references are left as they are).
    pub fn render_references(&self, standard: &StandardEdition, text: &str) -> Result<Rendered> {
        Ok(self.reference_context(standard)?.render("", text))
    }

    /// [`Project::reference_context`] for the project's own edition.
    pub(crate) fn own_reference_context(&self) -> Result<RefContext> {
        self.reference_context(&self.own_standard()?)
    }
}

/// Whether rendering an issued revision's content now would change its text.
pub(crate) fn references_changed(ctx: &RefContext, rev: &Revision) -> bool {
    rev.issued_text
        .as_ref()
        .is_some_and(|issued| *issued != ctx.render("", &rev.content).text)
}
