//! The two acceptance paths against the program: where the program does not
//! combine their subsidies, applications on both paths are a mistake to
//! settle (kept apart from `application.rs`, which judges the chosen path).

use super::{names, Facts, Rule};
use crate::error::Result;
use crate::model::{AcceptancePathKind, ApplicationResult, RuleId, Severity::Warning};

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let records = f.project.application_records(f.program)?;
    // A failed application leaves the other path open: only live ones
    // (pending or passed) count.
    let live = |path: AcceptancePathKind| -> Vec<String> {
        records
            .iter()
            .filter(|r| r.path == path && r.result != ApplicationResult::Failed)
            .map(|r| {
                format!(
                    "{} {}申请（{}）",
                    r.submitted_on,
                    path.label(),
                    r.result.label()
                )
            })
            .collect()
    };
    let cert = live(AcceptancePathKind::Certification);
    let prov = live(AcceptancePathKind::ProvincialAcceptance);
    let both = !cert.is_empty() && !prov.is_empty();
    // A warning, not a blocker: applying twice is allowed, only one subsidy is
    // paid (the store already refuses a second path passing).
    let rule = if !f.program.paths_exclusive {
        Rule::new(
            RuleId::PathsNotCombined,
            Warning,
            true,
            format!("“{}”允许两种验收方式并行", f.program.name),
        )
    } else if both {
        let all: Vec<String> = cert.into_iter().chain(prov).collect();
        Rule::new(
            RuleId::PathsNotCombined,
            Warning,
            false,
            format!(
                "“{}”规定认证补助和验收补助不兼得，但已登记两种方式的申请：{}；请只保留一种，另一种撤回或登记为未通过",
                f.program.name,
                names(&all, 4)
            ),
        )
    } else {
        Rule::new(
            RuleId::PathsNotCombined,
            Warning,
            true,
            if records.is_empty() {
                "尚无申请记录".into()
            } else {
                "申请记录只涉及一种验收方式".into()
            },
        )
    };
    Ok(vec![rule])
}
