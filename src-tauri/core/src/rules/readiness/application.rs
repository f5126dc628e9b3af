//! The application: a path chosen, a qualifying certification body on the
//! certification path, and a deadline that can still be met.

use super::{Facts, Rule};
use crate::error::Result;
use crate::model::{AcceptancePathKind, DeadlinePlan, RuleId, Severity::Blocker};
use crate::rules::deadline_plan;

pub(super) fn deadline(f: &Facts) -> DeadlinePlan {
    deadline_plan(
        f.program,
        f.app.lead_time_days,
        f.operation.implemented_on,
        f.app.planned_application_on,
    )
}

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let path = f.app.path;
    let path_name = path
        .and_then(|p| f.program.acceptance_paths.iter().find(|x| x.id == p.code()))
        .map(|x| format!("{}（补助 {} 元）", x.name, x.subsidy_yuan));
    let mut out = vec![Rule::new(
        RuleId::PathChosen,
        Blocker,
        path.is_some(),
        path_name
            .map(|n| format!("已选择{n}"))
            .unwrap_or_else(|| "尚未选择第三方认证或省验收".into()),
    )];
    if path == Some(AcceptancePathKind::Certification) {
        let body = match f.app.body_id {
            Some(id) => Some(f.project.certification_body(id)?),
            None => None,
        };
        out.push(Rule::new(
            RuleId::CertificationBody,
            Blocker,
            body.as_ref().is_some_and(|b| b.qualifies),
            match body {
                Some(b) if b.qualifies => format!("认证机构：{}", b.name),
                Some(b) => format!("“{}”不再符合要求（服务标准或失信记录），请重新选择", b.name),
                None => "尚未选择认证机构".into(),
            },
        ));
    }
    let dl = deadline(f);
    out.push(Rule::new(
        RuleId::DeadlineFeasible,
        Blocker,
        dl.fits,
        dl.summary,
    ));
    Ok(out)
}
