//! The audit plan (9.2): creating an audit and changing its plan while it
//! is not completed. One check serves both: qualified auditors only, a team
//! of at least two, dates inside the operation period, the scope from the
//! 职能分配表 by default, a schedule inside the audit's dates, and no
//! auditor on their own department (refused naming who and where).

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use rusqlite::{params, Transaction};

use super::audit_questions::questions;
use super::{now, Project};
use crate::catalog::StandardEdition;
use crate::dates::add_days;
use crate::error::{CoreError, Result};
use crate::model::{Audit, AuditInput, ScopeCell, SlotInput, SlotKind};
use crate::validate;

/// Name, department id and department name of each team member.
type TeamDepartments = BTreeMap<i64, (String, Option<i64>, Option<String>)>;

/// A checked plan, ready to be written.
struct Plan {
    number: String,
    leader: i64,
    team: Vec<i64>,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    scope: Vec<ScopeCell>,
    schedule: Vec<SlotInput>,
}

impl Project {
    /// Plans an audit. Refuses auditors who are not qualified, a team under
    /// two, dates outside the operation period, and anyone auditing their own department.
    pub fn create_audit(
        &mut self,
        standard: &StandardEdition,
        input: &AuditInput,
    ) -> Result<Audit> {
        let plan = self.check_plan(standard, input, None)?;
        let questions = questions(self.conn(), standard, &plan.scope)?;
        let id = self.write(|tx| {
            let t = now();
            tx.execute(
                "INSERT INTO audit (number, purpose, criteria, leader_id, starts_on, ends_on, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
                params![plan.number, input.purpose.trim(), input.criteria.trim(), plan.leader, plan.starts_on, plan.ends_on, t],
            )
            .map_err(|e| number_taken(e, &plan.number))?;
            let id = tx.last_insert_rowid();
            write_plan(tx, id, &plan)?;
            insert_questions(tx, id, &questions)?;
            Ok(id)
        })?;
        self.audit(id)
    }

