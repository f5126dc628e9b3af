//! 换版 of the document system: which former documents are archived, and
//! the new edition's drafts, each either fresh from its template or keeping
//! the enterprise's own text.
//!
//! The rule for keeping text: a new template carries on a former document
//! when (1) both are of the same type (方针、手册、程序文件、记录表单 …),
//! (2) the clauses of the former document, mapped through the
//! correspondence, are exactly the template's clauses, and (3) the pairing
//! is one to one — if several former documents qualify, the one with the
//! template's title; and that document qualifies for no other template.
//! The draft then keeps the former document's latest text (working draft,
//! else published) when the enterprise edited it, i.e. it differs from what
//! its own template gives for this project; unedited text would only be the
//! old template, so the new template's draft is better. A kept text says so
//! in its 修订说明, for the clause numbers in it are still the old edition's.

use std::collections::HashSet;

use super::documents::NewDraft;
use super::generate::fill;
use super::Project;
use crate::catalog::correspondence::Correspondence;
use crate::catalog::templates::{self, Template};
use crate::catalog::{ProgramProfile, StandardEdition};
use crate::error::Result;
use crate::model::{DocType, Document, PersonQuery, Role, Secrecy};

/// A draft to write.
pub(super) struct PlannedDraft {
    pub code: String,
    pub template: Template,
    pub owner_department_id: Option<i64>,
    pub content: String,
    pub change_note: String,
    /// `新编号 标题 ← 原编号` when the enterprise's text is kept.
    pub kept_from: Option<String>,
}

/// The document side of a conversion, computed before anything is written.
pub(super) struct DocumentPlan {
    /// Former documents made from templates: archived (作废) and kept.
    pub archive: Vec<i64>,
    pub drafts: Vec<PlannedDraft>,
    pub drafted_by: Option<i64>,
    pub reviewer: Option<i64>,
    pub approver: Option<i64>,
}

impl PlannedDraft {
    pub fn as_new(&self, plan: &DocumentPlan) -> NewDraft<'_> {
        NewDraft {
            code: &self.code,
            doc_type: self.template.doc_type,
            title: &self.template.title,
            owner_department_id: self.owner_department_id,
            secrecy: Secrecy::Internal,
            retention: &self.template.retention,
            template_key: Some(&self.template.key),
            clauses: &self.template.clauses,
            content: &self.content,
            change_note: &self.change_note,
            drafted_by: plan.drafted_by,
            reviewer: plan.reviewer,
            approver: plan.approver,
        }
    }
}

fn latest_text(d: &Document) -> Option<&str> {
    d.working
        .as_ref()
        .or(d.published.as_ref())
        .map(|r| r.content.as_str())
}

fn mapped(corr: &Correspondence, clauses: &[String]) -> HashSet<String> {
    clauses.iter().flat_map(|c| corr.successors(c)).collect()
}

impl Project {
    pub(super) fn plan_documents(
        &self,
        from: &StandardEdition,
        to: &StandardEdition,
        corr: &Correspondence,
        program: &ProgramProfile,
    ) -> Result<DocumentPlan> {
        let docs = self.documents()?;
        let former: Vec<&Document> = docs
            .iter()
            .filter(|d| !d.archived && d.template_key.is_some())
            .collect();
        let old_templates = templates::builtin(from)?;
        let new_templates = templates::builtin(to)?;
        let values = self.placeholder_values(program)?;
        // Which new template each former document qualifies for, and back.
        let qualifies = |d: &Document, t: &Template| {
            d.doc_type == t.doc_type
                && mapped(corr, &d.clauses) == t.clauses.iter().cloned().collect::<HashSet<_>>()
        };
        let pick = |cands: Vec<usize>, title: &dyn Fn(usize) -> bool| -> Option<usize> {
            match cands.as_slice() {
                [one] => Some(*one),
                [] => None,
                many => {
                    let titled: Vec<usize> = many.iter().copied().filter(|i| title(*i)).collect();
                    (titled.len() == 1).then(|| titled[0])
                }
            }
        };
        let mut taken: HashSet<String> = docs.iter().map(|d| d.code.clone()).collect();
        let prefix = self.document_code_prefix()?;
        let mut drafts = Vec::new();
        for t in &new_templates {
            let cands: Vec<usize> = (0..former.len())
                .filter(|i| qualifies(former[*i], t))
                .collect();
            let partner = pick(cands, &|i| former[i].title == t.title).filter(|&i| {
                let back: Vec<usize> = (0..new_templates.len())
                    .filter(|j| qualifies(former[i], &new_templates[*j]))
                    .collect();
                let d = former[i];
                pick(back, &|j| new_templates[j].title == d.title)
                    .is_some_and(|j| new_templates[j].key == t.key)
            });
            let code = next_free(&prefix, t.doc_type, &mut taken);
            let edited = partner.map(|i| former[i]).filter(|d| {
                let fresh = old_templates
                    .iter()
                    .find(|o| Some(&o.key) == d.template_key.as_ref())
                    .map(|o| fill(o, &values, &d.code));
                latest_text(d).is_some_and(|text| Some(text) != fresh.as_deref())
            });
            let (content, change_note, kept_from) = match edited {
                Some(d) => (
                    latest_text(d).unwrap_or_default().to_string(),
                    format!(
                        "换版：沿用原 {} 文件 {}《{}》中企业修改过的正文，请对照 {} 复核条款号和要求",
                        from.id, d.code, d.title, to.id
                    ),
                    Some(format!("{code} {} ← {}", t.title, d.code)),
                ),
                None => (
                    fill(t, &values, &code),
                    format!("换版：按 {} 生成", to.id),
                    None,
                ),
            };
            drafts.push(PlannedDraft {
                owner_department_id: self.owner_department(t.owner)?,
                code,
                template: t.clone(),
                content,
                change_note,
                kept_from,
            });
        }
        let drafted_by = self.organisation()?.coordinator_id.or(self
            .people(&PersonQuery {
                role: Some(Role::IpStaff),
                ..Default::default()
            })?
            .first()
            .map(|p| p.id));
        let (reviewer, approver) = self.default_signers()?;
        Ok(DocumentPlan {
            archive: former.iter().map(|d| d.id).collect(),
            drafts,
            drafted_by,
            reviewer,
            approver,
        })
    }
}

/// The next code of the scheme not yet taken, taken now.
fn next_free(prefix: &str, t: DocType, taken: &mut HashSet<String>) -> String {
    let mut n = 1;
    loop {
        let code = format!("{prefix}-{}-{n:02}", t.code_letters());
        if taken.insert(code.clone()) {
            return code;
        }
        n += 1;
    }
}
