//! The operation period: the system has run the program's minimum months
//! by the planned application date (or today), leaving records for the
//! applicable clauses.

use std::collections::HashSet;

use super::{names, Facts, Rule};
use crate::error::Result;
use crate::model::{
    DocType, RuleId,
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
        evidence(f, on)?,
    ])
}

/// Every applicable clause that a form (记录表单) covers has a record dated
/// inside the operation period (from the implementation date to `on`) whose
/// document covers it. Clauses no form covers (总体要求, 方针, 管理者代表 …)
/// are evidenced by the published documents themselves, which coverage
/// checks. The model has no “本期未发生” statement per clause: a clause with
/// nothing to record this period (e.g. 企业重组) stays listed, hence a warning.
fn evidence(f: &Facts, on: chrono::NaiveDate) -> Result<Rule> {
    let Some(start) = f.operation.implemented_on else {
        return Ok(Rule::new(
            RuleId::OperationEvidence,
            Warning,
            false,
            "体系尚未实施，运行期内还没有运行记录".into(),
        ));
    };
    let p = f.project;
    let docs = p.documents()?;
    let not_applicable = p.not_applicable_clauses()?;
    let with_form: HashSet<&str> = docs
        .iter()
        .filter(|d| d.doc_type == DocType::Form && !d.archived)
        .flat_map(|d| d.clauses.iter().map(String::as_str))
        .collect();
    let records = p.operation_records()?;
    let inside: Vec<_> = records
        .iter()
        .filter(|r| r.produced_on >= start && r.produced_on <= on)
        .collect();
    let recorded: HashSet<&str> = inside
        .iter()
        .filter_map(|r| docs.iter().find(|d| d.id == r.document_id))
        .flat_map(|d| d.clauses.iter().map(String::as_str))
        .collect();
    let expected: Vec<&str> = f
        .standard
        .leaves()
        .map(|c| c.number.as_str())
        .filter(|c| with_form.contains(c) && !not_applicable.iter().any(|n| n == c))
        .collect();
    let missing: Vec<String> = expected
        .iter()
        .filter(|c| !recorded.contains(*c))
        .map(|c| c.to_string())
        .collect();
    Ok(Rule::new(
        RuleId::OperationEvidence,
        Warning,
        missing.is_empty(),
        if missing.is_empty() {
            format!(
                "{} 条有记录表单的适用条款在运行期（{start} 至 {on}）内均有运行记录，共 {} 份",
                expected.len(),
                inside.len()
            )
        } else {
            format!(
                "{} 条适用条款在运行期（{start} 至 {on}）内没有运行记录：{}；请在体系运行页登记对应表单的记录",
                missing.len(),
                names(&missing, 6)
            )
        },
    ))
}
