//! The document register (文件控制, 4.2): documents with codes from a
//! configurable scheme, and revisions moving 草稿 → 审核中 → 已批准 →
//! 已发布(受控) → 作废, each step recording who and when.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};
use sha2::{Digest, Sha256};

use super::training::check_date;
use super::{now, Project};
use crate::catalog::StandardEdition;
use crate::doctext;
use crate::error::{CoreError, Result};
use crate::model::{
    DiffLine, Distribution, DistributionInput, DocType, Document, DocumentInput, DocumentSettings,
    Revision, RevisionStatus, Role, Secrecy, StepOutcome,
};
use crate::validate;

const REV_SELECT: &str = "SELECT r.id, r.document_id, r.version, r.status, r.content, r.content_hash, r.change_note,
        r.drafted_by, a.name, r.drafted_on, r.reviewer_id, b.name, r.reviewed_on, r.approver_id, c.name,
        r.approved_on, r.published_on, r.obsolete_on
     FROM revision r
     LEFT JOIN person a ON a.id = r.drafted_by
     LEFT JOIN person b ON b.id = r.reviewer_id
     LEFT JOIN person c ON c.id = r.approver_id";

fn rev_row(r: &Row) -> rusqlite::Result<Revision> {
    let status: String = r.get(3)?;
    let content: String = r.get(4)?;
    Ok(Revision {
        id: r.get(0)?,
        document_id: r.get(1)?,
        version: r.get(2)?,
        status: RevisionStatus::from_code(&status).unwrap_or(RevisionStatus::Draft),
        unfilled: doctext::unfilled(&content),
        content,
        content_hash: r.get(5)?,
        change_note: r.get(6)?,
        drafted_by: r.get(7)?,
        drafted_by_name: r.get(8)?,
        drafted_on: r.get(9)?,
        reviewer_id: r.get(10)?,
        reviewer_name: r.get(11)?,
        reviewed_on: r.get(12)?,
        approver_id: r.get(13)?,
        approver_name: r.get(14)?,
        approved_on: r.get(15)?,
        published_on: r.get(16)?,
        obsolete_on: r.get(17)?,
    })
}

