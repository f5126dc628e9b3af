//! Gap diagnosis against every leaf clause of the edition in use, with
//! evidence (dated when produced) and actions that land in the plan.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::{attachments, now, plan, Project};
use crate::catalog::StandardEdition;
use crate::dates::{add_days, today};
use crate::error::{CoreError, Result};
use crate::model::{
    ActionInput, ChapterProgress, ClauseDiagnosis, DiagnosisInput, DiagnosisOverview,
    DiagnosisResult, Evidence, EvidenceInput, PlanTask,
};
use crate::validate;

fn leaf<'a>(standard: &'a StandardEdition, clause: &str) -> Result<&'a crate::catalog::Clause> {
    let c = standard
        .clause(clause)
        .ok_or_else(|| CoreError::invalid(format!("条款 {clause} 不在 {} 中", standard.id)))?;
    if !standard.is_leaf(&c.key) {
        return Err(CoreError::invalid(format!(
            "条款 {clause}“{}”下还有子条款，请对子条款逐条诊断",
            c.title
        )));
    }
    Ok(c)
}

impl Project {
    pub fn save_diagnosis(
        &mut self,
        standard: &StandardEdition,
        clause: &str,
        input: &DiagnosisInput,
    ) -> Result<()> {
        leaf(standard, clause)?;
        let result = input
            .result
            .ok_or_else(|| CoreError::invalid("请选择诊断结论"))?;
        let reason = validate::optional("不适用理由", &input.reason, 1000)?;
        if result == DiagnosisResult::NotApplicable && reason.is_empty() {
            return Err(CoreError::invalid(format!(
                "条款 {clause} 判为不适用时，请填写不适用的理由"
            )));
        }
        let practice = validate::optional("现状", &input.current_practice, 4000)?;
        let gap = validate::optional("差距", &input.gap, 4000)?;
        self.write(|tx| {
            tx.execute(
                "INSERT INTO diagnosis (clause, result, reason, current_practice, gap, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (clause) DO UPDATE SET result = ?2, reason = ?3, current_practice = ?4, gap = ?5, updated_at = ?6",
                params![clause, result.code(), reason, practice, gap, now()],
            )?;
            Ok(())
        })
    }

    pub fn add_evidence(
        &mut self,
        standard: &StandardEdition,
        clause: &str,
        input: &EvidenceInput,
    ) -> Result<Evidence> {
        leaf(standard, clause)?;
        let produced_on = validate::required_date("证据形成日期", input.produced_on)?;
        if produced_on > today() {
            return Err(CoreError::invalid(format!(
                "证据形成日期 {produced_on} 晚于今天"
            )));
        }
        let note = validate::optional("说明", &input.note, 500)?;
        let id = self.write(|tx| {
            attachments::check(tx, Some(input.attachment_id))?;
            tx.execute(
                "INSERT INTO diagnosis_evidence (clause, attachment_id, produced_on, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![clause, input.attachment_id, produced_on, note, now()],
            )?;
            Ok(tx.last_insert_rowid())
        })?;
        Ok(Evidence {
            id,
            attachment: self.attachment(input.attachment_id)?,
            produced_on,
            note,
        })
    }

    pub fn remove_evidence(&mut self, id: i64) -> Result<()> {
        self.write(|tx| {
            if tx.execute("DELETE FROM diagnosis_evidence WHERE id = ?1", [id])? == 0 {
                return Err(CoreError::not_found(format!("证据（编号 {id}）不存在")));
            }
            Ok(())
        })
    }

