//! Management review: the program's number of reviews completed after the
//! first internal audit inside the operation period.

use super::{Facts, Rule};
use crate::error::Result;
use crate::model::{ManagementReview, RuleId, Severity::Blocker};

/// The completed reviews held on or after the first internal audit inside
/// the operation period, oldest first: the last is the review that counts.
pub(super) fn reviews_after_audit(f: &Facts) -> Result<Vec<ManagementReview>> {
    let first_audit = f.audits_inside().filter_map(|a| a.completed_on).min();
    let mut after: Vec<_> = f
        .project
        .reviews()?
        .into_iter()
        .filter(|v| v.completed && first_audit.is_some_and(|d| v.held_on >= d))
        .collect();
    after.sort_by_key(|v| v.held_on);
    Ok(after)
}

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let first_audit = f.audits_inside().filter_map(|a| a.completed_on).min();
    let min = f.program.min_management_reviews.max(1);
    let after = reviews_after_audit(f)?;
    let done = after.len() as u32;
    let held = |v: &ManagementReview| {
        format!(
            "管理评审 {} 于 {} 完成，由 {} 主持",
            v.number, v.held_on, v.chair_name
        )
    };
    Ok(vec![Rule::new(
        RuleId::ManagementReview,
        Blocker,
        done >= min,
        match (after.last(), first_audit) {
            (Some(v), _) if done < min => format!(
                "“{}”要求内部审核后至少完成 {min} 次管理评审，目前 {done} 次（{}）",
                f.program.name,
                held(v)
            ),
            (Some(v), _) if min > 1 => {
                format!(
                    "内部审核后完成管理评审 {done} 次（要求至少 {min} 次）；最近一次{}",
                    held(v)
                )
            }
            (Some(v), _) => held(v),
            (None, None) => "须先完成内部审核，再进行管理评审".into(),
            (None, Some(d)) => format!("内部审核于 {d} 完成后尚未完成管理评审"),
        },
    )])
}
