//! Training: online credits of the people who must train, and qualified
//! internal auditors.

use super::{names, Facts, Rule};
use crate::error::Result;
use crate::model::{AcceptancePathKind, RuleId, Severity};

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let credits = f.project.credit_overview(f.program)?;
    // Certification bodies check credits; the provincial acceptance only notes them.
    let credit_severity = if f.app.path == Some(AcceptancePathKind::Certification) {
        Severity::Blocker
    } else {
        Severity::Warning
    };
    let (ok, text) = match credits.threshold {
        // No program (or one without online training): no credits to reach.
        _ if f.program.required_training_roles.is_empty() => {
            (true, "本项目的贯标计划没有线上培训学分要求".to_string())
        }
        // The plan states no figure: nothing to block on yet, but the figure
        // must be confirmed before anyone can tell who is short.
        None => (
            false,
            format!(
                "学分要求未设定：“{}”未规定分值，请向市局或学习平台确认分值后在培训页设置",
                f.program.name
            ),
        ),
        Some(t) => {
            let short: Vec<String> = credits
                .people
                .iter()
                .filter(|s| s.reached != Some(true))
                .map(|s| {
                    format!(
                        "{}{} {} 学分 {}/{}",
                        s.department_name.clone().unwrap_or_default(),
                        s.roles.first().map(|r| r.label()).unwrap_or(""),
                        s.person_name,
                        s.credits,
                        t
                    )
                })
                .collect();
            if credits.people.is_empty() {
                (false, "尚未设定须参加线上培训的人员（最高管理者、管理者代表、部门负责人、知识产权工作人员、内审员）".into())
            } else if short.is_empty() {
                (
                    true,
                    format!("须参训的 {} 人学分均已达到 {t}", credits.people.len()),
                )
            } else {
                (
                    false,
                    format!("{} 人学分未达标：{}", short.len(), names(&short, 5)),
                )
            }
        }
    };
    let credit_severity = if credits.threshold.is_none() {
        Severity::Warning
    } else {
        credit_severity
    };
    // No one is short while the figure is unknown.
    let first_short = credits
        .people
        .iter()
        .find(|s| s.reached == Some(false))
        .map(|s| s.person_id);
    let aud = f.project.auditor_overview()?;
    Ok(vec![
        Rule::new(RuleId::CreditsReached, credit_severity, ok, text).record(first_short),
        Rule::new(
            RuleId::AuditorsQualified,
            Severity::Blocker,
            aud.can_plan_audit,
            format!(
                "合格内审员 {} 人（共 {} 名内审员）",
                aud.qualified_count,
                aud.auditors.len()
            ),
        ),
    ])
}
