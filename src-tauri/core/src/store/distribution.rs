//! Controlled copies of a published revision (发放与回收).

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::revisions::status_error;
use super::{now, Project};
use crate::error::{CoreError, Result};
use crate::model::{Distribution, DistributionInput, RevisionStatus};
use crate::validate;

impl Project {
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
        let issued_on = validate::required_date("发放日期", input.issued_on)?;
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
        let on = validate::required_date("回收日期", on)?;
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

    /// The departments holding a copy of the revision on `on` (issued by then
    /// and not withdrawn), to the department itself or to one of its people.
    pub fn distributed_departments(
        &self,
        revision_id: i64,
        on: NaiveDate,
    ) -> Result<std::collections::HashSet<i64>> {
        let mut st = self.conn().prepare_cached(
            "SELECT COALESCE(x.recipient_department_id, p.department_id)
               FROM distribution x LEFT JOIN person p ON p.id = x.recipient_person_id
              WHERE x.revision_id = ?1 AND x.issued_on <= ?2
                AND (x.withdrawn_on IS NULL OR x.withdrawn_on > ?2)",
        )?;
        let v = st
            .query_map(params![revision_id, on], |r| r.get::<_, Option<i64>>(0))?
            .filter_map(|r| r.transpose())
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
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
}
