//! The document register (文件控制, 4.2): documents with codes from a
//! configurable scheme. Their revisions' workflow is in `revisions.rs`, the
//! controlled copies in `distribution.rs`.

use rusqlite::{params, OptionalExtension};

use super::{now, Project};
use crate::catalog::StandardEdition;
use crate::error::{CoreError, Result};
use crate::model::{DocType, Document, DocumentInput, DocumentSettings, Role, Secrecy};
use crate::validate;

impl Project {
    pub fn document_code_prefix(&self) -> Result<String> {
        Ok(self.conn().query_row(
            "SELECT code_prefix FROM document_setting WHERE id = 1",
            [],
            |r| r.get(0),
        )?)
    }

    pub fn set_document_code_prefix(&mut self, prefix: &str) -> Result<()> {
        let p = validate::required("文件编号前缀", prefix, 12)?;
        if !p
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '/')
        {
            return Err(CoreError::invalid(
                "文件编号前缀只能包含字母、数字、“-”和“/”",
            ));
        }
        self.write(|tx| {
            tx.execute(
                "UPDATE document_setting SET code_prefix = ?1 WHERE id = 1",
                [p],
            )?;
            Ok(())
        })
    }

    pub fn document_settings(&self) -> Result<DocumentSettings> {
        Ok(self.conn().query_row(
            "SELECT code_prefix, policy, objectives FROM document_setting WHERE id = 1",
            [],
            |r| {
                Ok(DocumentSettings {
                    code_prefix: r.get(0)?,
                    policy: r.get(1)?,
                    objectives: r.get(2)?,
                })
            },
        )?)
    }

    /// Saves the code scheme and the policy texts; new codes and newly generated drafts use them.
    pub fn save_document_settings(&mut self, s: &DocumentSettings) -> Result<DocumentSettings> {
        let policy = validate::required("知识产权方针", &s.policy, 2000)?;
        let objectives = validate::required("知识产权目标", &s.objectives, 4000)?;
        self.set_document_code_prefix(&s.code_prefix)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE document_setting SET policy = ?1, objectives = ?2 WHERE id = 1",
                params![policy, objectives],
            )?;
            Ok(())
        })?;
        self.document_settings()
    }

    /// The next free code for a type: `{前缀}-{类别}-{序号}`.
    pub fn next_document_code(&self, t: DocType) -> Result<String> {
        let prefix = self.document_code_prefix()?;
        let mut n = 1;
        loop {
            let code = format!("{prefix}-{}-{n:02}", t.code_letters());
            let taken: bool = self.conn().query_row(
                "SELECT EXISTS (SELECT 1 FROM document WHERE code = ?1)",
                [&code],
                |r| r.get(0),
            )?;
            if !taken {
                return Ok(code);
            }
            n += 1;
        }
    }

    fn clean_document(
        &self,
        standard: &StandardEdition,
        input: &DocumentInput,
        id: Option<i64>,
    ) -> Result<(DocType, String, String, Vec<String>)> {
        let t = input
            .doc_type
            .ok_or_else(|| CoreError::invalid("请选择文件类型"))?;
        let title = validate::required("文件名称", &input.title, 100)?;
        let mut code = validate::optional("文件编号", &input.code, 40)?;
        if code.is_empty() {
            code = self.next_document_code(t)?;
        }
        let clash: Option<String> = self
            .conn()
            .query_row(
                "SELECT title FROM document WHERE code = ?1 AND id IS NOT ?2",
                params![code, id],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(other) = clash {
            return Err(CoreError::conflict(format!(
                "文件编号 {code} 已被“{other}”使用"
            )));
        }
        let mut clauses = Vec::new();
        for c in &input.clauses {
            let c = c.trim().to_string();
            if standard.clause(&c).is_none() {
                return Err(CoreError::invalid(format!(
                    "条款 {c} 不在 {} 中",
                    standard.id
                )));
            }
            if !clauses.contains(&c) {
                clauses.push(c);
            }
        }
        validate::optional("保存期限", &input.retention, 20)?;
        Ok((t, code, title, clauses))
    }

    /// Registers a document with its first draft (version A/0).
    pub fn create_document(
        &mut self,
        standard: &StandardEdition,
        input: &DocumentInput,
        content: &str,
        drafted_by: Option<i64>,
        template_key: Option<&str>,
    ) -> Result<Document> {
        let (t, code, title, clauses) = self.clean_document(standard, input, None)?;
        let (reviewer, approver) = self.default_signers()?;
        let id = self.write(|tx| {
            insert_draft(
                tx,
                &NewDraft {
                    code: &code,
                    doc_type: t,
                    title: &title,
                    owner_department_id: input.owner_department_id,
                    secrecy: input.secrecy.unwrap_or(Secrecy::Internal),
                    retention: input.retention.trim(),
                    template_key,
                    clauses: &clauses,
                    content,
                    change_note: "",
                    drafted_by,
                    reviewer,
                    approver,
                },
            )
        })?;
        self.document(id)
    }

    pub fn update_document(
        &mut self,
        standard: &StandardEdition,
        id: i64,
        input: &DocumentInput,
    ) -> Result<Document> {
        self.document(id)?;
        let (t, code, title, clauses) = self.clean_document(standard, input, Some(id))?;
        self.write(|tx| {
            tx.execute(
                "UPDATE document SET code=?1, doc_type=?2, title=?3, owner_department_id=?4, secrecy=?5, retention=?6, updated_at=?7 WHERE id=?8",
                params![code, t.code(), title, input.owner_department_id, input.secrecy.unwrap_or(Secrecy::Internal).code(),
                        input.retention.trim(), now(), id],
            )?;
            super::child_rows::replace(tx, ("document_clause", "document_id", "clause"), id, &clauses)
        })?;
        self.document(id)
    }

    /// The default reviewer (管理者代表) and approver (最高管理者).
    pub(super) fn default_signers(&self) -> Result<(Option<i64>, Option<i64>)> {
        let holder = |r: Role| -> Result<Option<i64>> { Ok(self.role_holder(r)?.map(|p| p.id)) };
        Ok((
            holder(Role::ManagementRepresentative)?,
            holder(Role::TopManager)?,
        ))
    }
}

