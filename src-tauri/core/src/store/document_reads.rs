//! Reading the document register: every document (or one) with its clauses,
//! its published revision and its working one, in four statements whatever
//! the number of documents. Reading each document on its own took four
//! statements a document: 15 ms for the demo's 94 documents, paid by the
//! register, the coverage, the readiness check and the work summary.

use std::collections::HashMap;

use rusqlite::params_from_iter;

use super::reference_context::references_changed;
use super::revisions::{rev_row, REV_SELECT};
use super::Project;
use crate::catalog::standard::clause_order;
use crate::error::{CoreError, Result};
use crate::model::{DocType, Document, Revision, RevisionStatus, Secrecy};

/// The register's order: current before archived, then policy, manual,
/// procedures, rules and forms, each by code.
const ORDER: &str = "ORDER BY d.archived, d.doc_type = 'policy' DESC, d.doc_type = 'manual' DESC, d.doc_type = 'procedure' DESC, d.doc_type = 'rule' DESC, d.doc_type = 'form' DESC, d.code";

impl Project {
    /// Every document, in the register's order, with its revisions' texts.
    pub fn documents(&self) -> Result<Vec<Document>> {
        self.read_documents(None, true)
    }

    /// [`Project::documents`] without telling whether each issued text still
    /// reads the same (`references_changed` is left `false`): rendering every
    /// published text again is a third of the reading, and the rules, counts
    /// and exports that read the register this way never show that flag.
    pub(crate) fn documents_unchecked(&self) -> Result<Vec<Document>> {
        self.read_documents(None, false)
    }

    pub fn document(&self, id: i64) -> Result<Document> {
        self.read_documents(Some(id), true)?
            .pop()
            .ok_or_else(|| CoreError::not_found(format!("文件（编号 {id}）不存在")))
    }

    /// The register as lists show it: every document with its revisions'
    /// versions, people, dates and unfilled placeholders, but not their text
    /// (a document is opened whole with [`Project::document`]). The demo's 94
    /// documents carried about 240,000 characters of text to every list.
    pub fn document_register(&self) -> Result<Vec<Document>> {
        let mut docs = self.documents()?;
        for d in &mut docs {
            for r in d.published.iter_mut().chain(d.working.iter_mut()) {
                r.content = String::new();
                r.issued_text = None;
            }
        }
        Ok(docs)
    }

    /// The documents (all, or the one with id `only`), each with its sorted
    /// clauses, its published and working revisions, and (`check`) whether
    /// its issued text would now read differently (the project's references
    /// read once).
    fn read_documents(&self, only: Option<i64>, check: bool) -> Result<Vec<Document>> {
        let filter = |column: &str| match only {
            Some(_) => format!(" AND {column} = ?1"),
            None => String::new(),
        };
        let args = || params_from_iter(only);
        let mut docs: Vec<Document> = self
            .conn()
            .prepare_cached(&format!(
                "SELECT d.id, d.code, d.doc_type, d.title, d.owner_department_id, dep.name, d.secrecy, d.retention, d.template_key, d.archived
                   FROM document d LEFT JOIN department dep ON dep.id = d.owner_department_id WHERE 1{} {ORDER}",
                filter("d.id")
            ))?
            .query_map(args(), |r| {
                let t: String = r.get(2)?;
                let s: String = r.get(6)?;
                Ok(Document {
                    id: r.get(0)?,
                    code: r.get(1)?,
                    doc_type: DocType::from_code(&t).unwrap_or(DocType::Rule),
                    title: r.get(3)?,
                    owner_department_id: r.get(4)?,
                    owner_department_name: r.get(5)?,
                    clauses: Vec::new(),
                    secrecy: Secrecy::from_code(&s).unwrap_or(Secrecy::Internal),
                    retention: r.get(7)?,
                    template_key: r.get(8)?,
                    archived: r.get(9)?,
                    published: None,
                    working: None,
                    references_changed: false,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let at: HashMap<i64, usize> = docs.iter().enumerate().map(|(i, d)| (d.id, i)).collect();

        let mut clauses = self.conn().prepare_cached(&format!(
            "SELECT document_id, clause FROM document_clause WHERE 1{}",
            filter("document_id")
        ))?;
        let mut rows = clauses.query(args())?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
                docs[i].clauses.push(r.get(1)?);
            }
        }

        // The first published and the first working revision of each (there is one of each at most).
        let mut revisions = self.conn().prepare_cached(&format!(
            "{REV_SELECT} WHERE r.status IN ('published', 'draft', 'in_review', 'approved'){} ORDER BY r.id",
            filter("r.document_id")
        ))?;
        for rev in revisions.query_map(args(), rev_row)? {
            let rev: Revision = rev?;
            let Some(&i) = at.get(&rev.document_id) else {
                continue;
            };
            let slot = if rev.status == RevisionStatus::Published {
                &mut docs[i].published
            } else {
                &mut docs[i].working
            };
            if slot.is_none() {
                *slot = Some(rev);
            }
        }

        let mut refs = None;
        for d in &mut docs {
            d.clauses.sort_by_key(|c| clause_order(c));
            // An archived document (a former edition's) is no longer revised.
            let issued = d.published.as_ref().filter(|p| p.issued_text.is_some());
            if let Some(p) = issued.filter(|_| check && !d.archived) {
                if refs.is_none() {
                    refs = Some(self.own_reference_context()?);
                }
                d.references_changed = references_changed(refs.as_ref().expect("read above"), p);
            }
        }
        Ok(docs)
    }
}
