//! The operation period: the system has run the program's minimum months
//! by the planned application date (or today), leaving records for the
//! applicable clauses.

use super::{names, Facts, Rule};
use crate::error::Result;
use crate::model::{
    RuleId,
    Severity::{Blocker, Warning},
};

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let planned = f.app.planned_application_on;
    let on = planned.unwrap_or(f.today);
    let op = &f.operation;
    let months = f.program.min_operation_months;
    let op_ok = op.min_complete_on.is_some_and(|e| on >= e);
    let explanation = match op.min_complete_on {
        None => "体系尚未实施，运行期未开始".into(),
        Some(e) if op_ok => format!(
            "运行期自 {} 起，{e} 满 {months} 个月（按{} {on} 计）",
            op.implemented_on.map(|d| d.to_string()).unwrap_or_default(),
            if planned.is_some() {
                "计划申请日期"
            } else {
                "今天"
            }
        ),
        Some(e) => format!(
            "运行期要到 {e} 才满 {months} 个月，{}{on} 尚不满足",
            if planned.is_some() {
                "计划申请日期 "
            } else {
                "今天 "
            }
        ),
    };
    Ok(vec![
        Rule::new(RuleId::OperationComplete, Blocker, op_ok, explanation),
        evidence(f)?,
    ])
}

/// Every applicable clause that a form (记录表单) covers has a record dated
/// inside the operation period (from the implementation date to `on`) whose
/// document covers it, or a “本期未发生” statement with its reason (e.g.
/// 企业重组). Records are preferred: a clause with both counts as recorded.
/// Clauses no form covers are evidenced by the published documents
/// themselves, which coverage checks.
fn evidence(f: &Facts) -> Result<Rule> {
    let ev = f.project.operation_evidence(f.standard, f.today)?;
    let (Some(start), on) = (ev.from, ev.to) else {
        return Ok(Rule::new(
            RuleId::OperationEvidence,
            Warning,
            false,
            "体系尚未实施，运行期内还没有运行记录".into(),
        ));
    };
    let missing: Vec<String> = ev
        .clauses
        .iter()
        .filter(|c| !c.evidenced())
        .map(|c| c.clause.clone())
        .collect();
    let stated = ev
        .clauses
        .iter()
        .filter(|c| c.records == 0 && c.statement.is_some())
        .count();
    let stated = if stated > 0 {
        format!("，其中 {stated} 条以“本期未发生”说明")
    } else {
        String::new()
    };
    Ok(Rule::new(
        RuleId::OperationEvidence,
        Warning,
        missing.is_empty(),
        if missing.is_empty() {
            format!(
                "{} 条有记录表单的适用条款在运行期（{start} 至 {on}）内均有运行记录或说明{stated}；运行记录共 {} 份",
                ev.clauses.len(),
                ev.records_inside
            )
        } else {
            format!(
                "{} 条适用条款在运行期（{start} 至 {on}）内没有运行记录：{}；请在体系运行页登记对应表单的记录，本期确未发生的填写“本期未发生”说明",
                missing.len(),
                names(&missing, 6)
            )
        },
    ))
}
