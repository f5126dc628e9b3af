//! Document revisions (文件控制, 4.2): 草稿 → 审核中 → 已批准 → 已发布(受控)
//! → 作废, each step recording who and when. A published revision never
//! changes (a trigger in the file itself refuses it).

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

use super::{now, Project};
use crate::attachments::sha256_hex;
use crate::doctext;
use crate::error::{CoreError, Result};
use crate::model::{
    DiffLine, Revision, RevisionEditInput, RevisionReviewInput, RevisionStatus,
    RevisionSubmitInput, StepOutcome,
};
use crate::text_diff::diff;
use crate::validate;

pub(super) const REV_SELECT: &str = "SELECT r.id, r.document_id, r.version, r.status, r.content, r.content_hash, r.change_note,
        r.drafted_by, a.name, r.drafted_on, r.reviewer_id, b.name, r.reviewed_on, r.approver_id, c.name,
        r.approved_on, r.published_on, r.obsolete_on, r.issued_text
     FROM revision r
     LEFT JOIN person a ON a.id = r.drafted_by
     LEFT JOIN person b ON b.id = r.reviewer_id
     LEFT JOIN person c ON c.id = r.approver_id";

pub(super) fn rev_row(r: &Row) -> rusqlite::Result<Revision> {
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
        issued_text: r.get(18)?,
    })
}

pub(super) fn next_version(v: &str) -> String {
    match v.rsplit_once('/') {
        Some((major, minor)) => match minor.parse::<u32>() {
            Ok(n) => format!("{major}/{}", n + 1),
            Err(_) => format!("{v}/1"),
        },
        None => format!("{v}/1"),
    }
}

/// A document's text is bounded (a manual is some 20 000 characters).
pub(super) fn check_content(content: &str) -> Result<()> {
    if content.len() > 2_000_000 {
        return Err(CoreError::invalid("文件内容过长"));
    }
    Ok(())
}

pub(super) fn status_error(rev: &Revision, wanted: &str) -> CoreError {
    CoreError::conflict(format!(
        "{} 版当前为“{}”，{wanted}",
        rev.version,
        rev.status.label()
    ))
}

impl Project {
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
    pub fn edit_revision(
        &mut self,
        revision_id: i64,
        input: &RevisionEditInput,
    ) -> Result<Revision> {
        let content = input.content.as_str();
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
        check_content(content)?;
        let note = validate::optional("修订说明", &input.change_note, 500)?;
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
        self.insert_next_draft(&base, &base.content, drafted_by)
    }

    /// The draft that follows the published `base`, with `content`.
    pub(super) fn insert_next_draft(
        &mut self,
        base: &Revision,
        content: &str,
        drafted_by: Option<i64>,
    ) -> Result<Revision> {
        let (reviewer, approver) = self.default_signers()?;
        let id = self.write(|tx| {
            let ts = now();
            tx.execute(
                "INSERT INTO revision (document_id, version, status, content, drafted_by, drafted_on, reviewer_id, approver_id, created_at, updated_at)
                 VALUES (?1, ?2, 'draft', ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
                params![base.document_id, next_version(&base.version), content, drafted_by, crate::dates::today(), reviewer, approver, ts],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.revision(id)
    }

    /// 草稿 → 审核中. The reviewer and approver default to the 管理者代表 and the 最高管理者.
    pub fn submit_revision(
        &mut self,
        revision_id: i64,
        input: &RevisionSubmitInput,
    ) -> Result<Revision> {
        let rev = self.revision(revision_id)?;
        if rev.status != RevisionStatus::Draft {
            return Err(status_error(&rev, "只有草稿可以提交审核"));
        }
        let reviewer = input
            .reviewer_id
            .or(rev.reviewer_id)
            .ok_or_else(|| CoreError::invalid("请指定审核人（默认为管理者代表，尚未设定）"))?;
        let approver = input
            .approver_id
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
    pub fn review_revision(
        &mut self,
        revision_id: i64,
        input: &RevisionReviewInput,
    ) -> Result<Revision> {
        let RevisionReviewInput { on, passed } = *input;
        let rev = self.revision(revision_id)?;
        if rev.status != RevisionStatus::InReview {
            return Err(status_error(&rev, "只有审核中的版本可以审核"));
        }
        let on = validate::required_date("审核日期", on)?;
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
    pub fn return_revision(&mut self, revision_id: i64) -> Result<Revision> {
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
    pub fn approve_revision(
        &mut self,
        revision_id: i64,
        on: Option<NaiveDate>,
    ) -> Result<StepOutcome> {
        let rev = self.revision(revision_id)?;
        if rev.status != RevisionStatus::InReview {
            return Err(status_error(&rev, "只有审核中的版本可以批准"));
        }
        let reviewed_on = rev.reviewed_on.ok_or_else(|| {
            CoreError::conflict(format!("{} 版尚未经审核人审核，不能批准", rev.version))
        })?;
        let on = validate::required_date("批准日期", on)?;
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
    pub fn publish_revision(
        &mut self,
        revision_id: i64,
        on: Option<NaiveDate>,
    ) -> Result<Revision> {
        let on = validate::required_date("发布日期", on)?;
        let issued = self
            .own_reference_context()?
            .render("", &self.revision(revision_id)?.content)
            .text;
        self.write(|tx| publish_in(tx, revision_id, on, &issued))?;
        self.revision(revision_id)
    }

    pub fn revision_diff(&self, old_id: i64, new_id: i64) -> Result<Vec<DiffLine>> {
        let (a, b) = (self.revision(old_id)?, self.revision(new_id)?);
        if a.document_id != b.document_id {
            return Err(CoreError::invalid("只能比较同一文件的两个版本"));
        }
        Ok(diff(&a.content, &b.content))
    }
}

/// Publishes inside a caller's transaction (also used by 体系发布), with
/// `issued_text`: its content's project references rendered now.
pub(crate) fn publish_in(
    tx: &rusqlite::Transaction,
    revision_id: i64,
    on: NaiveDate,
    issued_text: &str,
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
        "UPDATE revision SET status = 'published', published_on = ?1, content_hash = ?2, issued_text = ?3, updated_at = ?4 WHERE id = ?5",
        params![on, sha256_hex(rev.content.as_bytes()), issued_text, now(), revision_id],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_count_up_after_the_slash() {
        assert_eq!(next_version("A/0"), "A/1");
        assert_eq!(next_version("A/9"), "A/10");
        assert_eq!(next_version("B"), "B/1");
    }
}
