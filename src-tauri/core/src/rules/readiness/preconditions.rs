//! 申请前提: what certification bodies check before they accept an
//! application, beyond the management system (gbt29490-2023.md §7): the
//! certification scope, a valid business licence whose status is 存续 (its
//! scan attached), and a confirmed declaration of no IP administrative
//! penalty, serious infringement or 失信 listing.

use super::{Facts, Rule};
use crate::error::Result;
use crate::model::{AcceptancePathKind, RuleId, Severity};

/// A declaration older than this before the application is confirmed again.
const DECLARATION_FRESH_DAYS: i64 = 180;

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let all = f.project.preconditions()?;
    let pre = &all.input;
    let on = f.application_on();
    let mut out = Vec::new();

    // The scope decides the audit days: a certification body quotes from it.
    let mut missing = Vec::new();
    if pre.scope_products.trim().is_empty() {
        missing.push("产品与服务");
    }
    if pre.scope_sites.trim().is_empty() {
        missing.push("场所");
    }
    if pre.scope_headcount.is_none() {
        missing.push("覆盖人数");
    }
    let staff = f.project.profile()?.staff_count;
    let over = pre
        .scope_headcount
        .zip(staff)
        .filter(|(h, s)| h > s)
        .map(|(h, s)| format!("认证范围覆盖 {h} 人，多于企业职工人数 {s} 人"));
    let severity = if f.app.path == Some(AcceptancePathKind::ProvincialAcceptance) {
        Severity::Warning
    } else {
        Severity::Blocker
    };
    out.push(Rule::new(
        RuleId::ScopeDefined,
        severity,
        missing.is_empty() && over.is_none(),
        match (missing.is_empty(), over) {
            (false, _) => format!("认证范围尚未填写：{}", missing.join("、")),
            (true, Some(over)) => over,
            (true, None) => format!(
                "认证范围：{}；场所：{}；覆盖 {} 人",
                pre.scope_products.trim(),
                pre.scope_sites.trim(),
                pre.scope_headcount.unwrap_or_default()
            ),
        },
    ));

    let licence = match (pre.licence_long_term, pre.licence_valid_until) {
        (false, None) => Err("尚未登记营业执照有效期".to_string()),
        (false, Some(until)) if until < on => {
            Err(format!("营业执照有效期至 {until}，早于申请日期 {on}"))
        }
        (long, until) => match pre.status_checked_on {
            None => Err("尚未在国家企业信用信息公示系统核查登记状态（须为“存续”）".to_string()),
            Some(c) if c > f.today => Err(format!("登记状态核查日期 {c} 晚于判定日期 {}", f.today)),
            Some(c) => Ok(format!(
                "营业执照{}，{c} 核查登记状态为存续",
                if long {
                    "长期有效".to_string()
                } else {
                    format!("有效期至 {}", until.unwrap_or(on))
                }
            )),
        },
    }
    // The certification body asks for the scan with the application.
    .and_then(|ok| match &all.licence {
        Some(scan) => Ok(format!("{ok}；扫描件：{}", scan.file_name)),
        None => Err("营业执照扫描件尚未附上".to_string()),
    });
    out.push(Rule::new(
        RuleId::LicenceValid,
        Severity::Blocker,
        licence.is_ok(),
        licence.unwrap_or_else(|e| e),
    ));

    // The program's window: 1 year is what certification bodies usually ask
    // for; some local programs say 3 (findings-2026-12.md §3.2).
    let window = format!(
        "近 {} 年内未受到知识产权行政处罚、无严重侵权行为、未被列入失信名单",
        f.program.penalty_free_years
    );
    let declared = match (pre.declared_on, all.declared_by_name.as_deref()) {
        (Some(d), Some(_)) if d > f.today => {
            Err(format!("声明确认日期 {d} 晚于判定日期 {}", f.today))
        }
        (Some(d), Some(_)) if (on - d).num_days() > DECLARATION_FRESH_DAYS => Err(format!(
            "声明于 {d} 确认，距申请日期 {on} 已超过 {DECLARATION_FRESH_DAYS} 天，请重新核实并确认"
        )),
        (Some(d), Some(by)) => Ok(format!("{by} 于 {d} 确认：{window}")),
        _ => Err(format!("尚未确认声明：{window}（认证机构受理申请前核查）")),
    };
    out.push(Rule::new(
        RuleId::NoPenaltyDeclared,
        Severity::Blocker,
        declared.is_ok(),
        declared.unwrap_or_else(|e| e),
    ));
    Ok(out)
}
