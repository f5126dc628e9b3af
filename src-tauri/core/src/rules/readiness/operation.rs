//! The operation period: the system has run the program's minimum months
//! by the planned application date (or today).

use super::{Facts, Rule};
use crate::error::Result;
use crate::model::{RuleId, Severity::Blocker};

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
    Ok(vec![Rule::new(
        RuleId::OperationComplete,
        Blocker,
        op_ok,
        explanation,
    )])
}
