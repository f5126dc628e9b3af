//! Management review: completed after the first internal audit inside the
//! operation period.

use super::{Facts, Rule};
use crate::error::Result;
use crate::model::{RuleId, Severity::Blocker};

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let first_audit = f.audits_inside().filter_map(|a| a.completed_on).min();
    let review = f
        .project
        .reviews()?
        .into_iter()
        .find(|v| v.completed && first_audit.is_some_and(|d| v.held_on >= d));
    Ok(vec![Rule::new(
        RuleId::ManagementReview,
        Blocker,
        review.is_some(),
        match (&review, first_audit) {
            (Some(v), _) => format!(
                "管理评审 {} 于 {} 完成，由 {} 主持",
                v.number, v.held_on, v.chair_name
            ),
            (None, None) => "须先完成内部审核，再进行管理评审".into(),
            (None, Some(d)) => format!("内部审核于 {d} 完成后尚未完成管理评审"),
        },
    )])
}
