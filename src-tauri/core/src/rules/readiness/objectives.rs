//! 知识产权目标考核: every objective measured inside the operation period and
//! on or before the management review that counts, so the review can judge
//! their attainment (GB/T 29490-2013 5.3.2, 5.5.2). A blocker on the
//! certification path, a warning for 省验收.

use super::{names, review::reviews_after_audit, Facts, Rule};
use crate::error::Result;
use crate::model::{AcceptancePathKind, RuleId, Severity};

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let severity = if f.app.path == Some(AcceptancePathKind::ProvincialAcceptance) {
        Severity::Warning
    } else {
        Severity::Blocker
    };
    let rule = |passed, explanation| {
        vec![Rule::new(
            RuleId::ObjectivesMeasured,
            severity,
            passed,
            explanation,
        )]
    };
    let objectives = f.project.objectives()?;
    if objectives.is_empty() {
        return Ok(rule(
            false,
            "尚未登记知识产权目标；请在管理评审页登记目标，并在管理评审前完成考核".into(),
        ));
    }
    let Some(start) = f.operation.implemented_on else {
        return Ok(rule(false, "体系尚未实施，知识产权目标尚未考核".into()));
    };
    let review = reviews_after_audit(f)?.pop();
    let until = review.as_ref().map_or(f.application_on(), |v| v.held_on);
    let before = match &review {
        Some(v) => format!("管理评审 {}（{}）前", v.number, v.held_on),
        None => format!("{until} 前（尚无计入的管理评审）"),
    };
    let latest: Vec<_> = objectives
        .iter()
        .map(|o| {
            let m = o
                .measurements
                .iter()
                .filter(|m| m.measured_on >= start && m.measured_on <= until)
                .max_by_key(|m| (m.measured_on, m.id));
            (o, m)
        })
        .collect();
    let missing: Vec<String> = latest
        .iter()
        .filter(|(_, m)| m.is_none())
        .map(|(o, _)| o.description.clone())
        .collect();
    if !missing.is_empty() {
        return Ok(rule(
            false,
            format!(
                "{} 项知识产权目标在运行期（{start} 起）内、{before}没有考核记录：{}",
                missing.len(),
                names(&missing, 4)
            ),
        ));
    }
    let achieved = latest
        .iter()
        .filter(|(_, m)| m.is_some_and(|m| m.achieved))
        .count();
    Ok(rule(
        true,
        format!(
            "{} 项知识产权目标均于{before}完成考核，达成 {achieved} 项",
            objectives.len()
        ),
    ))
}