    /// Changes the plan of an audit not yet completed: number, purpose,
    /// criteria, dates, team, scope and schedule, checked as when created.
    /// Checklist lines of cells added to the scope are generated; those of
    /// cells taken out are removed, unless they already hold a judgement,
    /// an observation or a nonconformity (then the change is refused).
    pub fn update_audit(
        &mut self,
        standard: &StandardEdition,
        id: i64,
        input: &AuditInput,
    ) -> Result<Audit> {
        let current = self.audit(id)?;
        if current.completed {
            return Err(CoreError::conflict(format!(
                "{} 已完成，审核计划不能再修改",
                current.number
            )));
        }
        let plan = self.check_plan(standard, input, Some(&current.number))?;
        let before: BTreeSet<(i64, String)> = current
            .scope
            .iter()
            .map(|c| (c.department_id, c.clause.clone()))
            .collect();
        let after: BTreeSet<(i64, String)> = plan
            .scope
            .iter()
            .map(|c| (c.department_id, c.clause.clone()))
            .collect();
        let removed: Vec<&(i64, String)> = before.difference(&after).collect();
        for (dep, clause) in &removed {
            let (recorded, ncs): (i64, i64) = self.conn().query_row(
                "SELECT (SELECT count(*) FROM checklist_item WHERE audit_id = ?1 AND department_id = ?2 AND clause = ?3
                           AND (judgement IS NOT NULL OR observed <> '')),
                        (SELECT count(*) FROM nonconformity WHERE audit_id = ?1 AND department_id = ?2 AND clause = ?3)",
                params![id, dep, clause],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            if recorded + ncs > 0 {
                return Err(CoreError::conflict(format!(
                    "“{}”的条款 {} 已有{}，不能移出审核范围",
                    self.department(*dep)?.name,
                    standard.number_of(clause),
                    if ncs > 0 {
                        "不符合项"
                    } else {
                        "检查记录"
                    }
                )));
            }
        }
        let added: Vec<ScopeCell> = plan
            .scope
            .iter()
            .filter(|c| !before.contains(&(c.department_id, c.clause.clone())))
            .cloned()
            .collect();
        let questions = questions(self.conn(), standard, &added)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE audit SET number = ?1, purpose = ?2, criteria = ?3, leader_id = ?4, starts_on = ?5, ends_on = ?6,
                        updated_at = ?7 WHERE id = ?8",
                params![plan.number, input.purpose.trim(), input.criteria.trim(), plan.leader, plan.starts_on, plan.ends_on, now(), id],
            )
            .map_err(|e| number_taken(e, &plan.number))?;
            for table in ["audit_auditor", "audit_scope", "audit_slot"] {
                tx.execute(&format!("DELETE FROM {table} WHERE audit_id = ?1"), [id])?;
            }
            for (dep, clause) in &removed {
                tx.execute(
                    "DELETE FROM checklist_item WHERE audit_id = ?1 AND department_id = ?2 AND clause = ?3",
                    params![id, dep, clause],
                )?;
            }
            write_plan(tx, id, &plan)?;
            insert_questions(tx, id, &questions)?;
            sort_checklist(tx, standard, id)
        })?;
        self.audit(id)
    }

    /// Checks a plan; `current` is the number of the audit being changed
    /// (kept when the input leaves the number empty).
    fn check_plan(
        &self,
        standard: &StandardEdition,
        input: &AuditInput,
        current: Option<&str>,
    ) -> Result<Plan> {
        let starts_on = validate::required_date("审核开始日期", input.starts_on)?;
        let ends_on = validate::required_date("审核结束日期", input.ends_on)?;
        if ends_on < starts_on {
            return Err(CoreError::invalid(format!(
                "审核结束日期 {ends_on} 早于开始日期 {starts_on}"
            )));
        }
        let implemented = self
            .implemented_on()?
            .ok_or_else(|| CoreError::conflict("体系尚未发布实施：内部审核须在体系运行期内进行"))?;
        if starts_on < implemented {
            return Err(CoreError::invalid(format!(
                "审核开始日期 {starts_on} 早于体系实施日期 {implemented}：内部审核须在体系运行期内进行"
            )));
        }
        let number = match (validate::optional("审核编号", &input.number, 30)?, current) {
            (n, Some(current)) if n.is_empty() => current.to_string(),
            (n, None) if n.is_empty() => self.next_audit_number(starts_on.year())?,
            (n, _) => n,
        };
        let leader = input
            .leader_id
            .ok_or_else(|| CoreError::invalid("请指定审核组长"))?;
        let mut team: Vec<i64> = vec![leader];
        for a in &input.auditor_ids {
            if !team.contains(a) {
                team.push(*a);
            }
        }
        let dept_of = self.check_team(&team)?;
        let scope = self.check_scope(standard, &input.scope)?;
        let departments: Vec<i64> = scope
            .iter()
            .map(|c| c.department_id)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let schedule = if input.schedule.is_empty() {
            default_schedule(&departments, &team, &dept_of, starts_on, ends_on, |d| {
                self.department(d).map(|x| x.name)
            })?
        } else {
            input.schedule.clone()
        };
        self.check_schedule(&schedule, &dept_of, starts_on, ends_on)?;
        Ok(Plan {
            number,
            leader,
            team,
            starts_on,
            ends_on,
            scope,
            schedule,
        })
    }

    /// Every member a qualified internal auditor, at least two.
    fn check_team(&self, team: &[i64]) -> Result<TeamDepartments> {
        let auditors = self.auditor_overview()?.auditors;
        let mut dept_of = TeamDepartments::new();
        for id in team {
            let p = self.person(*id)?;
            match auditors.iter().find(|a| a.person_id == *id) {
                Some(a) if a.qualified => {}
                _ => {
                    return Err(CoreError::conflict(format!(
                        "{} 不是合格内审员，不能参加内部审核",
                        p.name
                    )))
                }
            }
            dept_of.insert(
                *id,
                (p.name.clone(), p.department_id, p.department_name.clone()),
            );
        }
        if team.len() < 2 {
            return Err(CoreError::conflict(
                "审核组至少需要两名合格内审员（含组长）",
            ));
        }
        Ok(dept_of)
    }

    /// The scope as given (leaf clauses, existing departments), or every
    /// applicable clause × department of the 职能分配表 when empty.
    fn check_scope(
        &self,
        standard: &StandardEdition,
        given: &[ScopeCell],
    ) -> Result<Vec<ScopeCell>> {
        if !given.is_empty() {
            for c in given {
                if !standard.is_leaf(&c.clause) {
                    return Err(CoreError::invalid(format!(
                        "条款 {} 不是 {} 的末级条款",
                        c.clause, standard.id
                    )));
                }
                self.department(c.department_id)?;
            }
            let mut seen = BTreeSet::new();
            return Ok(given
                .iter()
                .filter(|c| seen.insert((c.department_id, c.clause.clone())))
                .cloned()
                .collect());
        }
        let not_applicable = self.not_applicable_clauses()?;
        let cells: Vec<ScopeCell> = self
            .allocation()?
            .into_iter()
            .filter(|c| !not_applicable.contains(&c.clause))
            .map(|c| ScopeCell {
                department_id: c.department_id,
                clause: c.clause,
            })
            .collect();
        if cells.is_empty() {
            return Err(CoreError::conflict(
                "职能分配表为空：请先在“体系文件 → 职能分配表”中分配，或手动选择审核范围",
            ));
        }
        Ok(cells)
    }

    /// Dates inside the audit, an auditor on every department slot, and
    /// nobody on their own department.
    fn check_schedule(
        &self,
        schedule: &[SlotInput],
        dept_of: &TeamDepartments,
        starts_on: NaiveDate,
        ends_on: NaiveDate,
    ) -> Result<()> {
        for s in schedule {
            let on = validate::required_date("日程日期", s.on_date)?;
            if on < starts_on || on > ends_on {
                return Err(CoreError::invalid(format!(
                    "日程日期 {on} 不在审核期间 {starts_on} 至 {ends_on} 内"
                )));
            }
            if s.kind != SlotKind::Department {
                continue;
            }
            let dep = s
                .department_id
                .ok_or_else(|| CoreError::invalid("部门审核日程须指定部门"))?;
            if s.auditor_ids.is_empty() {
                let name = self.department(dep)?.name;
                return Err(CoreError::invalid(format!(
                    "“{name}”的审核日程未安排内审员"
                )));
            }
            for a in &s.auditor_ids {
                let (name, own, own_name) = dept_of
                    .get(a)
                    .cloned()
                    .ok_or_else(|| CoreError::invalid("日程中的内审员不在审核组中"))?;
                if own == Some(dep) {
                    return Err(CoreError::conflict(format!(
                        "内审员不能审核本部门：{name}（{}）被安排审核“{}”",
                        own_name.unwrap_or_default(),
                        self.department(dep)?.name
                    )));
                }
            }
        }
        Ok(())
    }
}

