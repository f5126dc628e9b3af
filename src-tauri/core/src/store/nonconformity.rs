//! Nonconformities found in internal audits (9.2, 10.2) and their cycle:
//! 确认 → 原因分析 → 纠正及纠正措施 → 完成 → 验证 → 关闭. Which step may
//! follow which is `NcStep` in the model; here each step's checks and columns.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

use super::{now, Project};
use crate::catalog::StandardEdition;
use crate::error::{CoreError, Result};
use crate::model::{
    CorrectiveActionInput, Grade, NcConfirmationInput, NcStatus, NcStep, Nonconformity,
    NonconformityInput, VerificationInput,
};
use crate::validate;

const NC_SELECT: &str = "SELECT n.id, n.audit_id, a.number, n.number, n.department_id, d.name, n.clause, n.fact, n.grade,
        n.found_on, au.name, cb.name, n.confirmed_on, n.cause, n.correction, n.corrective_action, n.owner_id,
        ow.name, n.due_on, n.done_on, vb.name, n.verified_on, n.verification, n.status, n.closed_on
     FROM nonconformity n JOIN audit a ON a.id = n.audit_id JOIN department d ON d.id = n.department_id
     LEFT JOIN person au ON au.id = n.auditor_id LEFT JOIN person cb ON cb.id = n.confirmed_by
     LEFT JOIN person ow ON ow.id = n.owner_id LEFT JOIN person vb ON vb.id = n.verified_by";

fn nc_row(r: &Row, today: NaiveDate) -> rusqlite::Result<Nonconformity> {
    let grade: String = r.get(8)?;
    let status: String = r.get(23)?;
    let status = NcStatus::from_code(&status).unwrap_or(NcStatus::Open);
    let due_on: Option<NaiveDate> = r.get(18)?;
    Ok(Nonconformity {
        id: r.get(0)?,
        audit_id: r.get(1)?,
        audit_number: r.get(2)?,
        number: r.get(3)?,
        department_id: r.get(4)?,
        department_name: r.get(5)?,
        clause: r.get(6)?,
        fact: r.get(7)?,
        grade: if grade == "major" {
            Grade::Major
        } else {
            Grade::Minor
        },
        found_on: r.get(9)?,
        auditor_name: r.get(10)?,
        confirmed_by_name: r.get(11)?,
        confirmed_on: r.get(12)?,
        cause: r.get(13)?,
        correction: r.get(14)?,
        corrective_action: r.get(15)?,
        owner_id: r.get(16)?,
        owner_name: r.get(17)?,
        due_on,
        done_on: r.get(19)?,
        verified_by_name: r.get(20)?,
        verified_on: r.get(21)?,
        verification: r.get(22)?,
        overdue: !matches!(
            status,
            NcStatus::Done | NcStatus::Verified | NcStatus::Closed
        ) && due_on.is_some_and(|d| d < today),
        status,
        closed_on: r.get(24)?,
    })
}

