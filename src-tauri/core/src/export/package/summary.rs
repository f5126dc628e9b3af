//! 贯标工作总结: a narrative written from the records — every sentence
//! carries the dates, counts and names the records hold, and a stage with
//! no records says so instead of claiming work that was not done.

use super::data::{day, num, opt_day, Data};
use crate::model::{GroupPosition, ImplementationMode, NcStatus, TaskStatus};

/// The paragraphs of the summary, each under a sub-heading.
pub(crate) fn summary(d: &Data) -> Vec<(&'static str, Vec<String>)> {
    vec![
        ("（一）基本情况与启动", start(d)),
        ("（二）实施计划与培训", plan_and_training(d)),
        ("（三）体系文件的建立与发布", documents(d)),
        ("（四）体系运行、内部审核与管理评审", operation(d)),
        ("（五）自我评价与申报", conclusion(d)),
    ]
}

fn names(v: &[String]) -> String {
    match v.len() {
        0 => String::new(),
        1..=6 => v.join("、"),
        n => format!("{}等 {n} 人", v[..5].join("、")),
    }
}

fn start(d: &Data) -> Vec<String> {
    let p = &d.profile;
    let o = &d.organisation;
    let mut out = Vec::new();
    let mut s = p.name.clone();
    if !p.city.is_empty() {
        s += &format!("位于{}{}", p.city, p.district);
    }
    if !p.industry.is_empty() {
        s += &format!("，所属行业为{}", p.industry);
    }
    if let Some(n) = p.staff_count {
        s += &format!("，现有员工 {n} 人");
    }
    let h = &p.ip_holdings;
    s += &format!(
        "。截至本材料编制之日，公司拥有发明专利 {} 件、实用新型专利 {} 件、外观设计专利 {} 件、注册商标 {} 件、软件著作权 {} 件。",
        h.invention_patents, h.utility_models, h.design_patents, h.trademarks, h.software_copyrights
    );
    s += &if d.program.is_none() {
        format!(
            "公司依据 {} 开展知识产权管理体系贯标工作，未参加政府贯标计划，直接申请第三方认证。",
            p.standard_edition
        )
    } else {
        format!(
            "公司按照{}的要求，依据 {} 开展知识产权管理体系贯标工作。",
            d.program.name, p.standard_edition
        )
    };
    out.push(s);

    let leaders: Vec<String> = o
        .members
        .iter()
        .filter(|m| m.position == GroupPosition::Leader)
        .map(|m| m.person_name.clone())
        .collect();
    let deputies: Vec<String> = o
        .members
        .iter()
        .filter(|m| m.position == GroupPosition::Deputy)
        .map(|m| m.person_name.clone())
        .collect();
    match o.established_on {
        Some(on) => {
            let mut s = format!("{}，公司", day(on));
            if !o.doc_number.is_empty() {
                s += &format!("以{}文件", o.doc_number);
            }
            s += &format!(
                "成立知识产权贯标工作领导小组，成员共 {} 人",
                o.members.len()
            );
            if !leaders.is_empty() {
                s += &format!("，由{}任组长", names(&leaders));
            }
            if !deputies.is_empty() {
                s += &format!("，{}任副组长", names(&deputies));
            }
            if let Some(dep) = &o.lead_department_name {
                s += &format!("，{dep}为贯标牵头部门");
            }
            if let Some(c) = &o.coordinator_name {
                s += &format!("，{c}负责日常协调");
            }
            s += "。";
            if let Some(rep) = d.people.iter().find(|x| {
                x.roles
                    .contains(&crate::model::Role::ManagementRepresentative)
            }) {
                s += &format!("公司任命{}为管理者代表", rep.name);
                if let Some(on) = o.rep_appointed_on {
                    s += &format!("（{}", day(on));
                    if !o.rep_appointment_doc.is_empty() {
                        s += &format!("，{}", o.rep_appointment_doc);
                    }
                    s += "）";
                }
                s += "。";
            }
            out.push(s);
        }
        None => out.push("领导小组的成立日期尚未登记。".into()),
    }
    match o.mode {
        Some(ImplementationMode::Consultant) if !o.consultant_name.is_empty() => out.push(format!(
            "贯标工作委托{}提供辅导{}。",
            o.consultant_name,
            o.consultant_contract_on
                .map(|d| format!("，合同签订于{}", day(d)))
                .unwrap_or_default()
        )),
        Some(ImplementationMode::Independent) => {
            out.push("贯标工作由公司自主实施，未委托辅导机构。".into())
        }
        _ => {}
    }
    out
}