pub fn sha256_hex(text: &str) -> String {
    Sha256::digest(text.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn next_version(v: &str) -> String {
    match v.rsplit_once('/') {
        Some((major, minor)) => match minor.parse::<u32>() {
            Ok(n) => format!("{major}/{}", n + 1),
            Err(_) => format!("{v}/1"),
        },
        None => format!("{v}/1"),
    }
}

/// A line diff (longest common subsequence) between two texts.
pub fn diff(old: &str, new: &str) -> Vec<DiffLine> {
    let a: Vec<&str> = old.lines().collect();
    let b: Vec<&str> = new.lines().collect();
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::new();
    while i < n && j < m {
        if a[i] == b[j] {
            out.push(DiffLine::Same(a[i].into()));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            out.push(DiffLine::Removed(a[i].into()));
            i += 1;
        } else {
            out.push(DiffLine::Added(b[j].into()));
            j += 1;
        }
    }
    out.extend(a[i..].iter().map(|l| DiffLine::Removed((*l).into())));
    out.extend(b[j..].iter().map(|l| DiffLine::Added((*l).into())));
    out
}

fn status_error(rev: &Revision, wanted: &str) -> CoreError {
    CoreError::conflict(format!(
        "{} 版当前为“{}”，{wanted}",
        rev.version,
        rev.status.label()
    ))
}

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
            let ts = now();
            tx.execute(
                "INSERT INTO document (code, doc_type, title, owner_department_id, secrecy, retention, template_key, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![code, t.code(), title, input.owner_department_id, input.secrecy.unwrap_or(Secrecy::Internal).code(),
                        input.retention.trim(), template_key, ts],
            )?;
            let id = tx.last_insert_rowid();
            for c in &clauses {
                tx.execute("INSERT INTO document_clause (document_id, clause) VALUES (?1, ?2)", params![id, c])?;
            }
            tx.execute(
                "INSERT INTO revision (document_id, version, status, content, drafted_by, drafted_on, reviewer_id, approver_id, created_at, updated_at)
                 VALUES (?1, 'A/0', 'draft', ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![id, content, drafted_by, crate::dates::today(), reviewer, approver, ts],
            )?;
            Ok(id)
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
            // Only the clauses that changed: the change history shows each.
            tx.execute(
                "DELETE FROM document_clause WHERE document_id = ?1 AND clause NOT IN (SELECT value FROM json_each(?2))",
                params![id, serde_json::to_string(&clauses).expect("clauses serialise")],
            )?;
            for c in &clauses {
                tx.execute("INSERT INTO document_clause (document_id, clause) VALUES (?1, ?2) ON CONFLICT DO NOTHING", params![id, c])?;
            }
            Ok(())
        })?;
        self.document(id)
    }

    /// The default reviewer (管理者代表) and approver (最高管理者).
    fn default_signers(&self) -> Result<(Option<i64>, Option<i64>)> {
        let holder = |r: Role| -> Result<Option<i64>> { Ok(self.role_holder(r)?.map(|p| p.id)) };
        Ok((
            holder(Role::ManagementRepresentative)?,
            holder(Role::TopManager)?,
        ))
    }

    pub fn documents(&self) -> Result<Vec<Document>> {
        let mut st = self.conn().prepare("SELECT id FROM document ORDER BY archived, doc_type = 'policy' DESC, doc_type = 'manual' DESC, doc_type = 'procedure' DESC, doc_type = 'rule' DESC, doc_type = 'form' DESC, code")?;
        let ids: Vec<i64> = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.document(id)).collect()
    }

    pub fn document(&self, id: i64) -> Result<Document> {
        let d = self
            .conn()
            .query_row(
                "SELECT d.id, d.code, d.doc_type, d.title, d.owner_department_id, dep.name, d.secrecy, d.retention, d.template_key, d.archived
                   FROM document d LEFT JOIN department dep ON dep.id = d.owner_department_id WHERE d.id = ?1",
                [id],
                |r| {
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
                    })
                },
            )
            .optional()?;
        let mut d = d.ok_or_else(|| CoreError::not_found(format!("文件（编号 {id}）不存在")))?;
        let mut st = self
            .conn()
            .prepare("SELECT clause FROM document_clause WHERE document_id = ?1")?;
        d.clauses = st
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        d.clauses.sort_by_key(|c| clause_order(c));
        d.published = self
            .conn()
            .query_row(
                &format!("{REV_SELECT} WHERE r.document_id = ?1 AND r.status = 'published'"),
                [id],
                rev_row,
            )
            .optional()?;
        d.working = self
            .conn()
            .query_row(
                &format!("{REV_SELECT} WHERE r.document_id = ?1 AND r.status IN ('draft', 'in_review', 'approved')"),
                [id],
                rev_row,
            )
            .optional()?;
        Ok(d)
    }

    pub fn revisions(&self, document_id: i64) -> Result<Vec<Revision>> {
        let mut st = self.conn().prepare(&format!(
            "{REV_SELECT} WHERE r.document_id = ?1 ORDER BY r.id"
        ))?;
        let v = st
            .query_map([document_id], rev_row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    pub fn revision(&self, id: i64) -> Result<Revision> {
        self.conn()
            .query_row(&format!("{REV_SELECT} WHERE r.id = ?1"), [id], rev_row)
            .optional()?
            .ok_or_else(|| CoreError::not_found(format!("文件版本（编号 {id}）不存在")))
    }

    /// Dates every open draft's 编制 on `on` (for data entered after the fact, like the demo).
    pub(crate) fn date_drafts(&mut self, on: NaiveDate) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE revision SET drafted_on = ?1 WHERE status = 'draft'",
                [on],
            )?;
            Ok(())
        })
    }

    /// Edits a draft. A published revision never changes: edit a new draft instead.
    pub fn edit_draft(
        &mut self,
        revision_id: i64,
        content: &str,
        change_note: &str,
    ) -> Result<Revision> {
        let rev = self.revision(revision_id)?;
        match rev.status {
            RevisionStatus::Draft => {}
            RevisionStatus::Published | RevisionStatus::Obsolete => {
                return Err(CoreError::conflict(format!(
                    "{} 版已发布，内容不可修改；请“新建修订版”，在新草稿中修改",
                    rev.version
                )))
            }
            _ => return Err(status_error(&rev, "请先退回草稿再修改")),
        }
        if content.len() > 2_000_000 {
            return Err(CoreError::invalid("文件内容过长"));
        }
        let note = validate::optional("修订说明", change_note, 500)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE revision SET content = ?1, change_note = ?2, updated_at = ?3 WHERE id = ?4",
                params![content, note, now(), revision_id],
            )?;
            Ok(())
        })?;
        self.revision(revision_id)
    }

    /// Starts a new draft from the published revision.
    pub fn new_revision(&mut self, document_id: i64, drafted_by: Option<i64>) -> Result<Revision> {
        let d = self.document(document_id)?;
        if let Some(w) = &d.working {
            return Err(CoreError::conflict(format!(
                "“{}”已有未发布的 {} 版（{}），每份文件同时只能有一个草稿",
                d.title,
                w.version,
                w.status.label()
            )));
        }
        let base = d
            .published
            .ok_or_else(|| CoreError::conflict("该文件尚无已发布版本"))?;
        let (reviewer, approver) = self.default_signers()?;
        let id = self.write(|tx| {
            let ts = now();
            tx.execute(
                "INSERT INTO revision (document_id, version, status, content, drafted_by, drafted_on, reviewer_id, approver_id, created_at, updated_at)
                 VALUES (?1, ?2, 'draft', ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![document_id, next_version(&base.version), base.content, drafted_by, crate::dates::today(), reviewer, approver, ts],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.revision(id)
    }

    /// 草稿 → 审核中. The reviewer and approver default to the 管理者代表 and the 最高管理者.
    pub fn submit_for_review(
        &mut self,
        revision_id: i64,
        reviewer: Option<i64>,
        approver: Option<i64>,
    ) -> Result<Revision> {
        let rev = self.revision(revision_id)?;
        if rev.status != RevisionStatus::Draft {
            return Err(status_error(&rev, "只有草稿可以提交审核"));
        }
        let reviewer = reviewer
            .or(rev.reviewer_id)
            .ok_or_else(|| CoreError::invalid("请指定审核人（默认为管理者代表，尚未设定）"))?;
        let approver = approver
            .or(rev.approver_id)
            .ok_or_else(|| CoreError::invalid("请指定批准人（默认为最高管理者，尚未设定）"))?;
        for id in [reviewer, approver] {
            if self.person(id)?.archived {
                return Err(CoreError::conflict("所选审核人或批准人已归档"));
            }
        }
        self.write(|tx| {
            tx.execute(
                "UPDATE revision SET status = 'in_review', reviewer_id = ?1, approver_id = ?2, reviewed_on = NULL, updated_at = ?3 WHERE id = ?4",
                params![reviewer, approver, now(), revision_id],
            )?;
            Ok(())
        })?;
        self.revision(revision_id)
    }

    /// The reviewer's verdict: passed (recorded) or returned to draft.
    pub fn review(
        &mut self,
        revision_id: i64,
        on: Option<NaiveDate>,
        passed: bool,
    ) -> Result<Revision> {
        let rev = self.revision(revision_id)?;
        if rev.status != RevisionStatus::InReview {
            return Err(status_error(&rev, "只有审核中的版本可以审核"));
        }
        let on = check_date("审核日期", on, true)?.expect("required");
        self.write(|tx| {
            if passed {
                tx.execute("UPDATE revision SET reviewed_on = ?1, updated_at = ?2 WHERE id = ?3", params![on, now(), revision_id])?;
            } else {
                tx.execute(
                    "UPDATE revision SET status = 'draft', reviewed_on = NULL, updated_at = ?1 WHERE id = ?2",
                    params![now(), revision_id],
                )?;
            }
            Ok(())
        })?;
        self.revision(revision_id)
    }

    /// 审核中 or 已批准 → 草稿 (the review and approval are withdrawn), to change the text.
    pub fn return_to_draft(&mut self, revision_id: i64) -> Result<Revision> {
        let rev = self.revision(revision_id)?;
        if !matches!(
            rev.status,
            RevisionStatus::InReview | RevisionStatus::Approved
        ) {
            return Err(status_error(&rev, "只有审核中或已批准的版本可以退回草稿"));
        }
        self.write(|tx| {
            tx.execute(
                "UPDATE revision SET status = 'draft', reviewed_on = NULL, approved_on = NULL, updated_at = ?1 WHERE id = ?2",
                params![now(), revision_id],
            )?;
            Ok(())
        })?;
        self.revision(revision_id)
    }

    /// 审核中 (reviewed) → 已批准. An author approving their own draft is warned.
    pub fn approve(&mut self, revision_id: i64, on: Option<NaiveDate>) -> Result<StepOutcome> {
        let rev = self.revision(revision_id)?;
        if rev.status != RevisionStatus::InReview {
            return Err(status_error(&rev, "只有审核中的版本可以批准"));
        }
        let reviewed_on = rev.reviewed_on.ok_or_else(|| {
            CoreError::conflict(format!("{} 版尚未经审核人审核，不能批准", rev.version))
        })?;
        let on = check_date("批准日期", on, true)?.expect("required");
        if on < reviewed_on {
            return Err(CoreError::invalid(format!(
                "批准日期 {on} 早于审核日期 {reviewed_on}"
            )));
        }
        let mut warnings = Vec::new();
        if rev.approver_id.is_some() && rev.approver_id == rev.drafted_by {
            warnings.push(format!(
                "批准人 {} 同时是该文件的编制人：建议由他人批准",
                rev.approver_name.clone().unwrap_or_default()
            ));
        }
        if rev.reviewer_id.is_some() && rev.reviewer_id == rev.drafted_by {
            warnings.push(format!(
                "审核人 {} 同时是该文件的编制人",
                rev.reviewer_name.clone().unwrap_or_default()
            ));
        }
        self.write(|tx| {
            tx.execute(
                "UPDATE revision SET status = 'approved', approved_on = ?1, updated_at = ?2 WHERE id = ?3",
                params![on, now(), revision_id],
            )?;
            Ok(())
        })?;
        Ok(StepOutcome {
            revision: self.revision(revision_id)?,
            warnings,
        })
    }

    /// 已批准 → 已发布: fixes the content hash and makes the previous published revision obsolete.
    pub fn publish(&mut self, revision_id: i64, on: Option<NaiveDate>) -> Result<Revision> {
        let on = check_date("发布日期", on, true)?.expect("required");
        self.write(|tx| publish_in(tx, revision_id, on))?;
        self.revision(revision_id)
    }

    pub fn add_distribution(
        &mut self,
        revision_id: i64,
        input: &DistributionInput,
    ) -> Result<Distribution> {
        let rev = self.revision(revision_id)?;
        if rev.status != RevisionStatus::Published {
            return Err(status_error(&rev, "只有已发布的受控版本可以发放"));
        }
        let copy_no = validate::required("发放编号", &input.copy_no, 20)?;
        let issued_on = check_date("发放日期", input.issued_on, true)?.expect("required");
        if input.recipient_department_id.is_none() && input.recipient_person_id.is_none() {
            return Err(CoreError::invalid("请选择领用部门或领用人"));
        }
        let id = self.write(|tx| {
            tx.execute(
                "INSERT INTO distribution (revision_id, copy_no, recipient_department_id, recipient_person_id, issued_on, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![revision_id, copy_no, input.recipient_department_id, input.recipient_person_id, issued_on, now()],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.distributions(rev.document_id)?
            .into_iter()
            .find(|d| d.id == id)
            .ok_or_else(|| CoreError::storage("发放记录写入后未找到"))
    }

    pub fn withdraw_distribution(&mut self, id: i64, on: Option<NaiveDate>) -> Result<()> {
        let on = check_date("回收日期", on, true)?.expect("required");
        self.write(|tx| {
            let issued: Option<NaiveDate> = tx
                .query_row(
                    "SELECT issued_on FROM distribution WHERE id = ?1",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            let issued = issued
                .ok_or_else(|| CoreError::not_found(format!("发放记录（编号 {id}）不存在")))?;
            if on < issued {
                return Err(CoreError::invalid(format!(
                    "回收日期 {on} 早于发放日期 {issued}"
                )));
            }
            tx.execute(
                "UPDATE distribution SET withdrawn_on = ?1 WHERE id = ?2",
                params![on, id],
            )?;
            Ok(())
        })
    }

    pub fn distributions(&self, document_id: i64) -> Result<Vec<Distribution>> {
        let mut st = self.conn().prepare(
            "SELECT x.id, x.revision_id, r.version, x.copy_no, COALESCE(p.name, d.name, ''), x.issued_on, x.withdrawn_on
               FROM distribution x JOIN revision r ON r.id = x.revision_id
               LEFT JOIN person p ON p.id = x.recipient_person_id
               LEFT JOIN department d ON d.id = x.recipient_department_id
              WHERE r.document_id = ?1 ORDER BY x.issued_on, x.id",
        )?;
        let v = st
            .query_map([document_id], |r| {
                Ok(Distribution {
                    id: r.get(0)?,
                    revision_id: r.get(1)?,
                    version: r.get(2)?,
                    copy_no: r.get(3)?,
                    recipient: r.get(4)?,
                    issued_on: r.get(5)?,
                    withdrawn_on: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    pub fn revision_diff(&self, old_id: i64, new_id: i64) -> Result<Vec<DiffLine>> {
        let (a, b) = (self.revision(old_id)?, self.revision(new_id)?);
        if a.document_id != b.document_id {
            return Err(CoreError::invalid("只能比较同一文件的两个版本"));
        }
        Ok(diff(&a.content, &b.content))
    }
}

/// Publishes inside a caller's transaction (also used by 体系发布).
pub(crate) fn publish_in(
    tx: &rusqlite::Transaction,
    revision_id: i64,
    on: NaiveDate,
) -> Result<()> {
    let rev = tx
        .query_row(
            &format!("{REV_SELECT} WHERE r.id = ?1"),
            [revision_id],
            rev_row,
        )
        .optional()?
        .ok_or_else(|| CoreError::not_found(format!("文件版本（编号 {revision_id}）不存在")))?;
    if rev.status != RevisionStatus::Approved {
        return Err(status_error(&rev, "只有已批准的版本可以发布"));
    }
    if !rev.unfilled.is_empty() {
        return Err(CoreError::conflict(format!(
            "{} 版还有未填写的占位符：{}",
            rev.version,
            rev.unfilled.join("、")
        )));
    }
    if let Some(approved) = rev.approved_on.filter(|a| on < *a) {
        return Err(CoreError::invalid(format!(
            "发布日期 {on} 早于批准日期 {approved}"
        )));
    }
    tx.execute(
        "UPDATE revision SET status = 'obsolete', obsolete_on = ?1, updated_at = ?2 WHERE document_id = ?3 AND status = 'published'",
        params![on, now(), rev.document_id],
    )?;
    tx.execute(
        "UPDATE revision SET status = 'published', published_on = ?1, content_hash = ?2, updated_at = ?3 WHERE id = ?4",
        params![on, sha256_hex(&rev.content), now(), revision_id],
    )?;
    Ok(())
}

/// Sorts clause numbers numerically (4.2.10 after 4.2.9).
pub fn clause_order(c: &str) -> Vec<u32> {
    c.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_marks_added_and_removed_lines() {
        let d = diff("甲\n乙\n丙", "甲\n丁\n丙\n戊");
        assert_eq!(
            d,
            vec![
                DiffLine::Same("甲".into()),
                DiffLine::Removed("乙".into()),
                DiffLine::Added("丁".into()),
                DiffLine::Same("丙".into()),
                DiffLine::Added("戊".into()),
            ]
        );
        assert_eq!(next_version("A/0"), "A/1");
        assert_eq!(next_version("A/9"), "A/10");
    }
}
