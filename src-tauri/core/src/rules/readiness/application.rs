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
        f.today,
    )
}

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let path = f.app.path;
    let offered = path.and_then(|p| f.program.acceptance_paths.iter().find(|x| x.id == p.code()));
    let path_name = offered.map(|x| match x.subsidy_yuan {
        0 => x.name.clone(),
        s => format!("{}（补助 {s} 元）", x.name),
    });
    let mut out = vec![Rule::new(
        RuleId::PathChosen,
        Blocker,
        offered.is_some(),
        path_name
            .map(|n| format!("已选择{n}"))
            .or_else(|| {
                path.map(|p| {
                    format!(
                        "所选的“{}”不在“{}”的验收方式中，请重新选择",
                        p.label(),
                        f.program.name
                    )
                })
            })
            .unwrap_or_else(|| {
                let names: Vec<&str> = f
                    .program
                    .acceptance_paths
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect();
                format!("尚未选择{}", names.join("或"))
            }),
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
    out.push(program_open(f));
    out.push(edition_certifiable(f));
    Ok(out)
}

/// The program's deadline and the planned application date against the day judged.
fn program_open(f: &Facts) -> Rule {
    let (program, today) = (f.program, f.today);
    let planned = f.app.planned_application_on;
    let (passed, why) = if program.deadline.is_none() {
        (
            true,
            "不参加政府贯标计划，没有计划截止日期的限制".to_string(),
        )
    } else if let Some(deadline) = program.deadline.filter(|d| today > *d) {
        (
            false,
            format!(
                "“{}”已于 {deadline} 截止（判定日期 {today}）；请改选今年的贯标计划，或选择不参加政府贯标计划、直接申请认证",
                program.name
            ),
        )
    } else if let Some(p) = planned.filter(|p| *p < today) {
        (
            false,
            format!("计划申请日期 {p} 已过（判定日期 {today}），请重新确定计划申请日期"),
        )
    } else {
        (
            true,
            format!(
                "“{}”截止日期 {}，尚未结束",
                program.name,
                program.deadline.map(|d| d.to_string()).unwrap_or_default()
            ),
        )
    };
    Rule::new(RuleId::ProgramOpen, Blocker, passed, why)
}

/// The edition against the application date (the planned one when still
/// ahead, else the day judged).
fn edition_certifiable(f: &Facts) -> Rule {
    let on = f.application_on();
    let refusal = f.standard.not_certifiable_on(on);
    let why = match &refusal {
        Some(why) => format!(
            "{why}（依据：{}）；请改用认证机构现在受理的版本，并按新版更新体系文件",
            f.standard.validity_source
        ),
        None => format!("{} 申请日期 {on} 可以受理认证", f.standard.id),
    };
    Rule::new(RuleId::EditionCertifiable, Blocker, refusal.is_none(), why)
}
