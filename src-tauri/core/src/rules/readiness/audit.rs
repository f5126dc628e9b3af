//! Internal audit: the program's number of audits completed inside the
//! operation period, one of them covering every applicable clause and
//! department; no open major nonconformity; every corrective action verified.

use super::{names, Facts, Rule};
use crate::error::Result;
use crate::model::{Grade, NcStatus, RuleId, Severity::Blocker};

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let p = f.project;
    let mut covering = None;
    let mut gaps_text = String::new();
    let mut not_covering = None;
    let min = f.program.min_internal_audits.max(1);
    let inside = f.audits_inside().count() as u32;
    let any_inside = inside > 0;
    for a in f.audits_inside() {
        let rep = p.audit_report(f.standard, a.id, f.today)?;
        if rep.clauses_not_covered.is_empty() && rep.departments_not_covered.is_empty() {
            covering = Some(a.number.clone());
            break;
        }
        not_covering.get_or_insert(a.id);
        gaps_text = format!(
            "{} 未覆盖条款 {} 条、部门 {} 个（{}）",
            a.number,
            rep.clauses_not_covered.len(),
            rep.departments_not_covered.len(),
            names(&rep.departments_not_covered, 3)
        );
    }
    let ncs = p.nonconformities(None, f.today)?;
    let open_major: Vec<_> = ncs
        .iter()
        .filter(|n| n.grade == Grade::Major && n.status != NcStatus::Closed)
        .collect();
    let unverified: Vec<_> = ncs
        .iter()
        .filter(|n| !matches!(n.status, NcStatus::Verified | NcStatus::Closed))
        .collect();
    let open_major_names: Vec<String> = open_major
        .iter()
        .map(|n| format!("{}（{}）", n.number, n.department_name))
        .collect();
    let unverified_names: Vec<String> = unverified
        .iter()
        .map(|n| format!("{}（{}）", n.number, n.status.label()))
        .collect();
    Ok(vec![
        Rule::new(
            RuleId::InternalAudit,
            Blocker,
            covering.is_some() && inside >= min,
            match (&covering, any_inside, f.completed_audits.is_empty()) {
                (Some(n), _, _) if inside < min => format!(
                    "“{}”要求运行期内至少完成 {min} 次内部审核，目前完成 {inside} 次（{n} 覆盖全部适用条款和部门）",
                    f.program.name
                ),
                (Some(n), _, _) if min > 1 => format!(
                    "运行期内完成内部审核 {inside} 次（要求至少 {min} 次），{n} 覆盖全部适用条款和部门"
                ),
                (Some(n), _, _) => format!("内部审核 {n} 在运行期内完成，覆盖全部适用条款和部门"),
                (None, _, true) => "尚未完成内部审核".into(),
                (None, false, false) => "已完成的内部审核不在体系运行期内（早于实施日期）".into(),
                (None, true, false) => gaps_text,
            },
        )
        .record(not_covering),
        Rule::new(
            RuleId::NoOpenMajor,
            Blocker,
            open_major.is_empty(),
            if open_major.is_empty() {
                "没有未关闭的严重不符合项".into()
            } else {
                format!(
                    "{} 个严重不符合项未关闭：{}",
                    open_major.len(),
                    names(&open_major_names, 4)
                )
            },
        )
        .record(open_major.first().map(|n| n.audit_id)),
        Rule::new(
            RuleId::ActionsVerified,
            Blocker,
            unverified.is_empty(),
            if unverified.is_empty() {
                format!("{} 个不符合项的纠正措施均已验证", ncs.len())
            } else {
                format!(
                    "{} 个不符合项的纠正措施尚未验证：{}",
                    unverified.len(),
                    names(&unverified_names, 4)
                )
            },
        )
        .record(unverified.first().map(|n| n.audit_id)),
    ])
}
