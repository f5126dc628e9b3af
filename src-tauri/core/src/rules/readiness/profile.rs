//! The enterprise profile: complete, with a valid credit code, and at least
//! one valid IP right held.

use super::{Facts, Rule};
use crate::credit_code::{self, CreditCodeCheck};
use crate::error::Result;
use crate::model::{
    RuleId,
    Severity::{Blocker, Warning},
};

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
    let h = &prof.ip_holdings;
    let held: Vec<String> = [
        ("发明专利", h.invention_patents),
        ("实用新型专利", h.utility_models),
        ("外观设计专利", h.design_patents),
        ("注册商标", h.trademarks),
        ("软件著作权", h.software_copyrights),
    ]
    .into_iter()
    .filter(|(_, n)| *n > 0)
    .map(|(label, n)| format!("{label} {n} 件"))
    .collect();
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
        // Certification bodies commonly ask for at least one valid right; not
        // a rule text, so a warning.
        Rule::new(
            RuleId::IpHeld,
            Warning,
            !held.is_empty(),
            if held.is_empty() {
                "企业信息中未登记任何有效知识产权（专利、注册商标、软件著作权）；认证机构通常要求至少持有 1 项，请在企业信息页填写".into()
            } else {
                format!("持有有效知识产权：{}", held.join("、"))
            },
        ),
    ])
}