fn plan_and_training(d: &Data) -> Vec<String> {
    let mut out = Vec::new();
    let tasks = &d.plan.tasks;
    let done = tasks
        .iter()
        .filter(|t| t.status == TaskStatus::Done)
        .count();
    let cancelled = tasks
        .iter()
        .filter(|t| t.status == TaskStatus::Cancelled)
        .count();
    if tasks.is_empty() {
        out.push("贯标实施计划尚未编制。".into());
    } else {
        let first = tasks.iter().map(|t| t.planned_start).min();
        let last = tasks.iter().map(|t| t.planned_end).max();
        let mut s = format!(
            "公司编制了贯标实施计划，分 {} 个阶段共 {} 项任务，计划周期自{}至{}。截至{}，已完成 {} 项",
            d.plan.stages.len(),
            tasks.len(),
            opt_day(first),
            opt_day(last),
            day(d.today),
            done
        );
        if cancelled > 0 {
            s += &format!("，取消 {cancelled} 项");
        }
        let open = tasks.len() - done - cancelled;
        if open > 0 {
            s += &format!("，尚在进行 {open} 项");
            if d.plan.overdue > 0 {
                s += &format!("（其中逾期 {} 项）", d.plan.overdue);
            }
        }
        s += "。";
        out.push(s);
    }

    let hours: f64 = d.sessions.iter().map(|s| s.hours).sum();
    let cov = &d.coverage_staff;
    if d.sessions.is_empty() {
        out.push("尚未登记线下培训。".into());
    } else {
        let first = d.sessions.iter().map(|s| s.held_on).min();
        let last = d.sessions.iter().map(|s| s.held_on).max();
        out.push(format!(
            "{}至{}，公司共组织线下培训 {} 场、合计 {} 学时，内容涵盖{}。全员培训覆盖 {} 名在册员工中的 {} 人（{:.0}%）。",
            opt_day(first),
            opt_day(last),
            d.sessions.len(),
            num(hours),
            topics(d),
            cov.staff,
            cov.attended,
            cov.share * 100.0
        ));
    }
    let c = &d.credits;
    let required = c.people.len();
    let mut s = match c.threshold {
        Some(t) => format!(
            "按计划要求，{}等 {} 名人员须在{}完成线上学习并达到 {} 学分，已达标 {} 人",
            roles(d),
            required,
            d.program.training_platform,
            num(t),
            c.reached_count
        ),
        None => format!(
            "{} 名须参加线上学习的人员已登记学分，已达标 {} 人（学分门槛尚未设定）",
            required, c.reached_count
        ),
    };
    if c.missing.is_empty() {
        s += "，全部达标。";
    } else {
        s += &format!("，尚未达标的有{}。", names(&c.missing));
    }
    out.push(s);
    let a = &d.auditors;
    out.push(format!(
        "公司共有内审员 {} 名，其中取得内审员资格证书的 {} 名。",
        a.auditors.len(),
        a.qualified_count
    ));
    out
}

fn topics(d: &Data) -> String {
    let mut t: Vec<String> = d
        .sessions
        .iter()
        .map(|s| format!("“{}”", s.topic))
        .collect();
    t.dedup();
    if t.len() > 4 {
        format!("{}等", t[..4].join("、"))
    } else {
        t.join("、")
    }
}

fn roles(d: &Data) -> String {
    let r: Vec<&str> = d.credits.required_roles.iter().map(|r| r.label()).collect();
    r.join("、")
}

fn documents(d: &Data) -> Vec<String> {
    use crate::model::DocType::*;
    let published: Vec<_> = d.published().collect();
    let count = |t| published.iter().filter(|x| x.doc_type == t).count();
    let mut out = Vec::new();
    let kinds: Vec<String> = [
        (Policy, "方针和目标"),
        (Manual, "知识产权手册"),
        (Procedure, "程序文件"),
        (Rule, "管理制度"),
        (Form, "记录表单"),
        (External, "外来文件"),
    ]
    .into_iter()
    .filter(|(t, _)| count(*t) > 0)
    .map(|(t, label)| format!("{label} {} 份", count(t)))
    .collect();
    let mut s = format!(
        "在差距诊断的基础上，公司编制并发布体系文件 {} 份：{}。",
        published.len(),
        kinds.join("、")
    );
    if let Some(issue) = &d.issue {
        s += &format!(
            "体系文件于{}正式发布，自{}起实施。",
            day(issue.issued_on),
            day(issue.implemented_on)
        );
    } else {
        s += "体系尚未正式发布。";
    }
    out.push(s);
    let applicable = d.coverage.rows.iter().filter(|r| r.applicable).count();
    let covered = applicable - d.coverage.gaps.len();
    let mut s = format!(
        "对照 {} 的 {} 个适用条款，已发布文件覆盖 {} 个",
        d.profile.standard_edition, applicable, covered
    );
    if d.coverage.gaps.is_empty() {
        s += "，全部条款均有文件支撑。";
    } else {
        let gaps: Vec<String> = d.coverage.gaps.iter().map(|k| d.clause_no(k)).collect();
        s += &format!("，尚缺 {}。", gaps.join("、"));
    }
    let depts: std::collections::BTreeSet<i64> =
        d.allocation.iter().map(|c| c.department_id).collect();
    s += &format!(
        "职能分配表将各条款的主责与配合职责分配到 {} 个部门。",
        depts.len()
    );
    out.push(s);
    out
}

