//! Evidence of an internal audit (审核证据): files such as photos taken on
//! site, attached to a checklist line or to a nonconformity. In a work
//! package the auditor adds them to their own lines and the nonconformities
//! they raise there; the results file carries the files back.

use rusqlite::{params, OptionalExtension};

use super::{attachments, now, Project};
use crate::error::{CoreError, Result};
use crate::model::{AuditEvidence, AuditEvidenceInput};
use crate::validate;

const SELECT: &str =
    "SELECT e.id, e.audit_id, e.checklist_item_id, e.nonconformity_id, e.note, e.created_at,
        a.id, a.sha256, a.file_name, a.media_type, a.size, a.created_at
   FROM audit_evidence e JOIN attachment a ON a.id = e.attachment_id";

impl Project {
    /// The evidence of an audit, lines' and nonconformities', in the order added.
    pub fn audit_evidence(&self, audit_id: i64) -> Result<Vec<AuditEvidence>> {
        let mut st = self
            .conn()
            .prepare(&format!("{SELECT} WHERE e.audit_id = ?1 ORDER BY e.id"))?;
        let v = st
            .query_map([audit_id], row)?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    fn one_audit_evidence(&self, id: i64) -> Result<AuditEvidence> {
        self.conn()
            .query_row(&format!("{SELECT} WHERE e.id = ?1"), [id], row)
            .optional()?
            .ok_or_else(|| CoreError::not_found(format!("审核证据（编号 {id}）不存在")))
    }

    /// The audit a line's evidence belongs to, refused once the audit is
    /// completed (its checklist is closed); a nonconformity's evidence (its
    /// correction, its verification) may still come after.
    fn evidence_audit(&self, line: Option<i64>, nc: Option<i64>, what: &str) -> Result<i64> {
        match (line, nc) {
            (Some(line), None) => {
                let audit_id: i64 = self
                    .conn()
                    .query_row(
                        "SELECT audit_id FROM checklist_item WHERE id = ?1",
                        [line],
                        |r| r.get(0),
                    )
                    .optional()?
                    .ok_or_else(|| {
                        CoreError::not_found(format!("检查表条目（编号 {line}）不存在"))
                    })?;
                let a = self.audit(audit_id)?;
                if a.completed {
                    return Err(CoreError::conflict(format!(
                        "{} 已完成，检查表的证据不能再{what}",
                        a.number
                    )));
                }
                Ok(audit_id)
            }
            (None, Some(nc)) => Ok(self
                .conn()
                .query_row(
                    "SELECT audit_id FROM nonconformity WHERE id = ?1",
                    [nc],
                    |r| r.get(0),
                )
                .optional()?
                .ok_or_else(|| CoreError::not_found(format!("不符合项（编号 {nc}）不存在")))?),
            _ => Err(CoreError::invalid(
                "审核证据须属于一条检查表条目或一个不符合项（二者选一）",
            )),
        }
    }

    /// Attaches a stored file (`attach_file`) to a line or a nonconformity.
    pub fn add_audit_evidence(&mut self, input: &AuditEvidenceInput) -> Result<AuditEvidence> {
        let audit_id =
            self.evidence_audit(input.checklist_item_id, input.nonconformity_id, "添加")?;
        let note = validate::optional("说明", &input.note, 500)?;
        let id = self.write(|tx| {
            attachments::check(tx, Some(input.attachment_id))?;
            tx.execute(
                "INSERT INTO audit_evidence (audit_id, checklist_item_id, nonconformity_id, attachment_id, note, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    audit_id,
                    input.checklist_item_id,
                    input.nonconformity_id,
                    input.attachment_id,
                    note,
                    now()
                ],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.one_audit_evidence(id)
    }

    /// Removes a piece of evidence (the file stays in the store).
    pub fn remove_audit_evidence(&mut self, id: i64) -> Result<()> {
        let e = self.one_audit_evidence(id)?;
        self.evidence_audit(e.checklist_item_id, e.nonconformity_id, "移除")?;
        self.write(|tx| {
            tx.execute("DELETE FROM audit_evidence WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}

fn row(r: &rusqlite::Row) -> rusqlite::Result<AuditEvidence> {
    Ok(AuditEvidence {
        id: r.get(0)?,
        audit_id: r.get(1)?,
        checklist_item_id: r.get(2)?,
        nonconformity_id: r.get(3)?,
        note: r.get(4)?,
        created_at: r.get(5)?,
        attachment: attachments::row_at(r, 6)?,
    })
}
