//! The operation period: from the implementation date, at least the
//! program's minimum months, with check-ins, records and problems.

use chrono::NaiveDate;
use rusqlite::params;

use super::{attachments, now, Project};
use crate::catalog::ProgramProfile;
use crate::dates::add_months;
use crate::error::{CoreError, Result};
use crate::model::{
    Checkin, CheckinInput, OperationProblem, OperationProblemInput, OperationRecord,
    OperationRecordInput, OperationStatus,
};
use crate::validate;

/// One operation record row before its attachment is loaded.
type RecordRow = (i64, i64, String, String, NaiveDate, Option<i64>, String);

/// Where the operation period stands on `today`.
pub fn operation_status(
    implemented_on: Option<NaiveDate>,
    program: &ProgramProfile,
    today: NaiveDate,
) -> OperationStatus {
    let months = program.min_operation_months;
    let deadline = program.deadline;
    let Some(start) = implemented_on else {
        return OperationStatus {
            implemented_on: None,
            min_months: months,
            days_run: 0,
            min_complete_on: None,
            complete: false,
            deadline,
            margin_days: None,
            summary: "体系尚未发布实施，运行期未开始".into(),
        };
    };
    let end = add_months(start, months);
    let days_run = (today - start).num_days().max(0);
    let margin = deadline.map(|d| (d - end).num_days());
    let complete = today >= end;
    let summary = match (complete, deadline.zip(margin)) {
        (true, _) => format!("体系自 {start} 起已运行 {days_run} 天，{months} 个月最短运行期已于 {end} 满足"),
        (false, None) => format!(
            "体系自 {start} 起已运行 {days_run} 天，{months} 个月最短运行期将于 {end} 满足（没有截止日期）"
        ),
        (false, Some((deadline, margin))) if margin >= 0 => format!(
            "体系自 {start} 起已运行 {days_run} 天，{months} 个月最短运行期将于 {end} 满足，距截止日期 {deadline} 还有 {margin} 天"
        ),
        (false, Some((deadline, margin))) => format!(
            "体系自 {start} 起运行，{months} 个月最短运行期要到 {end} 才满足，已晚于截止日期 {deadline} {} 天",
            -margin
        ),
    };
    OperationStatus {
        implemented_on: Some(start),
        min_months: months,
        days_run,
        min_complete_on: Some(end),
        complete,
        deadline,
        margin_days: margin,
        summary,
    }
}

impl Project {
    pub fn implemented_on(&self) -> Result<Option<NaiveDate>> {
        Ok(self.system_issue()?.map(|i| i.implemented_on))
    }

    pub fn operation(&self, program: &ProgramProfile, today: NaiveDate) -> Result<OperationStatus> {
        Ok(operation_status(self.implemented_on()?, program, today))
    }

    fn before_operation(&self, d: NaiveDate) -> Result<bool> {
        Ok(self.implemented_on()?.is_none_or(|start| d < start))
    }