fn number_taken(e: rusqlite::Error, number: &str) -> CoreError {
    match e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            CoreError::conflict(format!("审核编号 {number} 已存在"))
        }
        other => other.into(),
    }
}

/// Team, scope and schedule of audit `id` (their old rows already removed).
fn write_plan(tx: &Transaction, id: i64, plan: &Plan) -> Result<()> {
    for p in &plan.team {
        tx.execute(
            "INSERT INTO audit_auditor (audit_id, person_id) VALUES (?1, ?2)",
            params![id, p],
        )?;
    }
    for c in &plan.scope {
        tx.execute(
            "INSERT OR IGNORE INTO audit_scope (audit_id, department_id, clause) VALUES (?1, ?2, ?3)",
            params![id, c.department_id, c.clause],
        )?;
    }
    for (i, s) in plan.schedule.iter().enumerate() {
        tx.execute(
            "INSERT INTO audit_slot (audit_id, kind, department_id, on_date, time_range, sort_order) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![id, s.kind.code(), s.department_id, s.on_date, s.time_range, i as i64],
        )?;
        let slot = tx.last_insert_rowid();
        for a in &s.auditor_ids {
            tx.execute(
                "INSERT INTO audit_slot_auditor (slot_id, person_id) VALUES (?1, ?2)",
                params![slot, a],
            )?;
        }
    }
    Ok(())
}

