//! The management system: diagnosis of every clause, coverage by published
//! documents, the system issued, and the all-staff training after issue.

use super::{names, Facts, Rule};
use crate::error::Result;
use crate::model::{RuleId, SessionKind, Severity::Blocker};

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let p = f.project;
    let diag = p.diagnosis(f.standard, f.today)?;
    let cov = p.coverage(f.standard)?;
    // A not-yet-published document covering the first uncovered clause.
    let pending = cov
        .rows
        .iter()
        .filter(|row| cov.gaps.contains(&row.clause))
        .find_map(|row| row.pending.first());
    let pending_doc = match pending {
        Some(code) => p.documents()?.into_iter().find(|d| &d.code == code),
        None => None,
    };
    let issue = p.system_issue()?;
    let all_staff_after = match &issue {
        Some(i) => p
            .training_sessions()?
            .into_iter()
            .filter(|s| s.kind == SessionKind::AllStaff && s.held_on >= i.issued_on)
            .map(|s| s.held_on)
            .min(),
        None => None,
    };
    Ok(vec![
        Rule::new(
            RuleId::DiagnosisComplete,
            Blocker,
            diag.unassessed.is_empty(),
            if diag.unassessed.is_empty() {
                format!("{} 条全部诊断", diag.total)
            } else {
                format!(
                    "还有 {} 条未诊断：{}",
                    diag.unassessed.len(),
                    names(&diag.unassessed, 6)
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
                    names(&cov.gaps, 6)
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
            RuleId::AllStaffTraining,
            Blocker,
            all_staff_after.is_some(),
            match (&issue, all_staff_after) {
                (None, _) => "体系发布后须开展全员《规范》培训（体系尚未发布）".into(),
                (Some(i), None) => format!("体系 {} 发布后尚未开展全员《规范》培训", i.issued_on),
                (Some(_), Some(d)) => format!("{d} 开展了全员《规范》培训"),
            },
        ),
    ])
}