    pub fn save_checkin(&mut self, input: &CheckinInput) -> Result<Checkin> {
        let month = input.month.trim().to_string();
        let valid = month.len() == 7
            && NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d").is_ok();
        if !valid {
            return Err(CoreError::invalid(format!("月份“{month}”格式应为 YYYY-MM")));
        }
        let checked_on = validate::required_date("检查日期", input.checked_on)?;
        let summary = validate::required("运行检查情况", &input.summary, 4000)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO operation_checkin (month, checked_on, summary, created_at) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (month) DO UPDATE SET checked_on = ?2, summary = ?3",
                params![month, checked_on, summary, now()],
            )?;
            Ok(())
        })?;
        self.checkins()?
            .into_iter()
            .find(|c| c.month == month)
            .ok_or_else(|| CoreError::storage("月度检查写入后未找到"))
    }

    pub fn checkins(&self) -> Result<Vec<Checkin>> {
        let start = self.implemented_on()?;
        let mut st = self.conn().prepare(
            "SELECT id, month, checked_on, summary FROM operation_checkin ORDER BY month",
        )?;
        let v = st
            .query_map([], |r| {
                let checked_on: NaiveDate = r.get(2)?;
                Ok(Checkin {
                    id: r.get(0)?,
                    month: r.get(1)?,
                    checked_on,
                    summary: r.get(3)?,
                    before_operation: start.is_none_or(|s| checked_on < s),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    pub fn add_operation_record(
        &mut self,
        input: &OperationRecordInput,
    ) -> Result<OperationRecord> {
        let produced_on = validate::required_date("记录日期", input.produced_on)?;
        self.document(input.document_id)?;
        let note = validate::optional("说明", &input.note, 500)?;
        let id = self.write(|tx| {
            attachments::check(tx, input.attachment_id)?;
            tx.execute(
                "INSERT INTO operation_record (document_id, produced_on, attachment_id, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![input.document_id, produced_on, input.attachment_id, note, now()],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.operation_records()?
            .into_iter()
            .find(|r| r.id == id)
            .ok_or_else(|| CoreError::storage("运行记录写入后未找到"))
    }

    /// Deletes a record entered by mistake; the change log keeps what it was.
    pub fn delete_operation_record(&mut self, id: i64) -> Result<()> {
        let deleted =
            self.write(|tx| Ok(tx.execute("DELETE FROM operation_record WHERE id = ?1", [id])?))?;
        if deleted == 0 {
            return Err(CoreError::not_found(format!("运行记录（编号 {id}）不存在")));
        }
        Ok(())
    }

    pub fn operation_records(&self) -> Result<Vec<OperationRecord>> {
        let start = self.implemented_on()?;
        let mut st = self.conn().prepare(
            "SELECT r.id, r.document_id, d.code, d.title, r.produced_on, r.attachment_id, r.note
               FROM operation_record r JOIN document d ON d.id = r.document_id ORDER BY r.produced_on, r.id",
        )?;
        let rows: Vec<RecordRow> = st
            .query_map([], |r| {
                Ok((
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    r.get(6)?,
                ))
            })?
            .collect::<rusqlite::Result<_>>()?;
        rows.into_iter()
            .map(|(id, document_id, code, title, produced_on, att, note)| {
                Ok(OperationRecord {
                    id,
                    document_id,
                    document_code: code,
                    document_title: title,
                    produced_on,
                    attachment: attachments::load(self.conn(), att)?,
                    note,
                    before_operation: start.is_none_or(|s| produced_on < s),
                })
            })
            .collect()
    }

    pub fn save_operation_problem(
        &mut self,
        id: Option<i64>,
        input: &OperationProblemInput,
    ) -> Result<OperationProblem> {
        let found_on = validate::required_date("发现日期", input.found_on)?;
        let description = validate::required("问题描述", &input.description, 2000)?;
        let resolution = validate::optional("处理情况", &input.resolution, 2000)?;
        let resolved_on = validate::date("解决日期", input.resolved_on)?;
        if let Some(r) = resolved_on.filter(|r| *r < found_on) {
            return Err(CoreError::invalid(format!(
                "解决日期 {r} 早于发现日期 {found_on}"
            )));
        }
        let id = self.write(|tx| {
            match id {
                Some(id) => {
                    let n = tx.execute(
                        "UPDATE operation_problem SET found_on=?1, department_id=?2, clause=?3, description=?4, resolution=?5, resolved_on=?6 WHERE id=?7",
                        params![found_on, input.department_id, input.clause, description, resolution, resolved_on, id],
                    )?;
                    if n == 0 {
                        return Err(CoreError::not_found(format!("运行问题（编号 {id}）不存在")));
                    }
                    Ok(id)
                }
                None => {
                    tx.execute(
                        "INSERT INTO operation_problem (found_on, department_id, clause, description, resolution, resolved_on, created_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                        params![found_on, input.department_id, input.clause, description, resolution, resolved_on, now()],
                    )?;
                    Ok(tx.last_insert_rowid())
                }
            }
        })?;
        self.operation_problems()?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or_else(|| CoreError::storage("运行问题写入后未找到"))
    }

    pub fn operation_problems(&self) -> Result<Vec<OperationProblem>> {
        let start = self.implemented_on()?;
        let mut st = self.conn().prepare(
            "SELECT p.id, p.found_on, p.department_id, d.name, p.clause, p.description, p.resolution, p.resolved_on
               FROM operation_problem p LEFT JOIN department d ON d.id = p.department_id ORDER BY p.found_on, p.id",
        )?;
        let v = st
            .query_map([], |r| {
                let found_on: NaiveDate = r.get(1)?;
                Ok(OperationProblem {
                    id: r.get(0)?,
                    found_on,
                    department_id: r.get(2)?,
                    department_name: r.get(3)?,
                    clause: r.get(4)?,
                    description: r.get(5)?,
                    resolution: r.get(6)?,
                    resolved_on: r.get(7)?,
                    before_operation: start.is_none_or(|s| found_on < s),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    /// Whether a date counts toward operation (on or after the implementation date).
    pub fn counts_toward_operation(&self, d: NaiveDate) -> Result<bool> {
        Ok(!self.before_operation(d)?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn status_against_the_deadline() {
        let p = crate::catalog::load().unwrap().programs.remove(0);
        let d = |s: &str| s.parse::<NaiveDate>().unwrap();
        let s = operation_status(Some(d("2022-05-31")), &p, d("2022-07-01"));
        assert_eq!(s.min_complete_on, Some(d("2022-08-31")));
        assert_eq!(s.days_run, 31);
        assert!(!s.complete);
        assert_eq!(s.margin_days, Some(61));
        let late = operation_status(Some(d("2022-08-15")), &p, d("2022-09-01"));
        assert_eq!(late.min_complete_on, Some(d("2022-11-15")));
        assert!(late.summary.contains("已晚于截止日期"), "{}", late.summary);
        let none = operation_status(None, &p, d("2022-09-01"));
        assert!(none.summary.contains("尚未发布"));
    }
}
