//! Other subsidies for the same 贯标 against the program: where the program
//! forbids 超额奖补、重复奖补 (the 2022 Shaanxi plan does, citing
//! 国知办发运字〔2019〕34号), a city's, a district's or an earlier year's
//! subsidy already received is a warning to settle with the program's
//! office before claiming.

use super::{Facts, Rule};
use crate::error::Result;
use crate::model::{RuleId, Severity::Warning};

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let program = f.program;
    // Received by the day judged: `--as-of` an earlier day does not see later ones.
    let received: Vec<String> = f
        .project
        .other_subsidies()?
        .into_iter()
        .filter(|s| s.received_on <= f.today)
        .map(|s| format!("{} {} 元（{}）", s.grantor, s.amount_yuan, s.received_on))
        .collect();
    let basis = match program.subsidy_rule_basis.as_str() {
        "" => String::new(),
        b => format!("，依据{b}"),
    };
    let (passed, why) = if program.is_none() {
        (
            true,
            "不参加政府贯标计划，没有贯标补助，不涉及重复奖补".to_string(),
        )
    } else if !program.forbids_other_subsidies {
        (true, format!("“{}”未规定不得重复奖补", program.name))
    } else if received.is_empty() {
        (
            true,
            format!(
                "未登记其他贯标奖补（“{}”不得超额奖补、重复奖补{basis}）",
                program.name
            ),
        )
    } else {
        (
            false,
            format!(
                "“{}”不得超额奖补、重复奖补{basis}；本次贯标已登记其他奖补：{}。申请补助前请向计划主管部门说明，避免重复申领",
                program.name,
                received.join("、")
            ),
        )
    };
    Ok(vec![Rule::new(
        RuleId::SubsidyNotDoubled,
        Warning,
        passed,
        why,
    )])
}
