//! The first sections: 企业基本情况, 领导小组成立文件, the implementation
//! plan with its completion, and training.

use super::data::{day, num, opt_day, Data};
use super::{kv, table};
use crate::export::layout::Composer;
use crate::model::{GroupPosition, TaskStatus};

pub(crate) fn profile(c: &mut Composer, d: &Data) {
    let p = &d.profile;
    let h = &p.ip_holdings;
    let quals: Vec<&str> = p.qualifications.iter().map(|q| q.label()).collect();
    kv(
        c,
        vec![
            ("企业名称", p.name.clone()),
            ("统一社会信用代码", p.credit_code.clone()),
            ("法定代表人", p.legal_representative.clone()),
            ("地址", p.address.clone()),
            ("所在地区", format!("{}{}", p.city, p.district)),
            ("所属行业", p.industry.clone()),
            (
                "员工人数",
                p.staff_count.map(|n| format!("{n} 人")).unwrap_or_default(),
            ),
            ("企业资质", quals.join("、")),
            (
                "知识产权",
                format!(
                    "发明专利 {} 件，实用新型 {} 件，外观设计 {} 件，商标 {} 件，软件著作权 {} 件",
                    h.invention_patents,
                    h.utility_models,
                    h.design_patents,
                    h.trademarks,
                    h.software_copyrights
                ),
            ),
            ("联系人", p.contact_person.clone()),
            ("联系电话", p.contact_phone.clone()),
            ("电子邮箱", p.contact_email.clone()),
            ("贯标计划", d.program.name.clone()),
            ("执行标准", p.standard_edition.clone()),
            ("申报路径", d.path_name()),
        ],
    );
    c.heading(2, "部门设置");
    table(
        c,
        &["部门", "负责人", "人数", "主要职责"],
        d.departments
            .iter()
            .map(|x| {
                vec![
                    x.name.clone(),
                    x.head_name.clone().unwrap_or_default(),
                    x.person_count.to_string(),
                    x.responsibilities.clone(),
                ]
            })
            .collect(),
    );
}

pub(crate) fn leading_group(c: &mut Composer, d: &Data) {
    let o = &d.organisation;
    c.centered(
        "关于成立知识产权贯标工作领导小组的通知",
        &crate::export::layout::TextStyle {
            size: 14.0,
            leading: 26.0,
            bold: true,
            grey: 0.0,
        },
    );
    if !o.doc_number.is_empty() {
        c.centered(&o.doc_number, &crate::export::layout::BODY);
    }
    c.space(6.0);
    c.paragraph(&format!(
        "为贯彻 {}，建立健全知识产权管理体系，经公司研究决定，成立知识产权贯标工作领导小组，统筹贯标工作。{}",
        d.profile.standard_edition,
        o.lead_department_name
            .as_ref()
            .map(|n| format!("领导小组下设办公室于{n}，负责日常工作。"))
            .unwrap_or_default()
    ));
    let order = |p: GroupPosition| match p {
        GroupPosition::Leader => 0,
        GroupPosition::Deputy => 1,
        GroupPosition::Member => 2,
    };
    let mut members: Vec<_> = o.members.iter().filter(|m| !m.archived).collect();
    members.sort_by_key(|m| order(m.position));
    table(
        c,
        &["职务", "姓名", "部门及岗位", "职责"],
        members
            .iter()
            .map(|m| {
                vec![
                    m.position.label().to_string(),
                    m.person_name.clone(),
                    format!(
                        "{}{}",
                        m.department_name.clone().unwrap_or_default(),
                        if m.person_position.is_empty() {
                            String::new()
                        } else {
                            format!(" {}", m.person_position)
                        }
                    ),
                    m.duties.clone(),
                ]
            })
            .collect(),
    );
    kv(
        c,
        vec![
            ("成立日期", opt_day(o.established_on)),
            ("文号", o.doc_number.clone()),
            (
                "牵头部门",
                o.lead_department_name.clone().unwrap_or_default(),
            ),
            ("贯标联络人", o.coordinator_name.clone().unwrap_or_default()),
            (
                "管理者代表任命",
                format!("{} {}", opt_day(o.rep_appointed_on), o.rep_appointment_doc),
            ),
            (
                "辅导机构",
                if o.consultant_name.is_empty() {
                    "自主实施".into()
                } else {
                    format!("{}（{}）", o.consultant_name, o.consultant_credit_code)
                },
            ),
        ],
    );
}

