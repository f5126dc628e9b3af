//! The organisation and the plan: leadership group, lead department,
//! management representative, the implementation plan and its progress.

use super::{names, Facts, Rule};
use crate::error::Result;
use crate::model::{
    GroupPosition, Person, PersonQuery, Role, RuleId,
    Severity::{Blocker, Warning},
    TaskHealth,
};

fn in_top_management(p: &Person) -> bool {
    p.roles
        .iter()
        .any(|r| matches!(r, Role::TopManager | Role::SeniorManager))
}

pub(super) fn rules(f: &Facts) -> Result<Vec<Rule>> {
    let org = f.project.organisation()?;
    let leader = org
        .members
        .iter()
        .find(|m| m.position == GroupPosition::Leader && !m.archived);
    let reps = f.project.people(&PersonQuery {
        role: Some(Role::ManagementRepresentative),
        ..Default::default()
    })?;
    let plan = f.project.plan(f.program, f.today)?;
    Ok(vec![
        Rule::new(
            RuleId::LeadershipGroup,
            Blocker,
            leader.is_some() && org.established_on.is_some(),
            match (leader, org.established_on) {
                (Some(l), Some(d)) => format!(
                    "领导小组于 {d} 成立，组长 {}，共 {} 人",
                    l.person_name,
                    org.members.len()
                ),
                (None, _) => "领导小组尚未组建或未指定组长".into(),
                (Some(_), None) => "请填写领导小组成立日期".into(),
            },
        ),
        Rule::new(
            RuleId::LeadDepartment,
            Blocker,
            org.lead_department_id.is_some(),
            org.lead_department_name
                .clone()
                .map(|n| format!("牵头部门：{n}"))
                .unwrap_or_else(|| "尚未确定牵头部门".into()),
        ),
        Rule::new(
            RuleId::RepAppointed,
            Blocker,
            !reps.is_empty() && org.rep_appointed_on.is_some(),
            match (reps.first(), org.rep_appointed_on) {
                (Some(p), Some(d)) => format!("管理者代表 {} 于 {d} 任命", p.name),
                (None, _) => "尚未指定管理者代表".into(),
                (Some(p), None) => format!("管理者代表 {} 尚未登记任命书日期", p.name),
            },
        ),
        // 5.4.1: 最高管理者应在最高管理层中指定专人作为管理者代表. Top
        // management is the top manager and the 高层管理人员 (model/role.rs).
        Rule::new(
            RuleId::RepInTopManagement,
            Blocker,
            reps.first().is_some_and(in_top_management),
            match reps.first() {
                None => "尚未指定管理者代表".into(),
                Some(p) if in_top_management(p) => format!(
                    "管理者代表 {}（{}）为最高管理层成员",
                    p.name,
                    if p.position.is_empty() { "高层管理人员" } else { &p.position }
                ),
                Some(p) => format!(
                    "管理者代表 {}（{}）不是最高管理层成员：GB/T 29490 5.4.1 要求在最高管理层中指定，请在人员页为其加上“{}”角色，或另行任命",
                    p.name,
                    [p.department_name.clone().unwrap_or_default(), p.position.clone()]
                        .iter()
                        .filter(|x| !x.is_empty())
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(" "),
                    Role::SeniorManager.label()
                ),
            },
        ),
        Rule::new(
            RuleId::PlanExists,
            Blocker,
            !plan.tasks.is_empty(),
            if plan.tasks.is_empty() {
                "尚未制定实施计划".into()
            } else {
                format!("实施计划 {} 项任务", plan.tasks.len())
            },
        ),
        Rule::new(
            RuleId::PlanOnTrack,
            Warning,
            plan.overdue == 0,
            if plan.overdue == 0 {
                "没有逾期任务".into()
            } else {
                let late: Vec<String> = plan
                    .tasks
                    .iter()
                    .filter(|t| t.health == TaskHealth::Overdue)
                    .map(|t| t.title.clone())
                    .collect();
                format!("{} 项任务逾期：{}", late.len(), names(&late, 3))
            },
        ),
    ])
}
