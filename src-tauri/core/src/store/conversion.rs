//! 换版: a project on one edition converted to its successor (2013 → 2023),
//! after a backup, in one transaction. Everything is read and planned
//! first; then the writes land together or not at all.
//!
//! - Diagnosis: a new clause gets what its old counterparts had — the
//!   weakest result among them (不适用 only when all were), their texts, and
//!   every piece of evidence; a clause with no counterpart starts unassessed.
//! - Documents: see `conversion_documents.rs`.
//! - Clause-keyed records move to the new keys: the clauses documents
//!   cover, 职能分配 (lead wins), the scope, checklist and nonconformities
//!   of audits not yet completed, plan tasks, operation problems, and a
//!   本期未发生 statement where every counterpart of a new clause had one.
//!   Completed audits, their checklists and nonconformities are history on
//!   the old edition and stay as they were.
//! - Each clause with no counterpart becomes a plan task (new work).
//! - The conversion (route, deadline, backup) is recorded, and the
//!   project's edition set.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use rusqlite::{params, Transaction};

use super::backup::{BackupReason, BackupStore};
use super::conversion_documents::DocumentPlan;
use super::documents::insert_draft;
use super::{now, tmp_sibling, Project};
use crate::catalog::correspondence::Correspondence;
use crate::catalog::{Catalog, StandardEdition};
use crate::dates::{add_days, today};
use crate::error::{CoreError, Result};
use crate::model::{
    ConversionInput, ConversionReport, ConversionRoute, DiagnosisResult, EditionConversion,
};

/// A diagnosis row as stored.
struct OldDiagnosis {
    clause: String,
    result: DiagnosisResult,
    reason: String,
    practice: String,
    gap: String,
}

