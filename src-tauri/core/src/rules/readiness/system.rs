//! The management system: diagnosis of every clause, coverage by published
//! documents, the system issued, its documents distributed to the departments
//! that lead their clauses, and the all-staff training after issue.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::{names, Facts, Rule};
use crate::error::Result;
use crate::model::{
    AcceptancePathKind, AllocationRole, Document, PersonQuery, RuleId, SessionKind,
    Severity::{self, Blocker, Warning},
};

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let p = f.project;
    let diag = p.diagnosis(f.standard, f.today)?;
    let docs = p.documents_unchecked()?;
    let cov = p.coverage_of(f.standard, &docs)?;
    // A not-yet-published document covering the first uncovered clause.
    let pending = cov
        .rows
        .iter()
        .filter(|row| cov.gaps.contains(&row.clause))
        .find_map(|row| row.pending.first());
    let pending_doc = match pending {
        Some(code) => docs.iter().find(|d| &d.code == code),
        None => None,
    };
    let issue = p.system_issue()?;
    let staff = all_staff(f, issue.as_ref().map(|i| i.issued_on))?;
    let distributed = distribution(f, &docs)?;
    // The plan's 省验收 checks the diagnosis; a certification body audits
    // the running system, not how it was diagnosed.
    let diagnosis_severity = if f.app.path == Some(AcceptancePathKind::ProvincialAcceptance) {
        Blocker
    } else {
        Severity::Warning
    };
    Ok(vec![
        Rule::new(
            RuleId::DiagnosisComplete,
            diagnosis_severity,
            diag.unassessed.is_empty(),
            if diag.unassessed.is_empty() {
                format!("{} 条全部诊断", diag.total)
            } else {
                format!(
                    "还有 {} 条未诊断：{}",
                    diag.unassessed.len(),
                    names(&numbers(f, &diag.unassessed), 6)
                )
            },
        ),
        Rule::new(
            RuleId::CoverageComplete,
            Blocker,
            cov.gaps.is_empty(),
            if cov.gaps.is_empty() {
                "全部适用条款均有已发布的体系文件覆盖".into()
            } else {
                format!(
                    "{} 条适用条款没有已发布文件覆盖：{}",
                    cov.gaps.len(),
                    names(&numbers(f, &cov.gaps), 6)
                )
            },
        )
        .record(pending_doc.map(|d| d.id)),
        Rule::new(
            RuleId::SystemIssued,
            Blocker,
            issue.is_some(),
            issue
                .as_ref()
                .map(|i| format!("体系于 {} 发布，{} 实施", i.issued_on, i.implemented_on))
                .unwrap_or_else(|| "体系尚未发布".into()),
        ),
        Rule::new(
            RuleId::DocumentsDistributed,
            Warning,
            distributed.is_empty(),
            if distributed.is_empty() {
                "已发布文件均已发放到其条款的主责部门".into()
            } else {
                format!(
                    "{} 份已发布文件未发放到主责部门：{}",
                    distributed.len(),
                    names(&distributed, 4)
                )
            },
        ),
        Rule::new(
            RuleId::AllStaffTraining,
            Blocker,
            staff.as_ref().is_some_and(|s| s.passed()),
            match (&issue, &staff) {
                (None, _) => "体系发布后须开展全员宣贯培训（体系尚未发布）".into(),
                (Some(i), None) => format!("体系 {} 发布后尚未开展全员宣贯培训", i.issued_on),
                (Some(i), Some(s)) => s.explain(i.issued_on),
            },
        ),
    ])
}

/// Clause keys as the numbers the reader knows them by.
fn numbers(f: &Facts, keys: &[String]) -> Vec<String> {
    keys.iter()
        .map(|k| f.standard.number_of(k).to_string())
        .collect()
}

/// The share of the staff trained on the system at or after its issue that
/// passes: 95%. Everyone employed should attend (GB/T 29490 6.1.2, the plan's
/// 全员培训); the margin leaves one person in twenty away (long leave,
/// a hire of the last days) without the enterprise failing, and no more: in
/// the demo's 80 people that is 4, which an auditor sampling staff may meet.
const ALL_STAFF_SHARE_PERCENT: usize = 95;