/// A document registered with its first draft (version A/0), as written.
pub(super) struct NewDraft<'a> {
    pub code: &'a str,
    pub doc_type: DocType,
    pub title: &'a str,
    pub owner_department_id: Option<i64>,
    pub secrecy: Secrecy,
    pub retention: &'a str,
    pub template_key: Option<&'a str>,
    pub clauses: &'a [String],
    pub content: &'a str,
    pub change_note: &'a str,
    pub drafted_by: Option<i64>,
    pub reviewer: Option<i64>,
    pub approver: Option<i64>,
}

/// Writes a checked [`NewDraft`] inside the caller's transaction; gives its id.
pub(super) fn insert_draft(tx: &rusqlite::Transaction, d: &NewDraft) -> Result<i64> {
    let ts = now();
    tx.execute(
        "INSERT INTO document (code, doc_type, title, owner_department_id, secrecy, retention, template_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![d.code, d.doc_type.code(), d.title, d.owner_department_id, d.secrecy.code(), d.retention, d.template_key, ts],
    )?;
    let id = tx.last_insert_rowid();
    for c in d.clauses {
        tx.execute(
            "INSERT INTO document_clause (document_id, clause) VALUES (?1, ?2)",
            params![id, c],
        )?;
    }
    tx.execute(
        "INSERT INTO revision (document_id, version, status, content, change_note, drafted_by, drafted_on, reviewer_id, approver_id, created_at, updated_at)
         VALUES (?1, 'A/0', 'draft', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
        params![id, d.content, d.change_note, d.drafted_by, crate::dates::today(), d.reviewer, d.approver, ts],
    )?;
    Ok(id)
}