/// The new clause's diagnosis from its counterparts'.
fn merge_diagnoses(from: &StandardEdition, olds: &[&OldDiagnosis]) -> Option<OldDiagnosis> {
    let weakest = |r: DiagnosisResult| match r {
        DiagnosisResult::Nonconform => 0,
        DiagnosisResult::Partial => 1,
        DiagnosisResult::Conform => 2,
        DiagnosisResult::NotApplicable => 3,
    };
    let result = olds.iter().map(|o| o.result).min_by_key(|r| weakest(*r))?;
    let join = |f: &dyn Fn(&OldDiagnosis) -> &str| -> String {
        let parts: Vec<&&OldDiagnosis> = olds.iter().filter(|o| !f(o).trim().is_empty()).collect();
        match parts.as_slice() {
            [one] if olds.len() == 1 => f(one).to_string(),
            _ => parts
                .iter()
                .map(|o| format!("〔原 {}〕{}", from.label(&o.clause), f(o)))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    };
    Some(OldDiagnosis {
        clause: String::new(),
        result,
        reason: join(&|o| &o.reason),
        practice: join(&|o| &o.practice),
        gap: join(&|o| &o.gap),
    })
}

impl Project {
    /// 换版: converts this project to `input.to` (the edition after its own),
    /// after a backup into `backups` (beside the file when there is none).
    pub fn convert_edition(
        &mut self,
        catalog: &Catalog,
        input: &ConversionInput,
        backups: Option<&BackupStore>,
    ) -> Result<ConversionReport> {
        // The project's own table (corrected against the official text, if it was).
        let from = self.standard(catalog)?;
        let from: &StandardEdition = &from;
        let to = catalog
            .standards
            .iter()
            .find(|s| s.id == input.to.trim() || s.code == input.to.trim())
            .ok_or_else(|| {
                CoreError::invalid(format!(
                    "没有标准版本“{}”（可选：{}）",
                    input.to,
                    catalog
                        .standards
                        .iter()
                        .map(|s| s.code.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                ))
            })?;
        if to.id == from.id {
            return Err(CoreError::conflict(format!(
                "项目已按 {} 建立，无需换版",
                to.id
            )));
        }
        if from.successor.as_deref() != Some(to.id.as_str()) {
            return Err(CoreError::invalid(format!(
                "{} 的项目不能转换为 {}：只能转换为它的后续版本{}",
                from.id,
                to.id,
                from.successor
                    .as_ref()
                    .map(|s| format!(" {s}"))
                    .unwrap_or_else(|| "（它没有后续版本）".into())
            )));
        }
        let on = today();
        let deadline = input.deadline.or(from.certificates_until);
        let corr = Correspondence::between(from, to);
        let program = self.program(catalog)?;
        let docs = self.plan_documents(from, to, &corr, &program)?;
        let diagnoses = self.old_diagnoses()?;
        let lead = self.organisation()?.lead_department_id;
        let stage = if program.has_stage("implementation") || program.stages.is_empty() {
            "implementation".to_string()
        } else {
            program.stages[0].id.clone()
        };

        let mut warnings = Vec::new();
        if !program.is_none() && !program.accepted_editions.contains(&to.id) {
            warnings.push(format!(
                "贯标计划“{}”不受理 {} 的认证或验收：请在“贯标计划”页改用当年的计划，或选择不参加政府贯标计划",
                program.name, to.id
            ));
        }
        if let Some(d) = deadline.filter(|d| *d < on) {
            warnings.push(format!(
                "转换截止日期 {d} 已过：未按期转换的 {} 证书可能已被暂停或撤销，请向认证机构确认",
                from.id
            ));
        }
        let backup = match backups {
            Some(store) => PathBuf::from(
                store
                    .write(&self.conn, &self.path, BackupReason::BeforeConversion)
                    .map_err(|e| {
                        CoreError::storage(format!("换版前备份失败，未换版：{}", e.message))
                    })?
                    .path,
            ),
            None => self.backup_beside(&to.code)?,
        };
        let route = input.route;
        let backup_file = backup.to_string_lossy().to_string();
        let from_id = from.id.clone();
        let to_id = to.id.clone();
        let mut report = self.write(|tx| {
            let mut r = ConversionReport {
                conversion: EditionConversion {
                    id: 0,
                    from_edition: from_id.clone(),
                    to_edition: to_id.clone(),
                    route,
                    deadline,
                    converted_on: on,
                    backup_file: backup_file.clone(),
                },
                diagnoses_carried: 0,
                new_clauses: Vec::new(),
                evidence_carried: 0,
                documents_archived: 0,
                documents_created: 0,
                documents_kept_text: Vec::new(),
                records_remapped: 0,
                plan_tasks_added: 0,
                warnings: Vec::new(),
            };
            carry_diagnoses(tx, from, &corr, &diagnoses, &mut r)?;
            remap_records(tx, &corr, &mut r)?;
            convert_documents(tx, &docs, on, &mut r)?;
            add_new_work(tx, to, &corr, &stage, lead, on, deadline, &mut r)?;
            tx.execute(
                "UPDATE enterprise SET standard_edition = ?1, updated_at = ?2 WHERE id = 1",
                params![to_id, now()],
            )?;
            let summary = serde_json::json!({
                "diagnoses_carried": r.diagnoses_carried,
                "new_clauses": r.new_clauses.len(),
                "documents_archived": r.documents_archived,
                "documents_created": r.documents_created,
                "documents_kept_text": r.documents_kept_text.len(),
                "records_remapped": r.records_remapped,
                "plan_tasks_added": r.plan_tasks_added,
            });
            tx.execute(
                "INSERT INTO edition_conversion (from_edition, to_edition, route, deadline, converted_on, backup_file, summary, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![from_id, to_id, route.map(ConversionRoute::code), deadline, on, backup_file,
                        summary.to_string(), now()],
            )?;
            r.conversion.id = tx.last_insert_rowid();
            Ok(r)
        })?;
        warnings.append(&mut report.warnings);
        report.warnings = warnings;
        Ok(report)
    }

    /// The conversions this project went through, oldest first.
    pub fn edition_conversions(&self) -> Result<Vec<EditionConversion>> {
        let mut st = self.conn().prepare(
            "SELECT id, from_edition, to_edition, route, deadline, converted_on, backup_file
               FROM edition_conversion ORDER BY id",
        )?;
        let rows = st
            .query_map([], |r| {
                let route: Option<String> = r.get(3)?;
                Ok(EditionConversion {
                    id: r.get(0)?,
                    from_edition: r.get(1)?,
                    to_edition: r.get(2)?,
                    route: route.as_deref().and_then(ConversionRoute::from_code),
                    deadline: r.get(4)?,
                    converted_on: r.get(5)?,
                    backup_file: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    fn old_diagnoses(&self) -> Result<Vec<OldDiagnosis>> {
        let mut st = self
            .conn()
            .prepare("SELECT clause, result, reason, current_practice, gap FROM diagnosis")?;
        let rows = st
            .query_map([], |r| {
                let result: String = r.get(1)?;
                Ok(OldDiagnosis {
                    clause: r.get(0)?,
                    result: DiagnosisResult::from_code(&result)
                        .unwrap_or(DiagnosisResult::Nonconform),
                    reason: r.get(2)?,
                    practice: r.get(3)?,
                    gap: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(rows)
    }

    /// `<name>.before-<edition>-<time>.bak.gbproj` beside the file.
    fn backup_beside(&self, to_code: &str) -> Result<PathBuf> {
        let stem = self.path.file_stem().unwrap_or_default().to_string_lossy();
        let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
        let target: PathBuf = self
            .path
            .with_file_name(format!("{stem}.before-{to_code}-{stamp}.bak.gbproj"));
        let tmp = tmp_sibling(&target);
        let _ = std::fs::remove_file(&tmp);
        super::sqlite_file::copy_to(&self.conn, &tmp)
            .map_err(|e| CoreError::storage(format!("换版前备份失败，未换版：{e}")))?;
        std::fs::rename(&tmp, &target)?;
        Ok(Path::new(&target).to_path_buf())
    }
}

fn carry_diagnoses(
    tx: &Transaction,
    from: &StandardEdition,
    corr: &Correspondence,
    olds: &[OldDiagnosis],
    r: &mut ConversionReport,
) -> Result<()> {
    let ts = now();
    for (new, previous) in corr.pairs() {
        if previous.is_empty() {
            r.new_clauses.push(new.clone());
            continue;
        }
        let had: Vec<&OldDiagnosis> = olds
            .iter()
            .filter(|o| previous.contains(&o.clause))
            .collect();
        let Some(d) = merge_diagnoses(from, &had) else {
            continue;
        };
        tx.execute(
            "INSERT INTO diagnosis (clause, result, reason, current_practice, gap, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (clause) DO NOTHING",
            params![new, d.result.code(), d.reason, d.practice, d.gap, ts],
        )?;
        r.diagnoses_carried += 1;
    }
    // The old rows are carried in the new ones' texts (and kept in the backup).
    for o in olds {
        if !corr.successors(&o.clause).is_empty() {
            tx.execute("DELETE FROM diagnosis WHERE clause = ?1", [&o.clause])?;
        }
    }
    // Evidence: on the first successor, and a copy on each other one.
    let evidence: Vec<(i64, String)> = {
        let mut st = tx.prepare("SELECT id, clause FROM diagnosis_evidence")?;
        let v = st
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        v
    };
    for (id, clause) in evidence {
        let succ = corr.successors(&clause);
        let Some((first, rest)) = succ.split_first() else {
            continue;
        };
        tx.execute(
            "UPDATE diagnosis_evidence SET clause = ?1 WHERE id = ?2",
            params![first, id],
        )?;
        for n in rest {
            tx.execute(
                "INSERT INTO diagnosis_evidence (clause, attachment_id, produced_on, note, created_at)
                 SELECT ?1, attachment_id, produced_on, note, ?2 FROM diagnosis_evidence WHERE id = ?3",
                params![n, ts, id],
            )?;
        }
        r.evidence_carried += succ.len() as u32;
    }
    Ok(())
}

/// Every distinct old key in `sql`'s first column that has successors.
fn old_keys(
    tx: &Transaction,
    sql: &str,
    corr: &Correspondence,
) -> Result<Vec<(String, Vec<String>)>> {
    let mut st = tx.prepare(sql)?;
    let keys = st
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(keys
        .into_iter()
        .map(|k| {
            let s = corr.successors(&k);
            (k, s)
        })
        .filter(|(_, s)| !s.is_empty())
        .collect())
}

fn remap_records(tx: &Transaction, corr: &Correspondence, r: &mut ConversionReport) -> Result<()> {
    let mut n = 0usize;
    for (old, succ) in old_keys(tx, "SELECT DISTINCT clause FROM document_clause", corr)? {
        for s in &succ {
            tx.execute(
                "INSERT INTO document_clause (document_id, clause)
                 SELECT document_id, ?1 FROM document_clause WHERE clause = ?2 ON CONFLICT DO NOTHING",
                params![s, old],
            )?;
        }
        n += tx.execute("DELETE FROM document_clause WHERE clause = ?1", [&old])?;
    }
    for (old, succ) in old_keys(tx, "SELECT DISTINCT clause FROM function_allocation", corr)? {
        for s in &succ {
            tx.execute(
                "INSERT INTO function_allocation (department_id, clause, role)
                 SELECT department_id, ?1, role FROM function_allocation WHERE clause = ?2
                 ON CONFLICT (department_id, clause) DO UPDATE SET role =
                    CASE WHEN excluded.role = 'lead' OR function_allocation.role = 'lead' THEN 'lead' ELSE 'support' END",
                params![s, old],
            )?;
        }
        n += tx.execute("DELETE FROM function_allocation WHERE clause = ?1", [&old])?;
    }
    // Audits not yet completed are planned against the new edition.
    const OPEN: &str = "audit_id IN (SELECT id FROM audit WHERE status <> 'completed')";
    for (old, succ) in old_keys(
        tx,
        &format!("SELECT DISTINCT clause FROM audit_scope WHERE {OPEN}"),
        corr,
    )? {
        for s in &succ {
            tx.execute(
                &format!(
                    "INSERT INTO audit_scope (audit_id, department_id, clause)
                     SELECT audit_id, department_id, ?1 FROM audit_scope WHERE clause = ?2 AND {OPEN}
                     ON CONFLICT DO NOTHING"
                ),
                params![s, old],
            )?;
        }
        n += tx.execute(
            &format!("DELETE FROM audit_scope WHERE clause = ?1 AND {OPEN}"),
            [&old],
        )?;
    }
    // Single-clause records: the first successor in the new table's order.
    for (table, filter) in [
        ("checklist_item", OPEN),
        ("nonconformity", OPEN),
        ("plan_task", "1"),
        ("operation_problem", "1"),
    ] {
        for (old, succ) in old_keys(
            tx,
            &format!("SELECT DISTINCT clause FROM {table} WHERE clause IS NOT NULL AND {filter}"),
            corr,
        )? {
            n += tx.execute(
                &format!("UPDATE {table} SET clause = ?1 WHERE clause = ?2 AND {filter}"),
                params![succ[0], old],
            )?;
        }
    }
    n += carry_statements(tx, corr, r)?;
    r.records_remapped = n as u32;
    Ok(())
}

/// 本期未发生: a new clause is stated when every counterpart was; the
/// statements carried are then removed, the others stay on their old key.
fn carry_statements(
    tx: &Transaction,
    corr: &Correspondence,
    r: &mut ConversionReport,
) -> Result<usize> {
    let stated: Vec<(String, String, i64, NaiveDate)> = {
        let mut st =
            tx.prepare("SELECT clause, reason, stated_by, stated_on FROM operation_statement")?;
        let v = st
            .query_map([], |row| {
                Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        v
    };
    let mut carried: Vec<&str> = Vec::new();
    let mut n = 0;
    for (new, previous) in corr.pairs() {
        if previous.is_empty() {
            continue;
        }
        let all: Vec<_> = previous
            .iter()
            .filter_map(|p| stated.iter().find(|s| &s.0 == p))
            .collect();
        if all.len() != previous.len() {
            continue;
        }
        let reason = all
            .iter()
            .map(|s| s.1.as_str())
            .collect::<Vec<_>>()
            .join("；");
        let last = all.iter().max_by_key(|s| s.3).expect("not empty");
        n += tx.execute(
            "INSERT INTO operation_statement (clause, reason, stated_by, stated_on, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?5) ON CONFLICT (clause) DO NOTHING",
            params![new, reason, last.2, last.3, now()],
        )?;
        carried.extend(all.iter().map(|s| s.0.as_str()));
    }
    for c in &carried {
        tx.execute("DELETE FROM operation_statement WHERE clause = ?1", [c])?;
    }
    let left = stated
        .iter()
        .filter(|s| !carried.contains(&s.0.as_str()))
        .count();
    if left > 0 {
        r.warnings.push(format!(
            "{left} 条“本期未发生”说明所对应的新条款还含有其他原条款，未沿用，仍按原条款保存；请在体系运行页为新条款重新说明"
        ));
    }
    Ok(n)
}

fn convert_documents(
    tx: &Transaction,
    plan: &DocumentPlan,
    on: NaiveDate,
    r: &mut ConversionReport,
) -> Result<()> {
    for id in &plan.archive {
        tx.execute(
            "UPDATE document SET archived = 1, updated_at = ?1 WHERE id = ?2",
            params![now(), id],
        )?;
        tx.execute(
            "UPDATE revision SET status = 'obsolete', obsolete_on = ?1, updated_at = ?2
              WHERE document_id = ?3 AND status = 'published'",
            params![on, now(), id],
        )?;
        tx.execute(
            "UPDATE distribution SET withdrawn_on = max(issued_on, ?1)
              WHERE withdrawn_on IS NULL AND revision_id IN (SELECT id FROM revision WHERE document_id = ?2)",
            params![on, id],
        )?;
        r.documents_archived += 1;
    }
    for d in &plan.drafts {
        insert_draft(tx, &d.as_new(plan))?;
        r.documents_created += 1;
        if let Some(k) = &d.kept_from {
            r.documents_kept_text.push(k.clone());
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn add_new_work(
    tx: &Transaction,
    to: &StandardEdition,
    corr: &Correspondence,
    stage: &str,
    lead: Option<i64>,
    on: NaiveDate,
    deadline: Option<NaiveDate>,
    r: &mut ConversionReport,
) -> Result<()> {
    let end = deadline
        .filter(|d| *d > add_days(on, 14))
        .unwrap_or(add_days(on, 60))
        .min(add_days(on, 90));
    let order: i64 = tx.query_row(
        "SELECT COALESCE(max(sort_order), 0) FROM plan_task",
        [],
        |row| row.get(0),
    )?;
    for (i, key) in corr.without_previous().iter().enumerate() {
        tx.execute(
            "INSERT INTO plan_task (stage, title, owner_department_id, planned_start, planned_end, notes, sort_order, clause, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)",
            params![
                stage,
                format!("换版新增要求 {}：建立做法并形成记录", to.label(key)),
                lead,
                on,
                end,
                format!("{} 新增条款，原标准无对应条款：先诊断，再按新版体系文件运行并保留记录", to.id),
                order + 1 + i as i64,
                key,
                now()
            ],
        )?;
        r.plan_tasks_added += 1;
    }
    Ok(())
}