pub(crate) fn plan(c: &mut Composer, d: &Data) {
    let tasks = &d.plan.tasks;
    let done = tasks
        .iter()
        .filter(|t| t.status == TaskStatus::Done)
        .count();
    c.paragraph(&format!(
        "实施计划共 {} 项任务，已完成 {} 项，逾期 {} 项，存在风险 {} 项。{}",
        tasks.len(),
        done,
        d.plan.overdue,
        d.plan.at_risk,
        match d.plan.deadline {
            Some(deadline) => format!("计划截止日期为{}。", day(deadline)),
            None => "不参加政府贯标计划，没有截止日期。".into(),
        }
    ));
    let stages: Vec<(String, String)> = if d.program.stages.is_empty() {
        crate::catalog::program::GENERIC_STAGES
            .iter()
            .map(|(id, name)| (id.to_string(), name.to_string()))
            .collect()
    } else {
        d.plan
            .stages
            .iter()
            .map(|s| (s.id.clone(), s.name.clone()))
            .collect()
    };
    for (stage_id, stage_name) in &stages {
        let rows: Vec<Vec<String>> = tasks
            .iter()
            .filter(|t| &t.stage == stage_id)
            .map(|t| {
                vec![
                    t.title.clone(),
                    t.owner_name.clone().unwrap_or_default(),
                    t.planned_start.to_string(),
                    t.planned_end.to_string(),
                    t.actual_end.map(|d| d.to_string()).unwrap_or_default(),
                    t.status.label().into(),
                ]
            })
            .collect();
        if rows.is_empty() {
            continue;
        }
        c.heading(2, stage_name);
        table(
            c,
            &["任务", "负责人", "计划开始", "计划完成", "实际完成", "状态"],
            rows,
        );
    }
}

pub(crate) fn training(c: &mut Composer, d: &Data) {
    let cr = &d.credits;
    c.heading(2, "线上学习学分");
    c.paragraph(&format!(
        "须参加{}线上学习的人员 {} 名（{}），学分门槛 {}，已达标 {} 名。",
        d.program.training_platform,
        cr.people.len(),
        cr.required_roles
            .iter()
            .map(|r| r.label())
            .collect::<Vec<_>>()
            .join("、"),
        cr.threshold.map(num).unwrap_or_else(|| "未设定".into()),
        cr.reached_count
    ));
    table(
        c,
        &["姓名", "部门", "角色", "学分", "达标日期", "是否达标"],
        cr.people
            .iter()
            .map(|p| {
                vec![
                    p.person_name.clone(),
                    p.department_name.clone().unwrap_or_default(),
                    p.roles
                        .iter()
                        .map(|r| r.label())
                        .collect::<Vec<_>>()
                        .join("、"),
                    num(p.credits),
                    p.reached_on.map(|d| d.to_string()).unwrap_or_default(),
                    match p.reached {
                        Some(true) => "达标",
                        Some(false) => "未达标",
                        None => "—",
                    }
                    .into(),
                ]
            })
            .collect(),
    );
    c.heading(2, "线下培训");
    table(
        c,
        &["日期", "类别", "主题", "讲师", "学时", "人数"],
        d.sessions
            .iter()
            .map(|s| {
                vec![
                    s.held_on.to_string(),
                    s.kind.label().into(),
                    s.topic.clone(),
                    s.trainer.clone(),
                    num(s.hours),
                    s.attendee_ids.len().to_string(),
                ]
            })
            .collect(),
    );
    c.heading(2, "全员培训覆盖");
    let cov = &d.coverage_staff;
    c.paragraph(&format!(
        "在册员工 {} 人，参加全员培训 {} 人，覆盖率 {:.1}%。{}",
        cov.staff,
        cov.attended,
        cov.share * 100.0,
        if cov.not_attended.is_empty() {
            "全体员工均已参加。".to_string()
        } else {
            format!("未参加：{}。", cov.not_attended.join("、"))
        }
    ));
    c.heading(2, "内审员");
    table(
        c,
        &["姓名", "部门", "证书编号", "发证机构", "取得日期"],
        d.auditors
            .auditors
            .iter()
            .map(|a| {
                vec![
                    a.person_name.clone(),
                    a.department_name.clone().unwrap_or_default(),
                    a.certificate_no.clone(),
                    a.issuer.clone(),
                    a.qualified_on.map(|d| d.to_string()).unwrap_or_default(),
                ]
            })
            .collect(),
    );
}