/// Puts the checklist lines of audit `id` in the standard's clause order
/// (lines added by a change of scope would otherwise trail behind).
fn sort_checklist(tx: &Transaction, standard: &StandardEdition, id: i64) -> Result<()> {
    let order: BTreeMap<&str, usize> = standard
        .leaves()
        .enumerate()
        .map(|(i, l)| (l.key.as_str(), i))
        .collect();
    let mut st = tx.prepare(
        "SELECT id, clause, sort_order FROM checklist_item WHERE audit_id = ?1 ORDER BY id",
    )?;
    let mut lines: Vec<(i64, String, i64)> = st
        .query_map([id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    lines.sort_by_key(|(line, clause, _)| (order.get(clause.as_str()).copied(), *line));
    // Only the lines that move are written (each write is in the change log).
    for (i, (line, _, old)) in lines.iter().enumerate() {
        if *old != i as i64 {
            tx.execute(
                "UPDATE checklist_item SET sort_order = ?1 WHERE id = ?2",
                params![i as i64, line],
            )?;
        }
    }
    Ok(())
}

fn insert_questions(tx: &Transaction, id: i64, questions: &[(i64, String, String)]) -> Result<()> {
    for (i, (dep, clause, q)) in questions.iter().enumerate() {
        tx.execute(
            "INSERT INTO checklist_item (audit_id, department_id, clause, question, sort_order) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, dep, clause, q, i as i64],
        )?;
    }
    Ok(())
}

/// Opening meeting, one slot per department (two auditors from elsewhere), closing meeting.
fn default_schedule(
    departments: &[i64],
    team: &[i64],
    dept_of: &TeamDepartments,
    starts_on: NaiveDate,
    ends_on: NaiveDate,
    name_of: impl Fn(i64) -> Result<String>,
) -> Result<Vec<SlotInput>> {
    let days = (ends_on - starts_on).num_days().max(0) + 1;
    let mut out = vec![SlotInput {
        kind: SlotKind::Opening,
        department_id: None,
        on_date: Some(starts_on),
        time_range: "08:30-09:00".into(),
        auditor_ids: team.to_vec(),
    }];
    let per_day = ((departments.len() as i64 + days - 1) / days).max(1);
    for (i, dep) in departments.iter().enumerate() {
        let eligible: Vec<i64> = team
            .iter()
            .copied()
            .filter(|a| dept_of.get(a).and_then(|x| x.1) != Some(*dep))
            .collect();
        if eligible.is_empty() {
            return Err(CoreError::conflict(format!(
                "审核组成员都来自“{}”，无人可独立审核该部门：请增加其他部门的内审员",
                name_of(*dep)?
            )));
        }
        let pick: Vec<i64> = (0..eligible.len().min(2))
            .map(|k| eligible[(i + k) % eligible.len()])
            .collect();
        let day = add_days(starts_on, (i as i64 / per_day).min(days - 1));
        let slot_in_day = i as i64 % per_day;
        out.push(SlotInput {
            kind: SlotKind::Department,
            department_id: Some(*dep),
            on_date: Some(day),
            time_range: format!(
                "{:02}:00-{:02}:00",
                9 + slot_in_day * 2 % 8,
                10 + slot_in_day * 2 % 8
            ),
            auditor_ids: pick,
        });
    }
    out.push(SlotInput {
        kind: SlotKind::Closing,
        department_id: None,
        on_date: Some(ends_on),
        time_range: "16:30-17:00".into(),
        auditor_ids: team.to_vec(),
    });
    Ok(out)
}