fn operation(d: &Data) -> Vec<String> {
    let mut out = Vec::new();
    let op = &d.operation;
    let counted = |b: bool| !b;
    let checkins = d
        .checkins
        .iter()
        .filter(|c| counted(c.before_operation))
        .count();
    let records = d
        .records
        .iter()
        .filter(|r| counted(r.before_operation))
        .count();
    let problems: Vec<_> = d
        .problems
        .iter()
        .filter(|p| counted(p.before_operation))
        .collect();
    let resolved = problems.iter().filter(|p| p.resolved_on.is_some()).count();
    match op.implemented_on {
        Some(on) => out.push(format!(
            "体系自{}起运行，至{}已运行 {} 天（计划要求不少于 {} 个月，{}）。运行期间按月检查 {} 次，形成运行记录 {} 份，发现问题 {} 项、已解决 {} 项。",
            day(on),
            day(d.today),
            op.days_run,
            op.min_months,
            if op.complete {
                "已满足".to_string()
            } else {
                format!("预计{}满足", opt_day(op.min_complete_on))
            },
            checkins,
            records,
            problems.len(),
            resolved
        )),
        None => out.push("体系尚未开始运行。".into()),
    }
    if d.audits.is_empty() {
        out.push("尚未开展内部审核。".into());
    }
    for r in &d.audits {
        let a = &r.audit;
        let ncs = &r.nonconformities;
        let closed = ncs.iter().filter(|n| n.status == NcStatus::Closed).count();
        let mut s = format!(
            "{}至{}，公司开展内部审核（{}），审核组长{}，审核员{}；审核覆盖 {} 个部门，检查要点 {} 项，符合 {} 项，观察项 {} 项，开具不符合项 {} 项（严重 {} 项、一般 {} 项），已关闭 {} 项。",
            day(a.starts_on),
            day(a.ends_on),
            a.number,
            a.leader_name,
            names(&a.auditor_names),
            a.scope
                .iter()
                .map(|s| s.department_id)
                .collect::<std::collections::BTreeSet<_>>()
                .len(),
            r.checklist_total,
            r.conform,
            r.observations,
            ncs.len(),
            r.major,
            r.minor,
            closed
        );
        if let Some(n) = ncs.first() {
            s += &format!(
                "如{}在 {} 条款的不符合（{}），已采取纠正措施“{}”。",
                n.department_name,
                d.clause_no(&n.clause),
                n.fact,
                n.corrective_action
            );
        }
        if !a.conclusion.is_empty() {
            s += &format!("审核结论：{}", a.conclusion);
        }
        out.push(s);
    }
    if d.reviews.is_empty() {
        out.push("尚未开展管理评审。".into());
    }
    for r in &d.reviews {
        let done = r.outputs.iter().filter(|o| o.done).count();
        out.push(format!(
            "{}，{}主持召开管理评审会议（{}），{} 人参加，形成改进决定 {} 项，至今已落实 {} 项{}。",
            day(r.held_on),
            r.chair_name,
            r.number,
            r.attendee_names.len(),
            r.outputs.len(),
            done,
            if r.completed {
                "，评审已完成"
            } else {
                ""
            }
        ));
    }
    out
}

fn conclusion(d: &Data) -> Vec<String> {
    let r = &d.readiness;
    let passed = r.rules.iter().filter(|x| x.passed).count();
    let mut s = format!(
        "对照申报条件逐项自查 {} 项，符合 {} 项",
        r.rules.len(),
        passed
    );
    if r.ready {
        s += "，无阻断项";
        if r.warnings > 0 {
            s += &format!("，提醒 {} 项", r.warnings);
        }
        s += &format!("。公司认为已具备{}的申报条件", d.path_name());
        if let Some(b) = &d.body {
            s += &format!("，拟由{}实施认证", b.name);
        }
        s += "。";
    } else {
        s += &format!(
            "，尚有阻断项 {} 项、提醒 {} 项，将在申报前完成整改。",
            r.blockers, r.warnings
        );
    }
    vec![s, r.deadline.summary.clone()]
        .into_iter()
        .filter(|x| !x.is_empty())
        .collect()
}
