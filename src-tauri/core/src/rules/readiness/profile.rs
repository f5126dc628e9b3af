//! The enterprise profile: complete, with a valid credit code.

use super::{Facts, Rule};
use crate::credit_code::{self, CreditCodeCheck};
use crate::error::Result;
use crate::model::{RuleId, Severity::Blocker};

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let prof = f.project.profile()?;
    let missing: Vec<&str> = [
        ("企业名称", &prof.name),
        ("统一社会信用代码", &prof.credit_code),
        ("法定代表人", &prof.legal_representative),
        ("地址", &prof.address),
        ("所在城市", &prof.city),
        ("联系人", &prof.contact_person),
        ("联系电话", &prof.contact_phone),
    ]
    .into_iter()
    .filter(|(_, v)| v.trim().is_empty())
    .map(|(label, _)| label)
    .collect();
    let code_ok = matches!(
        credit_code::check(&prof.credit_code),
        CreditCodeCheck::Valid
    ) || prof.credit_code_confirmed;
    Ok(vec![
        Rule::new(
            RuleId::ProfileComplete,
            Blocker,
            missing.is_empty(),
            if missing.is_empty() {
                "企业基本信息已填写完整".into()
            } else {
                format!("企业基本信息缺少：{}", missing.join("、"))
            },
        ),
        Rule::new(
            RuleId::CreditCodeValid,
            Blocker,
            code_ok,
            if code_ok {
                format!("统一社会信用代码 {} 有效", prof.credit_code)
            } else {
                format!("统一社会信用代码“{}”未通过校验且未确认", prof.credit_code)
            },
        ),
    ])
}