/// Who attended an all-staff session held from the issue date to the day
/// judged, among the staff employed now. The model keeps no hiring or
/// leaving dates: the people not archived are the staff employed at the
/// issue and still there plus the new hires since; people who left are
/// archived and no longer count.
struct StaffTrained {
    staff: usize,
    missing: Vec<String>,
}

impl StaffTrained {
    fn attended(&self) -> usize {
        self.staff - self.missing.len()
    }

    fn passed(&self) -> bool {
        self.staff > 0 && self.attended() * 100 >= self.staff * ALL_STAFF_SHARE_PERCENT
    }

    fn explain(&self, issued_on: NaiveDate) -> String {
        if self.staff == 0 {
            return "人员名单为空，无法计算全员宣贯培训覆盖率".into();
        }
        let share = format!(
            "体系 {issued_on} 发布后全员宣贯培训覆盖 {}/{} 人（{:.1}%，要求不低于 {ALL_STAFF_SHARE_PERCENT}%）",
            self.attended(),
            self.staff,
            self.attended() as f64 * 100.0 / self.staff as f64
        );
        if self.missing.is_empty() {
            share
        } else {
            let shown: Vec<&str> = self.missing.iter().take(5).map(String::as_str).collect();
            let more = if self.missing.len() > shown.len() {
                format!(" 等 {} 人", self.missing.len())
            } else {
                String::new()
            };
            format!("{share}；未参加：{}{more}", shown.join("、"))
        }
    }
}

/// `None` while there is no issue date or no all-staff session since it.
fn all_staff(f: &Facts, issued_on: Option<NaiveDate>) -> Result<Option<StaffTrained>> {
    let Some(issued_on) = issued_on else {
        return Ok(None);
    };
    let sessions: Vec<_> = f
        .project
        .training_sessions()?
        .into_iter()
        .filter(|s| {
            s.kind == SessionKind::AllStaff && s.held_on >= issued_on && s.held_on <= f.today
        })
        .collect();
    if sessions.is_empty() {
        return Ok(None);
    }
    let attended: HashSet<i64> = sessions
        .iter()
        .flat_map(|s| s.attendee_ids.iter().copied())
        .collect();
    let people = f.project.people(&PersonQuery::default())?;
    Ok(Some(StaffTrained {
        staff: people.len(),
        missing: people
            .into_iter()
            .filter(|p| !attended.contains(&p.id))
            .map(|p| match p.department_name {
                Some(d) => format!("{}（{d}）", p.name),
                None => p.name,
            })
            .collect(),
    }))
}

/// Published documents not distributed (a copy not withdrawn, to the
/// department or to one of its people) to every department that leads one
/// of their clauses in the 职能分配表: “IP-CX-03 → 研发部”.
fn distribution(f: &Facts, docs: &[Document]) -> Result<Vec<String>> {
    let p = f.project;
    let mut leads: HashMap<String, Vec<i64>> = HashMap::new();
    for cell in p.allocation()? {
        if cell.role == AllocationRole::Lead {
            leads
                .entry(cell.clause)
                .or_default()
                .push(cell.department_id);
        }
    }
    let departments: HashMap<i64, String> = p
        .departments(false)?
        .into_iter()
        .map(|d| (d.id, d.name))
        .collect();
    let mut out = Vec::new();
    for d in docs {
        let Some(rev) = d.published.as_ref().filter(|_| !d.archived) else {
            continue;
        };
        let reached = p.distributed_departments(rev.id, f.today)?;
        let mut owed: Vec<i64> = d
            .clauses
            .iter()
            .flat_map(|c| leads.get(c).into_iter().flatten().copied())
            .filter(|dep| !reached.contains(dep))
            .collect();
        owed.sort_unstable();
        owed.dedup();
        let missing: Vec<&str> = owed
            .iter()
            .filter_map(|dep| departments.get(dep).map(String::as_str))
            .collect();
        if !missing.is_empty() {
            out.push(format!("{} {} → {}", d.code, d.title, missing.join("、")));
        }
    }
    Ok(out)
}
