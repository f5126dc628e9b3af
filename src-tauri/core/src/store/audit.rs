//! Internal audits (9.2): plan with scope and schedule (independence
//! enforced), checklists, nonconformities and the corrective-action cycle,
//! and the report.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension, Row};

use super::{now, Project};
use crate::catalog::StandardEdition;
use crate::error::{CoreError, Result};
use crate::model::{
    Audit, AuditReport, ChecklistItem, DistributionCell, Grade, Judgement, NcStatus, Nonconformity,
    NonconformityInput, ScopeCell, Slot, SlotKind,
};
use crate::validate;

fn slot_kind(c: &str) -> SlotKind {
    match c {
        "opening" => SlotKind::Opening,
        "closing" => SlotKind::Closing,
        _ => SlotKind::Department,
    }
}

pub(super) fn slot_code(k: SlotKind) -> &'static str {
    match k {
        SlotKind::Opening => "opening",
        SlotKind::Department => "department",
        SlotKind::Closing => "closing",
    }
}

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
    pub fn next_audit_number(&self, year: i32) -> Result<String> {
        let mut n = 1;
        loop {
            let number = format!("NS-{year}-{n:02}");
            let taken: bool = self.conn().query_row(
                "SELECT EXISTS (SELECT 1 FROM audit WHERE number = ?1)",
                [&number],
                |r| r.get(0),
            )?;
            if !taken {
                return Ok(number);
            }
            n += 1;
        }
    }

    pub fn audit(&self, id: i64) -> Result<Audit> {
        let mut a = self
            .conn()
            .query_row(
                "SELECT a.id, a.number, a.purpose, a.criteria, a.leader_id, p.name, a.starts_on, a.ends_on, a.status,
                        a.completed_on, a.summary, a.conclusion
                   FROM audit a JOIN person p ON p.id = a.leader_id WHERE a.id = ?1",
                [id],
                |r| {
                    let status: String = r.get(8)?;
                    Ok(Audit {
                        id: r.get(0)?,
                        number: r.get(1)?,
                        purpose: r.get(2)?,
                        criteria: r.get(3)?,
                        leader_id: r.get(4)?,
                        leader_name: r.get(5)?,
                        auditor_names: Vec::new(),
                        auditor_ids: Vec::new(),
                        starts_on: r.get(6)?,
                        ends_on: r.get(7)?,
                        completed: status == "completed",
                        completed_on: r.get(9)?,
                        summary: r.get(10)?,
                        conclusion: r.get(11)?,
                        scope: Vec::new(),
                        schedule: Vec::new(),
                    })
                },
            )
            .optional()?
            .ok_or_else(|| CoreError::not_found(format!("内部审核（编号 {id}）不存在")))?;
        let mut st = self.conn().prepare(
            "SELECT p.id, p.name FROM audit_auditor x JOIN person p ON p.id = x.person_id WHERE x.audit_id = ?1 ORDER BY p.id",
        )?;
        for r in st.query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
            let (pid, name) = r?;
            a.auditor_ids.push(pid);
            a.auditor_names.push(name);
        }
        let mut st = self
            .conn()
            .prepare("SELECT department_id, clause FROM audit_scope WHERE audit_id = ?1")?;
        a.scope = st
            .query_map([id], |r| {
                Ok(ScopeCell {
                    department_id: r.get(0)?,
                    clause: r.get(1)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut st = self.conn().prepare(
            "SELECT s.id, s.kind, s.department_id, d.name, s.on_date, s.time_range,
                    (SELECT group_concat(p.name, '、') FROM audit_slot_auditor x JOIN person p ON p.id = x.person_id WHERE x.slot_id = s.id)
               FROM audit_slot s LEFT JOIN department d ON d.id = s.department_id WHERE s.audit_id = ?1 ORDER BY s.sort_order",
        )?;
        a.schedule = st
            .query_map([id], |r| {
                let kind: String = r.get(1)?;
                let names: Option<String> = r.get(6)?;
                Ok(Slot {
                    id: r.get(0)?,
                    kind: slot_kind(&kind),
                    department_id: r.get(2)?,
                    department_name: r.get(3)?,
                    on_date: r.get(4)?,
                    time_range: r.get(5)?,
                    auditor_names: names
                        .map(|n| n.split('、').map(str::to_string).collect())
                        .unwrap_or_default(),
                    auditor_ids: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut st = self.conn().prepare(
            "SELECT x.slot_id, x.person_id FROM audit_slot_auditor x JOIN audit_slot s ON s.id = x.slot_id
              WHERE s.audit_id = ?1 ORDER BY x.slot_id, x.person_id",
        )?;
        for r in st.query_map([id], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))? {
            let (slot, person) = r?;
            if let Some(s) = a.schedule.iter_mut().find(|s| s.id == slot) {
                s.auditor_ids.push(person);
            }
        }
        Ok(a)
    }

    pub fn audits(&self) -> Result<Vec<Audit>> {
        let mut st = self
            .conn()
            .prepare("SELECT id FROM audit ORDER BY starts_on, id")?;
        let ids: Vec<i64> = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        ids.into_iter().map(|id| self.audit(id)).collect()
    }

    /// Deletes a planned audit; one with nonconformities is kept (they are records).
    pub fn delete_audit(&mut self, id: i64) -> Result<()> {
        let a = self.audit(id)?;
        let ncs: i64 = self.conn().query_row(
            "SELECT count(*) FROM nonconformity WHERE audit_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        if ncs > 0 {
            return Err(CoreError::conflict(format!(
                "{} 已有 {ncs} 个不符合项，不能删除；审核记录须保留",
                a.number
            )));
        }
        if a.completed {
            return Err(CoreError::conflict(format!(
                "{} 已完成，不能删除",
                a.number
            )));
        }
        self.write(|tx| {
            tx.execute("DELETE FROM audit WHERE id = ?1", [id])?;
            Ok(())
        })
    }

    pub fn checklist(&self, audit_id: i64) -> Result<Vec<ChecklistItem>> {
        let mut st = self.conn().prepare(
            "SELECT c.id, c.department_id, d.name, c.clause, c.question, c.judgement, c.observed
               FROM checklist_item c JOIN department d ON d.id = c.department_id
              WHERE c.audit_id = ?1 ORDER BY c.department_id, c.sort_order",
        )?;
        let v = st
            .query_map([audit_id], |r| {
                let j: Option<String> = r.get(5)?;
                Ok(ChecklistItem {
                    id: r.get(0)?,
                    department_id: r.get(1)?,
                    department_name: r.get(2)?,
                    clause: r.get(3)?,
                    question: r.get(4)?,
                    judgement: j.and_then(|j| Judgement::from_code(&j)),
                    observed: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    pub fn judge_checklist_item(
        &mut self,
        id: i64,
        question: &str,
        judgement: Option<Judgement>,
        observed: &str,
    ) -> Result<()> {
        let question = validate::required("审核内容", question, 1000)?;
        let observed = validate::optional("审核记录", observed, 4000)?;
        if matches!(judgement, Some(Judgement::Major | Judgement::Minor)) && observed.is_empty() {
            return Err(CoreError::invalid("判为不符合时，请记录看到的事实"));
        }
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE checklist_item SET question = ?1, judgement = ?2, observed = ?3 WHERE id = ?4",
                params![question, judgement.map(|j| j.code()), observed, id],
            )?;
            if n == 0 {
                return Err(CoreError::not_found(format!("检查表条目（编号 {id}）不存在")));
            }
            Ok(())
        })
    }

    pub fn raise_nonconformity(
        &mut self,
        standard: &StandardEdition,
        audit_id: i64,
        input: &NonconformityInput,
    ) -> Result<Nonconformity> {
        let a = self.audit(audit_id)?;
        if standard.leaves().all(|l| l.number != input.clause) {
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

    fn nc_step(
        &mut self,
        id: i64,
        from: &[NcStatus],
        what: &str,
        sql: &str,
        p: &[&dyn rusqlite::ToSql],
    ) -> Result<Nonconformity> {
        let nc = self.nonconformity(id, crate::dates::today())?;
        if !from.contains(&nc.status) {
            return Err(CoreError::conflict(format!(
                "{} 当前为“{}”，不能{what}",
                nc.number,
                nc.status.label()
            )));
        }
        self.write(|tx| {
            tx.execute(sql, p)?;
            tx.execute(
                "UPDATE nonconformity SET updated_at = ?1 WHERE id = ?2",
                params![now(), id],
            )?;
            Ok(())
        })?;
        self.nonconformity(id, crate::dates::today())
    }

    /// The auditee confirms the finding.
    pub fn confirm_nonconformity(
        &mut self,
        id: i64,
        person: i64,
        on: Option<NaiveDate>,
    ) -> Result<Nonconformity> {
        let on = Some(validate::required_date("确认日期", on)?);
        self.person(person)?;
        self.nc_step(
            id,
            &[NcStatus::Open, NcStatus::CauseAnalysed],
            "确认",
            "UPDATE nonconformity SET confirmed_by = ?1, confirmed_on = ?2 WHERE id = ?3",
            &[&person, &on, &id],
        )
    }

    pub fn analyse_cause(&mut self, id: i64, cause: &str) -> Result<Nonconformity> {
        let cause = validate::required("原因分析", cause, 2000)?;
        self.nc_step(
            id,
            &[NcStatus::Open, NcStatus::CauseAnalysed],
            "填写原因分析",
            "UPDATE nonconformity SET cause = ?1, status = 'cause_analysed' WHERE id = ?2",
            &[&cause, &id],
        )
    }

    pub fn plan_corrective_action(
        &mut self,
        id: i64,
        correction: &str,
        action: &str,
        owner: Option<i64>,
        due_on: Option<NaiveDate>,
    ) -> Result<Nonconformity> {
        let correction = validate::required("纠正", correction, 2000)?;
        let action = validate::required("纠正措施", action, 2000)?;
        let owner = owner.ok_or_else(|| CoreError::invalid("请指定整改责任人"))?;
        self.person(owner)?;
        let due = Some(validate::required_date("完成期限", due_on)?);
        self.nc_step(id, &[NcStatus::CauseAnalysed, NcStatus::ActionPlanned], "制定纠正措施（请先完成原因分析）",
            "UPDATE nonconformity SET correction = ?1, corrective_action = ?2, owner_id = ?3, due_on = ?4, status = 'action_planned' WHERE id = ?5",
            &[&correction, &action, &owner, &due, &id])
    }

    pub fn mark_action_done(&mut self, id: i64, on: Option<NaiveDate>) -> Result<Nonconformity> {
        let on = Some(validate::required_date("完成日期", on)?);
        self.nc_step(
            id,
            &[NcStatus::ActionPlanned],
            "标记完成",
            "UPDATE nonconformity SET done_on = ?1, status = 'done' WHERE id = ?2",
            &[&on, &id],
        )
    }

    /// An auditor verifies: effective → 已验证; not effective → reopened for action.
    pub fn verify_action(
        &mut self,
        id: i64,
        auditor: i64,
        on: Option<NaiveDate>,
        effective: bool,
        note: &str,
    ) -> Result<Nonconformity> {
        let on = validate::required_date("验证日期", on)?;
        let note = validate::required("验证情况", note, 2000)?;
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
        if effective {
            self.nc_step(id, &[NcStatus::Done], "验证",
                "UPDATE nonconformity SET verified_by = ?1, verified_on = ?2, verification = ?3, status = 'verified' WHERE id = ?4",
                &[&auditor, &on, &note, &id])
        } else {
            self.nc_step(id, &[NcStatus::Done], "验证",
                "UPDATE nonconformity SET verification = ?1, done_on = NULL, status = 'action_planned' WHERE id = ?2",
                &[&format!("{on} 验证未通过：{note}"), &id])
        }
    }

    /// Closes a verified nonconformity; nothing closes unverified.
    pub fn close_nonconformity(&mut self, id: i64, on: Option<NaiveDate>) -> Result<Nonconformity> {
        let on = Some(validate::required_date("关闭日期", on)?);
        let nc = self.nonconformity(id, crate::dates::today())?;
        if nc.status != NcStatus::Verified {
            return Err(CoreError::conflict(format!(
                "{} 的纠正措施尚未经内审员验证有效（当前：{}），不能关闭",
                nc.number,
                nc.status.label()
            )));
        }
        self.nc_step(
            id,
            &[NcStatus::Verified],
            "关闭",
            "UPDATE nonconformity SET closed_on = ?1, status = 'closed' WHERE id = ?2",
            &[&on, &id],
        )
    }

    /// Completes the audit: every checklist line judged.
    pub fn complete_audit(
        &mut self,
        id: i64,
        summary: &str,
        conclusion: &str,
        on: Option<NaiveDate>,
    ) -> Result<Audit> {
        let a = self.audit(id)?;
        let on = validate::required_date("完成日期", on)?;
        if on < a.starts_on {
            return Err(CoreError::invalid(format!(
                "完成日期 {on} 早于审核开始日期 {}",
                a.starts_on
            )));
        }
        let unjudged = self
            .checklist(id)?
            .iter()
            .filter(|c| c.judgement.is_none())
            .count();
        if unjudged > 0 {
            return Err(CoreError::conflict(format!(
                "检查表还有 {unjudged} 条未判定，不能完成审核"
            )));
        }
        let summary = validate::required("审核综述", summary, 8000)?;
        let conclusion = validate::required("审核结论", conclusion, 4000)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE audit SET status = 'completed', completed_on = ?1, summary = ?2, conclusion = ?3, updated_at = ?4 WHERE id = ?5",
                params![on, summary, conclusion, now(), id],
            )?;
            Ok(())
        })?;
        self.audit(id)
    }

    pub fn audit_report(
        &self,
        standard: &StandardEdition,
        id: i64,
        today: NaiveDate,
    ) -> Result<AuditReport> {
        let audit = self.audit(id)?;
        let items = self.checklist(id)?;
        let ncs = self.nonconformities(Some(id), today)?;
        let count = |j: Judgement| items.iter().filter(|i| i.judgement == Some(j)).count() as u32;
        let mut dist: BTreeMap<(String, String), (u32, u32)> = BTreeMap::new();
        for n in &ncs {
            let e = dist
                .entry((n.department_name.clone(), n.clause.clone()))
                .or_default();
            match n.grade {
                Grade::Major => e.0 += 1,
                Grade::Minor => e.1 += 1,
            }
        }
        let not_applicable = self.not_applicable_clauses()?;
        let clauses_not_covered = standard
            .leaves()
            .filter(|c| !not_applicable.contains(&c.number))
            .filter(|c| !audit.scope.iter().any(|s| s.clause == c.number))
            .map(|c| c.number.clone())
            .collect();
        let departments_not_covered = self
            .departments(false)?
            .into_iter()
            .filter(|d| !audit.scope.iter().any(|s| s.department_id == d.id))
            .map(|d| d.name)
            .collect();
        let inside_operation = self.implemented_on()?.is_some_and(|s| audit.starts_on >= s);
        Ok(AuditReport {
            checklist_total: items.len() as u32,
            checklist_judged: items.iter().filter(|i| i.judgement.is_some()).count() as u32,
            conform: count(Judgement::Conform),
            observations: count(Judgement::Observation),
            major: ncs.iter().filter(|n| n.grade == Grade::Major).count() as u32,
            minor: ncs.iter().filter(|n| n.grade == Grade::Minor).count() as u32,
            distribution: dist
                .into_iter()
                .map(|((d, c), (major, minor))| DistributionCell {
                    department_name: d,
                    clause: c,
                    major,
                    minor,
                })
                .collect(),
            nonconformities: ncs,
            clauses_not_covered,
            departments_not_covered,
            inside_operation,
            audit,
        })
    }
}
