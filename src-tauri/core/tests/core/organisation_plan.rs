//! The leadership group, consultant, appointments and the implementation plan.

use crate::support::{self, new_project, program, ymd as d};
use guanbiao_core::catalog::ProgramProfile;
use guanbiao_core::model::*;
use guanbiao_core::{ErrorCode, Project};

fn setup() -> (tempfile::TempDir, Project, ProgramProfile) {
    let (dir, p) = new_project();
    (dir, p, program())
}

fn person(p: &mut Project, name: &str, roles: &[Role]) -> i64 {
    support::person(p, name, None, roles)
}

fn member(id: i64, position: GroupPosition) -> GroupMemberInput {
    GroupMemberInput {
        person_id: id,
        position,
        duties: "职责".into(),
    }
}

#[test]
fn leadership_group_rules_and_warnings() {
    let (_d, mut p, _) = setup();
    let ip = p
        .create_department(&DepartmentInput {
            name: "知识产权部".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let boss = person(&mut p, "王总", &[Role::TopManager]);
    let rep = person(
        &mut p,
        "赵总",
        &[Role::ManagementRepresentative, Role::SeniorManager],
    );
    let clerk = person(&mut p, "小林", &[Role::IpStaff]);

    let o = p.organisation().unwrap();
    assert!(o.warnings.iter().any(|w| w.contains("尚未组建")));

    // A leader outside top management is saved with a warning.
    let mut input = OrganisationInput {
        established_on: Some(d("2022-04-06")),
        doc_number: "〔2022〕12号".into(),
        lead_department_id: Some(ip),
        coordinator_id: Some(clerk),
        mode: Some(ImplementationMode::Independent),
        rep_appointed_on: Some(d("2022-04-06")),
        members: vec![
            member(clerk, GroupPosition::Leader),
            member(rep, GroupPosition::Deputy),
        ],
        ..Default::default()
    };
    let o = p.save_organisation(&input).unwrap();
    assert!(
        o.warnings
            .iter()
            .any(|w| w.contains("组长 小林 不是最高管理者或高层管理人员")),
        "{:?}",
        o.warnings
    );

    input.members = vec![
        member(boss, GroupPosition::Leader),
        member(rep, GroupPosition::Deputy),
        member(clerk, GroupPosition::Member),
    ];
    let o = p.save_organisation(&input).unwrap();
    assert!(o.warnings.is_empty(), "{:?}", o.warnings);
    assert_eq!(o.members[0].person_name, "王总");
    assert_eq!(o.lead_department_name.as_deref(), Some("知识产权部"));
    assert_eq!(o.doc_number, "〔2022〕12号");

    // Two leaders, a duplicate member, a missing consultant name, a malformed consultant code.
    let mut bad = input.clone();
    bad.members.push(member(rep, GroupPosition::Leader));
    assert!(p
        .save_organisation(&bad)
        .unwrap_err()
        .message
        .contains("只能有一位组长"));
    bad.members = vec![
        member(boss, GroupPosition::Leader),
        member(boss, GroupPosition::Member),
    ];
    assert!(p
        .save_organisation(&bad)
        .unwrap_err()
        .message
        .contains("重复出现"));
    let mut consultant = input.clone();
    consultant.mode = Some(ImplementationMode::Consultant);
    assert!(p
        .save_organisation(&consultant)
        .unwrap_err()
        .message
        .contains("请填写辅导机构名称"));
    consultant.consultant_name = "某辅导机构".into();
    consultant.consultant_credit_code = "123".into();
    assert!(p
        .save_organisation(&consultant)
        .unwrap_err()
        .message
        .contains("辅导机构的"));
    consultant.consultant_credit_code = "91310110666007217T".into();
    let o = p.save_organisation(&consultant).unwrap();
    assert_eq!(o.mode, Some(ImplementationMode::Consultant));
    assert_eq!(o.members.len(), 3, "failed saves changed nothing");

    // An archived member stays on the record, with a warning.
    p.archive_person(clerk).unwrap();
    let o = p.organisation().unwrap();
    assert!(o
        .members
        .iter()
        .any(|m| m.person_name == "小林" && m.archived));
    assert!(o.warnings.iter().any(|w| w.contains("小林 已归档")));
    assert_eq!(
        p.save_organisation(&consultant).unwrap_err().code,
        ErrorCode::Conflict
    );
}

#[test]
fn default_plan_follows_the_program() {
    let (_d, mut p, prog) = setup();
    let made = p.generate_plan(&prog, d("2022-04-01"), false).unwrap();
    assert_eq!(made.tasks, 10);
    assert_eq!(made.shifted_days, 0, "the program's dates are all ahead");
    assert_eq!(made.past_deadline, None);
    let e = p.generate_plan(&prog, d("2022-04-01"), false).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    let plan = p.plan(&prog, d("2022-04-01")).unwrap();
    assert_eq!(plan.deadline, Some(d("2022-10-31")));
    assert_eq!(plan.stages.len(), 3);
    let by = |needle: &str| {
        plan.tasks
            .iter()
            .find(|t| t.title.contains(needle))
            .unwrap()
            .clone()
    };
    let issue = by("体系发布");
    let operation = by("体系运行");
    let audit = by("内部审核");
    let review = by("管理评审");
    let apply = by("申请");
    assert_eq!(operation.planned_start, issue.planned_start);
    assert_eq!(
        operation.planned_end,
        guanbiao_core::dates::add_months(issue.planned_start, 3)
    );
    assert!(
        audit.planned_start >= issue.planned_start && audit.planned_end <= operation.planned_end
    );
    assert!(review.planned_start > audit.planned_end);
    assert!(apply.planned_start > operation.planned_end);
    assert_eq!(apply.planned_end, d("2022-10-31"));
    assert!(plan.tasks.iter().all(|t| t.planned_end <= d("2022-10-31")));
    assert!(plan
        .tasks
        .iter()
        .all(|t| t.planned_start >= d("2022-04-01")));
    assert_eq!(by("线上培训").stage_name, "培训阶段");
}

#[test]
fn a_plan_generated_after_the_programs_dates_starts_today_never_all_overdue() {
    let (_d, mut p, prog) = setup();
    // Generated in July 2022: the program's training and start have passed.
    let today = d("2022-07-15");
    let made = p.generate_plan(&prog, today, false).unwrap();
    assert!(made.shifted_days > 0, "{made:?}");
    let plan = p.plan(&prog, today).unwrap();
    assert!(plan.tasks.iter().all(|t| t.planned_end >= today));
    assert_eq!(
        plan.overdue, 0,
        "nothing is late on the day it is generated"
    );
    assert_eq!(
        plan.tasks.iter().map(|t| t.planned_start).min(),
        Some(today),
        "it starts today"
    );
    // The deadline cannot be kept, and the result says so.
    assert_eq!(made.past_deadline, Some(d("2022-10-31")));
    assert!(made.last_end > d("2022-10-31"));

    // Four years late (the 2022 plan in December 2026): the same.
    let late = d("2026-12-05");
    let made = p.generate_plan(&prog, late, true).unwrap();
    assert_eq!(p.plan(&prog, late).unwrap().overdue, 0, "{made:?}");
}

#[test]
fn the_plan_moves_as_a_whole_except_what_is_done() {
    let (_d, mut p, prog) = setup();
    p.generate_plan(&prog, d("2022-04-01"), false).unwrap();
    let before = p.plan(&prog, d("2022-04-01")).unwrap().tasks;
    // The first task is done: its dates are history.
    let done = &before[0];
    let mut input = PlanTaskInput {
        stage: done.stage.clone(),
        title: done.title.clone(),
        owner_department_id: done.owner_department_id,
        planned_start: Some(done.planned_start),
        planned_end: Some(done.planned_end),
        actual_start: Some(done.planned_start),
        actual_end: Some(done.planned_end),
        status: Some(TaskStatus::Done),
        ..Default::default()
    };
    input.owner_person_id = done.owner_person_id;
    p.update_plan_task(done.id, &input, &prog).unwrap();

    let r = p.shift_plan(14).unwrap();
    assert_eq!((r.moved, r.kept), (before.len() as u32 - 1, 1));
    let after = p.plan(&prog, d("2022-04-01")).unwrap().tasks;
    for t in &after {
        let old = before.iter().find(|b| b.id == t.id).unwrap();
        let by = if t.id == done.id { 0 } else { 14 };
        assert_eq!(
            t.planned_start,
            guanbiao_core::dates::add_days(old.planned_start, by)
        );
        assert_eq!(
            t.planned_end,
            guanbiao_core::dates::add_days(old.planned_end, by)
        );
    }
    p.shift_plan(-14).unwrap();
    let back = p.plan(&prog, d("2022-04-01")).unwrap().tasks;
    assert!(back.iter().all(|t| before
        .iter()
        .any(|b| b.id == t.id && b.planned_end == t.planned_end)));
    assert_eq!(p.shift_plan(0).unwrap_err().code, ErrorCode::InvalidInput);
    assert_eq!(
        p.shift_plan(4000).unwrap_err().code,
        ErrorCode::InvalidInput
    );
}

#[test]
fn task_edits_health_and_bad_dates() {
    let (_d, mut p, prog) = setup();
    let owner = person(&mut p, "小林", &[Role::IpStaff]);
    let input = PlanTaskInput {
        stage: "implementation".into(),
        title: "编制程序文件".into(),
        owner_person_id: Some(owner),
        planned_start: Some(d("2022-05-01")),
        planned_end: Some(d("2022-05-31")),
        ..Default::default()
    };
    let t = p.create_plan_task(&input, &prog).unwrap();
    assert_eq!(t.owner_name.as_deref(), Some("小林"));

    let health = |p: &Project, today: &str| p.plan(&prog, d(today)).unwrap().tasks[0].health;
    assert_eq!(health(&p, "2022-04-01"), TaskHealth::OnTrack);
    assert_eq!(
        health(&p, "2022-05-03"),
        TaskHealth::AtRisk,
        "should have started"
    );
    assert_eq!(health(&p, "2022-06-01"), TaskHealth::Overdue);
    let mut started = input.clone();
    started.status = Some(TaskStatus::InProgress);
    started.actual_start = Some(d("2022-05-01"));
    p.update_plan_task(t.id, &started, &prog).unwrap();
    assert_eq!(health(&p, "2022-05-10"), TaskHealth::OnTrack);
    assert_eq!(
        health(&p, "2022-05-26"),
        TaskHealth::AtRisk,
        "due within a week"
    );
    assert_eq!(p.plan(&prog, d("2022-06-01")).unwrap().overdue, 1);

    let mut bad = input.clone();
    bad.planned_end = Some(d("2022-04-01"));
    assert!(p
        .create_plan_task(&bad, &prog)
        .unwrap_err()
        .message
        .contains("早于计划开始日期"));
    bad = started.clone();
    bad.actual_end = Some(d("2022-04-30"));
    bad.status = Some(TaskStatus::Done);
    assert!(p
        .update_plan_task(t.id, &bad, &prog)
        .unwrap_err()
        .message
        .contains("早于实际开始日期"));
    bad.actual_end = None;
    assert!(p
        .update_plan_task(t.id, &bad, &prog)
        .unwrap_err()
        .message
        .contains("请填写实际完成日期"));
    bad = input.clone();
    bad.stage = "moon".into();
    assert!(p
        .create_plan_task(&bad, &prog)
        .unwrap_err()
        .message
        .contains("未知的阶段"));
    bad = input.clone();
    bad.owner_person_id = Some(777);
    assert!(p
        .create_plan_task(&bad, &prog)
        .unwrap_err()
        .message
        .contains("不在人员名单中"));

    let mut done = started.clone();
    done.status = Some(TaskStatus::Done);
    done.actual_end = Some(d("2022-05-30"));
    p.update_plan_task(t.id, &done, &prog).unwrap();
    assert_eq!(health(&p, "2023-01-01"), TaskHealth::Done);
    assert_eq!(p.plan(&prog, d("2022-05-02")).unwrap().tasks.len(), 1);
    p.delete_plan_task(t.id).unwrap();
    assert!(p.plan(&prog, d("2022-05-02")).unwrap().tasks.is_empty());
}