impl Project {
    pub fn raise_nonconformity(
        &mut self,
        standard: &StandardEdition,
        audit_id: i64,
        input: &NonconformityInput,
    ) -> Result<Nonconformity> {
        let a = self.audit(audit_id)?;
        if !standard.is_leaf(&input.clause) {
            return Err(CoreError::invalid(format!(
                "条款 {} 不是 {} 的末级条款",
                input.clause, standard.id
            )));
        }
        if !a
            .scope
            .iter()
            .any(|c| c.department_id == input.department_id)
        {
            return Err(CoreError::invalid("该部门不在本次审核范围内"));
        }
        let fact = validate::required("不符合事实", &input.fact, 2000)?;
        let grade = input
            .grade
            .ok_or_else(|| CoreError::invalid("请选择不符合等级"))?;
        let found_on = validate::required_date("发现日期", input.found_on)?;
        if found_on < a.starts_on || found_on > a.ends_on {
            return Err(CoreError::invalid(format!(
                "发现日期 {found_on} 不在审核期间 {} 至 {} 内",
                a.starts_on, a.ends_on
            )));
        }
        let id = self.write(|tx| {
            let n: i64 = tx.query_row("SELECT count(*) FROM nonconformity WHERE audit_id = ?1", [audit_id], |r| r.get(0))?;
            let number = format!("{}-NC{:02}", a.number, n + 1);
            let t = now();
            tx.execute(
                "INSERT INTO nonconformity (audit_id, number, department_id, clause, fact, grade, found_on, auditor_id, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
                params![audit_id, number, input.department_id, input.clause, fact, grade.code(), found_on, input.auditor_id, t],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        self.nonconformity(id, crate::dates::today())
    }

    pub fn nonconformity(&self, id: i64, today: NaiveDate) -> Result<Nonconformity> {
        self.conn()
            .query_row(&format!("{NC_SELECT} WHERE n.id = ?1"), [id], |r| {
                nc_row(r, today)
            })
            .optional()?
            .ok_or_else(|| CoreError::not_found(format!("不符合项（编号 {id}）不存在")))
    }

    pub fn nonconformities(
        &self,
        audit_id: Option<i64>,
        today: NaiveDate,
    ) -> Result<Vec<Nonconformity>> {
        let mut st = self.conn().prepare(&format!(
            "{NC_SELECT} WHERE ?1 IS NULL OR n.audit_id = ?1 ORDER BY n.number"
        ))?;
        let v = st
            .query_map([audit_id], |r| nc_row(r, today))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    /// Runs one lifecycle step: refused unless the nonconformity's status
    /// allows it, then `set` (the step's own columns) and the status the
    /// step leaves, in one transaction.
    fn nc_step(
        &mut self,
        id: i64,
        step: NcStep,
        set: &str,
        p: &[&dyn rusqlite::ToSql],
    ) -> Result<Nonconformity> {
        let nc = self.nonconformity(id, crate::dates::today())?;
        if !step.allowed_from().contains(&nc.status) {
            return Err(CoreError::conflict(format!(
                "{} 当前为“{}”，不能{}",
                nc.number,
                nc.status.label(),
                step.refused()
            )));
        }
        let status = step.next(nc.status);
        self.write(|tx| {
            if !set.is_empty() {
                let mut values: Vec<&dyn rusqlite::ToSql> = p.to_vec();
                values.push(&id);
                tx.execute(
                    &format!(
                        "UPDATE nonconformity SET {set} WHERE id = ?{}",
                        values.len()
                    ),
                    values.as_slice(),
                )?;
            }
            tx.execute(
                "UPDATE nonconformity SET status = ?1, updated_at = ?2 WHERE id = ?3",
                params![status.code(), now(), id],
            )?;
            Ok(())
        })?;
        self.nonconformity(id, crate::dates::today())
    }

    /// The auditee confirms the finding.
    pub fn confirm_nonconformity(
        &mut self,
        id: i64,
        input: &NcConfirmationInput,
    ) -> Result<Nonconformity> {
        let on = validate::required_date("确认日期", input.on)?;
        self.person(input.person_id)?;
        self.nc_step(
            id,
            NcStep::Confirm,
            "confirmed_by = ?1, confirmed_on = ?2",
            &[&input.person_id, &on],
        )
    }

    pub fn analyse_cause(&mut self, id: i64, cause: &str) -> Result<Nonconformity> {
        let cause = validate::required("原因分析", cause, 2000)?;
        self.nc_step(id, NcStep::AnalyseCause, "cause = ?1", &[&cause])
    }

    pub fn plan_corrective_action(
        &mut self,
        id: i64,
        input: &CorrectiveActionInput,
    ) -> Result<Nonconformity> {
        let correction = validate::required("纠正", &input.correction, 2000)?;
        let action = validate::required("纠正措施", &input.corrective_action, 2000)?;
        let owner = input
            .owner_id
            .ok_or_else(|| CoreError::invalid("请指定纠正措施责任人"))?;
        self.person(owner)?;
        let due = validate::required_date("完成期限", input.due_on)?;
        self.nc_step(
            id,
            NcStep::PlanCorrectiveAction,
            "correction = ?1, corrective_action = ?2, owner_id = ?3, due_on = ?4",
            &[&correction, &action, &owner, &due],
        )
    }

    pub fn mark_action_done(&mut self, id: i64, on: Option<NaiveDate>) -> Result<Nonconformity> {
        let on = validate::required_date("完成日期", on)?;
        self.nc_step(id, NcStep::MarkDone, "done_on = ?1", &[&on])
    }

    /// An auditor verifies: effective → 已验证; not effective → reopened for action.
    pub fn verify_action(&mut self, id: i64, input: &VerificationInput) -> Result<Nonconformity> {
        let auditor = input.auditor_id;
        let on = validate::required_date("验证日期", input.on)?;
        let note = validate::required("验证情况", &input.note, 2000)?;
        let qualified = self
            .auditor_overview()?
            .auditors
            .iter()
            .any(|a| a.person_id == auditor && a.qualified);
        if !qualified {
            return Err(CoreError::conflict(format!(
                "{} 不是合格内审员，不能验证纠正措施",
                self.person(auditor)?.name
            )));
        }
        let nc = self.nonconformity(id, on)?;
        if nc.done_on.is_some_and(|d| on < d) {
            return Err(CoreError::invalid(format!("验证日期 {on} 早于完成日期")));
        }
        if input.effective {
            self.nc_step(
                id,
                NcStep::Verify,
                "verified_by = ?1, verified_on = ?2, verification = ?3",
                &[&auditor, &on, &note],
            )
        } else {
            self.nc_step(
                id,
                NcStep::Reopen,
                "verification = ?1, done_on = NULL",
                &[&format!("{on} 验证未通过：{note}")],
            )
        }
    }

    /// Closes a verified nonconformity; nothing closes unverified.
    pub fn close_nonconformity(&mut self, id: i64, on: Option<NaiveDate>) -> Result<Nonconformity> {
        let on = validate::required_date("关闭日期", on)?;
        let nc = self.nonconformity(id, crate::dates::today())?;
        if nc.status != NcStatus::Verified {
            return Err(CoreError::conflict(format!(
                "{} 的纠正措施尚未经内审员验证有效（当前：{}），不能关闭",
                nc.number,
                nc.status.label()
            )));
        }
        self.nc_step(id, NcStep::Close, "closed_on = ?1", &[&on])
    }
}
