//! Internal audits (9.2): plan with scope and schedule (independence
//! enforced, in `audit_plan.rs`), checklists, completion and the report.
//! Nonconformities and their corrective actions are in `nonconformity.rs`.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::{now, Project};
use crate::catalog::StandardEdition;
use crate::error::{CoreError, Result};
use crate::model::{
    Audit, AuditCompletionInput, AuditReport, ChecklistItem, ChecklistJudgementInput,
    DistributionCell, Grade, Judgement, ScopeCell, Slot, SlotKind,
};
use crate::validate;

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
                    kind: SlotKind::from_code(&kind).unwrap_or(SlotKind::Department),
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
    /// Why the audit cannot be deleted: its nonconformities must be kept, and so must a completed audit.
    pub(super) fn audit_delete_refusal(&self, id: i64) -> Result<Option<String>> {
        let a = self.audit(id)?;
        let ncs: i64 = self.conn().query_row(
            "SELECT count(*) FROM nonconformity WHERE audit_id = ?1",
            [id],
            |r| r.get(0),
        )?;
        if ncs > 0 {
            return Ok(Some(format!(
                "{} 已有 {ncs} 个不符合项，不能删除；审核记录须保留",
                a.number
            )));
        }
        if a.completed {
            return Ok(Some(format!("{} 已完成，不能删除", a.number)));
        }
        Ok(None)
    }

    pub fn delete_audit(&mut self, id: i64) -> Result<()> {
        if let Some(why) = self.audit_delete_refusal(id)? {
            return Err(CoreError::conflict(why));
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

    pub fn judge_checklist_item(&mut self, id: i64, input: &ChecklistJudgementInput) -> Result<()> {
        let judgement = input.judgement;
        let question = validate::required("审核内容", &input.question, 1000)?;
        let observed = validate::optional("审核记录", &input.observed, 4000)?;
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

    /// Why the audit cannot be completed yet: it already is, or lines are unjudged.
    pub(super) fn audit_complete_refusal(&self, id: i64) -> Result<Option<String>> {
        let a = self.audit(id)?;
        if a.completed {
            return Ok(Some(format!(
                "{} 已于 {} 完成",
                a.number,
                a.completed_on.map(|d| d.to_string()).unwrap_or_default()
            )));
        }
        let unjudged = self
            .checklist(id)?
            .iter()
            .filter(|c| c.judgement.is_none())
            .count();
        Ok((unjudged > 0).then(|| format!("检查表还有 {unjudged} 条未判定，不能完成审核")))
    }

    /// Judges every line of one department not judged yet 符合 (the auditor
    /// has confirmed it); lines already judged keep their judgement. Returns
    /// how many lines were judged.
    pub fn judge_rest_conform(&mut self, audit_id: i64, department_id: i64) -> Result<usize> {
        let a = self.audit(audit_id)?;
        if a.completed {
            return Err(CoreError::conflict(format!(
                "{} 已完成，检查表不能再修改",
                a.number
            )));
        }
        self.write(|tx| {
            Ok(tx.execute(
                "UPDATE checklist_item SET judgement = ?1 WHERE audit_id = ?2 AND department_id = ?3 AND judgement IS NULL",
                params![Judgement::Conform.code(), audit_id, department_id],
            )?)
        })
    }

    /// Completes the audit: every checklist line judged.
    pub fn complete_audit(&mut self, id: i64, input: &AuditCompletionInput) -> Result<Audit> {
        let a = self.audit(id)?;
        let on = validate::required_date("完成日期", input.on)?;
        if on < a.starts_on {
            return Err(CoreError::invalid(format!(
                "完成日期 {on} 早于审核开始日期 {}",
                a.starts_on
            )));
        }
        if let Some(why) = self.audit_complete_refusal(id)? {
            return Err(CoreError::conflict(why));
        }
        let summary = validate::required("审核综述", &input.summary, 8000)?;
        let conclusion = validate::required("审核结论", &input.conclusion, 4000)?;
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
            .filter(|c| !not_applicable.contains(&c.key))
            .filter(|c| !audit.scope.iter().any(|s| s.clause == c.key))
            .map(|c| c.key.clone())
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