    /// Adds an action for a clause: a plan task in the implementation stage.
    pub fn add_diagnosis_action(
        &mut self,
        standard: &StandardEdition,
        program: &crate::catalog::ProgramProfile,
        clause: &str,
        input: &ActionInput,
    ) -> Result<PlanTask> {
        let c = leaf(standard, clause)?;
        let due = validate::required_date("完成期限", input.due_on)?;
        let title = validate::required("整改措施", &input.title, 100)?;
        let start = add_days(due, -14).min(today()).max(add_days(due, -60));
        let task = self.create_plan_task(
            &crate::model::PlanTaskInput {
                stage: if program.has_stage("implementation") {
                    "implementation".to_string()
                } else {
                    program.stages[0].id.clone()
                },
                title: format!("{} {}：{title}", c.number, c.title),
                owner_person_id: input.owner_person_id,
                owner_department_id: input.owner_department_id,
                planned_start: Some(start.min(due)),
                planned_end: Some(due),
                ..Default::default()
            },
            program,
        )?;
        self.write(|tx| {
            tx.execute(
                "UPDATE plan_task SET clause = ?1 WHERE id = ?2",
                params![clause, task.id],
            )?;
            Ok(())
        })?;
        self.plan_task(task.id, program)
    }

    pub fn diagnosis(
        &self,
        standard: &StandardEdition,
        today: NaiveDate,
    ) -> Result<DiagnosisOverview> {
        let mut clauses = Vec::new();
        for c in standard.leaves() {
            let d: Option<(String, String, String, String)> = self
                .conn()
                .query_row(
                    "SELECT result, reason, current_practice, gap FROM diagnosis WHERE clause = ?1",
                    [&c.key],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
                )
                .optional()?;
            let mut st = self.conn().prepare(
                "SELECT id, attachment_id, produced_on, note FROM diagnosis_evidence WHERE clause = ?1 ORDER BY produced_on, id",
            )?;
            let ev: Vec<(i64, i64, NaiveDate, String)> = st
                .query_map([&c.key], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
                })?
                .collect::<rusqlite::Result<_>>()?;
            let mut evidence = Vec::new();
            for (id, att, produced_on, note) in ev {
                evidence.push(Evidence {
                    id,
                    attachment: self.attachment(att)?,
                    produced_on,
                    note,
                });
            }
            let mut st = self.conn().prepare(&format!(
                "{} WHERE t.clause = ?1 ORDER BY t.planned_end",
                plan::SELECT
            ))?;
            let actions: Vec<PlanTask> = st
                .query_map([&c.key], |r| plan::row(r, today))?
                .collect::<rusqlite::Result<_>>()?;
            let (result, reason, practice, gap) = match d {
                Some((r, a, b, g)) => (DiagnosisResult::from_code(&r), a, b, g),
                None => (None, String::new(), String::new(), String::new()),
            };
            clauses.push(ClauseDiagnosis {
                clause: c.key.clone(),
                number: c.number.clone(),
                title: c.title.clone(),
                chapter: standard
                    .chapter_of(&c.key)
                    .map(|ch| ch.key.clone())
                    .unwrap_or_default(),
                result,
                reason,
                current_practice: practice,
                gap,
                evidence,
                actions,
            });
        }
        let chapters = standard
            .clauses
            .iter()
            .filter(|c| c.level == 1)
            .map(|ch| {
                let of: Vec<&ClauseDiagnosis> =
                    clauses.iter().filter(|c| c.chapter == ch.key).collect();
                ChapterProgress {
                    chapter: ch.key.clone(),
                    number: ch.number.clone(),
                    title: ch.title.clone(),
                    total: of.len() as u32,
                    assessed: of.iter().filter(|c| c.result.is_some()).count() as u32,
                }
            })
            .collect();
        let unassessed: Vec<String> = clauses
            .iter()
            .filter(|c| c.result.is_none())
            .map(|c| c.clause.clone())
            .collect();
        Ok(DiagnosisOverview {
            total: clauses.len() as u32,
            assessed: (clauses.len() - unassessed.len()) as u32,
            unassessed,
            chapters,
            clauses,
        })
    }

    /// Leaf clauses judged 不适用 (everything else is applicable).
    pub fn not_applicable_clauses(&self) -> Result<Vec<String>> {
        let mut st = self.conn().prepare(
            "SELECT clause FROM diagnosis WHERE result = 'not_applicable' ORDER BY clause",
        )?;
        let v = st
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }
}
