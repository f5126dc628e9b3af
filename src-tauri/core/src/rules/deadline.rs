//! The deadline arithmetic of a program: the latest application and
//! implementation dates that still meet its deadline. Without a program
//! there is no deadline: only the minimum operation period counts.

use chrono::NaiveDate;

use crate::catalog::ProgramProfile;
use crate::dates::{add_days, add_months, sub_months};
use crate::model::DeadlinePlan;

/// The deadline arithmetic: latest application and implementation dates.
pub fn deadline_plan(
    program: &ProgramProfile,
    lead_time_days: u32,
    implemented_on: Option<NaiveDate>,
    planned_application_on: Option<NaiveDate>,
    today: NaiveDate,
) -> DeadlinePlan {
    let months = program.min_operation_months;
    let earliest = implemented_on.map(|d| add_months(d, months));
    let Some(deadline) = program.deadline else {
        let summary = match (earliest, planned_application_on) {
            (None, _) => format!("不参加政府贯标计划，没有截止日期：体系发布实施并运行满 {months} 个月后即可申请认证"),
            (Some(e), Some(p)) if p < e => format!("计划申请日期 {p} 早于最短运行期满的日期 {e}，请推迟到 {e} 之后（没有截止日期）"),
            (Some(e), Some(p)) => format!("可于 {e} 起申请认证，计划 {p} 申请（没有截止日期）"),
            (Some(e), None) => format!("可于 {e} 起申请认证（没有截止日期），请确定计划申请日期"),
        };
        return DeadlinePlan {
            deadline: None,
            lead_time_days,
            min_months: months,
            latest_application_on: None,
            latest_implementation_on: None,
            earliest_application_on: earliest,
            planned_application_on,
            fits: true,
            summary,
        };
    };
    let latest_application_on = add_days(deadline, -(lead_time_days as i64));
    let latest_implementation_on = sub_months(latest_application_on, months);
    let (fits, summary) = match (implemented_on, earliest, planned_application_on) {
        (None, _, _) => {
            let fits = today <= latest_implementation_on;
            (fits, if fits {
                format!("体系最迟须在 {latest_implementation_on} 前发布实施，才能运行满 {months} 个月并留出 {lead_time_days} 天完成验收（截止 {deadline}）")
            } else {
                format!("已过体系最迟实施日期 {latest_implementation_on}：运行满 {months} 个月后再留出 {lead_time_days} 天验收，将晚于截止日期 {deadline}")
            })
        }
        (Some(_), Some(e), _) if e > latest_application_on => (
            false,
            format!("最短运行期要到 {e} 才满，晚于最迟申请日期 {latest_application_on}（截止 {deadline} 前需留 {lead_time_days} 天验收）"),
        ),
        // Too early is the operation rule's concern; the deadline can still be met.
        (Some(_), Some(e), Some(p)) if p < e => (
            true,
            format!("计划申请日期 {p} 早于最短运行期满的日期 {e}，请推迟到 {e} 之后、{latest_application_on} 之前"),
        ),
        (Some(_), Some(_), Some(p)) if p > latest_application_on => (
            false,
            format!("计划申请日期 {p} 晚于最迟申请日期 {latest_application_on}：留给验收的时间不足 {lead_time_days} 天"),
        ),
        (Some(_), Some(e), Some(p)) => (
            true,
            format!("可于 {e} 起申请，计划 {p} 申请，最迟 {latest_application_on}，截止日期 {deadline}"),
        ),
        (Some(_), Some(e), None) => (
            true,
            format!("可于 {e} 至 {latest_application_on} 之间申请（截止日期 {deadline}），请确定计划申请日期"),
        ),
        (Some(_), None, _) => (false, String::new()),
    };
    DeadlinePlan {
        deadline: Some(deadline),
        lead_time_days,
        min_months: months,
        latest_application_on: Some(latest_application_on),
        latest_implementation_on: Some(latest_implementation_on),
        earliest_application_on: earliest,
        planned_application_on,
        fits,
        summary,
    }
}
