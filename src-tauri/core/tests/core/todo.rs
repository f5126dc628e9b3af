//! The 概览's 待办 on the demo: what is due within the week or late, late
//! first, each with the screen (and record) it is dealt with on.

use chrono::{Datelike, Duration, NaiveDate};
use guanbiao_core::model::{
    CorrectiveActionInput, Grade, NonconformityInput, PlanTaskInput, Screen, TodoKind,
};
use guanbiao_core::{catalog, demo};

#[test]
fn the_todo_list_holds_what_is_due_this_week_or_late_with_its_link() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    let cat = catalog::load().unwrap();
    let (program, standard) = p.program_and_standard(&cat).unwrap();
    let standard = standard.into_owned();
    let audit = p.audits().unwrap().into_iter().next().unwrap();
    // “Today” is the last day of the demo's audit: the demo's records are done.
    let today: NaiveDate = audit.ends_on;
    let before = p.todo(&program, today).unwrap();
    assert!(
        before
            .items
            .iter()
            .all(|i| i.kind != TodoKind::CorrectiveAction),
        "the demo's nonconformities are closed: {:?}",
        before.items
    );

    let task = |title: &str, end: NaiveDate| PlanTaskInput {
        stage: program.stages[0].id.clone(),
        title: title.into(),
        planned_start: Some(end - Duration::days(10)),
        planned_end: Some(end),
        ..Default::default()
    };
    p.create_plan_task(
        &task("三天后到期的任务", today + Duration::days(3)),
        &program,
    )
    .unwrap();
    p.create_plan_task(&task("昨天到期的任务", today - Duration::days(1)), &program)
        .unwrap();
    p.create_plan_task(
        &task("一个月后的任务", today + Duration::days(30)),
        &program,
    )
    .unwrap();

    let scope = &audit.scope[0];
    let nc = p
        .raise_nonconformity(
            &standard,
            audit.id,
            &NonconformityInput {
                department_id: scope.department_id,
                clause: scope.clause.clone(),
                fact: "合同未经知识产权审查".into(),
                grade: Some(Grade::Minor),
                found_on: Some(today),
                auditor_id: None,
            },
        )
        .unwrap();
    p.analyse_cause(nc.id, "合同审批流程中没有知识产权审查环节")
        .unwrap();
    p.plan_corrective_action(
        nc.id,
        &CorrectiveActionInput {
            correction: "补做审查".into(),
            corrective_action: "合同审批流程增加知识产权审查环节".into(),
            owner_id: Some(audit.leader_id),
            due_on: Some(today - Duration::days(2)),
        },
    )
    .unwrap();

    let list = p.todo(&program, today).unwrap();
    let titles: Vec<&str> = list.items.iter().map(|i| i.title.as_str()).collect();
    assert!(titles.contains(&"三天后到期的任务"), "{titles:?}");
    assert!(titles.contains(&"昨天到期的任务"), "{titles:?}");
    assert!(!titles.contains(&"一个月后的任务"), "{titles:?}");

    let action = list
        .items
        .iter()
        .find(|i| i.kind == TodoKind::CorrectiveAction)
        .expect("the late corrective action");
    assert!(action.late);
    assert!(action.title.contains(&nc.number), "{}", action.title);
    assert!(action.title.contains("完成纠正措施"), "{}", action.title);
    assert_eq!(action.link.screen, Screen::Audits);
    assert_eq!(action.link.record_id, Some(audit.id));
    assert_eq!(action.due_on, Some(today - Duration::days(2)));
    assert_eq!(action.owner.as_deref(), Some(audit.leader_name.as_str()));

    let late_task = list
        .items
        .iter()
        .find(|i| i.title == "昨天到期的任务")
        .unwrap();
    assert!(late_task.late);
    assert_eq!(late_task.link.screen, Screen::Plan);
    assert!(
        !list
            .items
            .iter()
            .find(|i| i.title == "三天后到期的任务")
            .unwrap()
            .late
    );

    // Late first, then by date.
    let first_not_late = list.items.iter().position(|i| !i.late).unwrap();
    assert!(list.items[..first_not_late].iter().all(|i| i.late));
    assert!(list.items[first_not_late..].iter().all(|i| !i.late));
    assert_eq!(list.late as usize, first_not_late);
    assert!(list.items[..first_not_late]
        .windows(2)
        .all(|w| w[0].due_on.is_none() >= w[1].due_on.is_none() || w[0].due_on <= w[1].due_on));
    assert_eq!(list.horizon, today + Duration::days(7));

    // A year later with the system issued and nothing planned for that
    // year: the year's audit and review are to be planned.
    let next_year = NaiveDate::from_ymd_opt(today.year() + 1, 3, 1).unwrap();
    let later = p.todo(&program, next_year).unwrap();
    for kind in [TodoKind::Audit, TodoKind::ManagementReview] {
        let i = later
            .items
            .iter()
            .find(|i| i.kind == kind && i.due_on.is_none())
            .unwrap_or_else(|| panic!("{kind:?} to plan: {:?}", later.items));
        assert!(i
            .title
            .contains(&format!("{} 年尚未安排", today.year() + 1)));
    }
}

#[test]
fn copies_of_an_obsolete_revision_still_out_are_to_be_withdrawn() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    let cat = catalog::load().unwrap();
    let program = p.program(&cat).unwrap();
    let today = p.audits().unwrap()[0].ends_on;
    let path = p.path().to_path_buf();
    p.close().unwrap();
    // A revision made obsolete while a copy of it is still out.
    let c = rusqlite::Connection::open(&path).unwrap();
    let (doc, rev): (i64, i64) = c
        .query_row(
            "SELECT r.document_id, r.id FROM revision r JOIN distribution x ON x.revision_id = r.id
             WHERE x.withdrawn_on IS NULL LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    c.execute(
        "UPDATE revision SET status = 'obsolete', obsolete_on = ?2 WHERE id = ?1",
        rusqlite::params![rev, today],
    )
    .unwrap();
    drop(c);
    let p = guanbiao_core::Project::open(&path).unwrap();
    let list = p.todo(&program, today).unwrap();
    let w = list
        .items
        .iter()
        .find(|i| i.kind == TodoKind::Withdrawal)
        .unwrap_or_else(|| panic!("{:?}", list.items));
    assert!(w.late);
    assert!(w.title.starts_with("回收《"), "{}", w.title);
    assert_eq!(w.link.screen, Screen::Documents);
    assert_eq!(w.link.record_id, Some(doc));
}
