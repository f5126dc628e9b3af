//! The scope and schedule of a new internal audit, edited in the window. The
//! demo project (built with the core: setup, not the thing under test) has
//! an issued system, a 职能分配表 and qualified auditors from several
//! departments. The test leaves one department out of the scope and sees
//! the editor, the plan and the report say it is not covered; it assigns an
//! auditor to their own department's slot and sees the core's refusal
//! naming who and where, with nothing written.

use std::time::Duration;

use guanbiao_core::model::ChecklistJudgementInput;
use guanbiao_e2e::demo::audit_where;
use guanbiao_e2e::{ok, open_demo, App};
use serde_json::{json, Value};

const T: Duration = Duration::from_secs(20);

/// Clicks the antd checkbox whose input carries `testid` (through its label).
fn tick(app: &App, testid: &str) {
    app.session
        .click_css(&format!(
            ".ant-checkbox-wrapper:has([data-testid=\"{testid}\"])"
        ))
        .unwrap_or_else(|e| {
            app.shot("audit-scope-tick-failure");
            panic!("{e}")
        });
}

/// Waits until the text of `css` (as the DOM has it) contains `needle`, or not.
fn wait_dom_text(app: &App, css: &str, needle: &str, present: bool) -> String {
    let start = std::time::Instant::now();
    loop {
        let text = app.session.text_content(css).unwrap_or_default();
        if text.contains(needle) == present {
            return text;
        }
        if start.elapsed() > T {
            app.shot("audit-scope-text-failure");
            panic!("{css}: expected {needle:?} present={present}, got {text:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// How many cells of the department's column are ticked, of how many.
fn column(app: &App, department: i64) -> (u64, u64) {
    let v = app
        .session
        .execute(
            "const boxes = [...document.querySelectorAll(`[data-testid^='scope-${arguments[0]}-']`)];
             return [boxes.filter((b) => b.checked).length, boxes.length];",
            json!([department]),
        )
        .unwrap();
    (v[0].as_u64().unwrap(), v[1].as_u64().unwrap())
}

#[test]
fn a_department_left_out_is_reported_and_an_auditor_on_their_own_department_is_refused() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    open_demo(&app, files.path(), |_| {});
    let s = &app.session;

    let auditors: Vec<Value> = ok(s.invoke("auditor_overview", json!({})).unwrap())["auditors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["qualified"] == true)
        .cloned()
        .collect();
    assert!(auditors.len() >= 2, "{auditors:?}");
    let label = |a: &Value| {
        format!(
            "{}（{}）",
            a["person_name"].as_str().unwrap(),
            a["department_name"].as_str().unwrap()
        )
    };
    let (leader, second) = (&auditors[0], &auditors[1]);
    let departments = ok(s
        .invoke("department_list", json!({"includeArchived": false}))
        .unwrap());
    let allocation = ok(s.invoke("allocation_get", json!({})).unwrap());
    let allocated = |id: i64| {
        allocation
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["department_id"] == id)
    };
    let leader_dept = leader["department_id"].as_i64().unwrap();
    assert!(
        allocated(leader_dept),
        "the leader's department is in the default scope"
    );
    // Leave out an allocated department neither member of the team belongs to.
    let left_out = departments
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|d| {
            let id = d["id"].as_i64().unwrap();
            allocated(id) && id != leader_dept && d["id"] != second["department_id"]
        })
        .expect("a department to leave out")
        .clone();
    let left_id = left_out["id"].as_i64().unwrap();
    let left_name = left_out["name"].as_str().unwrap().to_string();
    let audits_before = ok(s.invoke("audit_list", json!({})).unwrap())
        .as_array()
        .unwrap()
        .len();

    // 基本信息.
    s.click_css("[data-testid=nav-audits]").unwrap();
    s.wait_text("[data-testid=audit-table]", "NS-2022-01", T)
        .unwrap();
    s.click_css("[data-testid=audit-add]").unwrap();
    s.wait("#audit_starts_on", T).unwrap();
    s.type_date("#audit_starts_on", "2022-08-15").unwrap();
    s.type_date("#audit_ends_on", "2022-08-16").unwrap();
    app.pick_option("#audit_leader_id", &label(leader));
    app.dropdowns_closed();
    app.pick_option("#audit_auditor_ids", &label(second));
    app.escape("#audit_auditor_ids");
    app.dropdowns_closed();

    // 审核范围: prefilled from the 职能分配表; the department is covered.
    s.click_css("[data-testid=audit-next]").unwrap();
    s.wait("[data-testid=scope-matrix]", T).unwrap();
    let dept_box = format!("scope-dept-{left_id}");
    let (ticked, total) = column(&app, left_id);
    assert!(
        ticked > 0 && ticked <= total,
        "allocated cells start ticked: {ticked}/{total}"
    );
    wait_dom_text(
        &app,
        "[data-testid=scope-coverage]",
        &format!("部门 {left_name}"),
        false,
    );
    // A clause row cleared shows in the note.
    // (a clause of the leader's department that is applicable, so shown)
    let clause = allocation
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["department_id"] == leader_dept)
        .map(|c| c["clause"].as_str().unwrap().to_string())
        .find(|c| {
            !s.find_all(&format!("[data-testid=\"scope-clause-{c}\"]"))
                .unwrap()
                .is_empty()
        })
        .expect("an applicable clause of the leader's department");
    // (ticked whole on the first click, cleared on the second; 恢复 brings the 职能分配表 back)
    tick(&app, &format!("scope-clause-{clause}"));
    tick(&app, &format!("scope-clause-{clause}"));
    wait_dom_text(&app, "[data-testid=scope-coverage]", &clause, true);
    s.click_css("[data-testid=scope-reset]").unwrap();
    wait_dom_text(&app, "[data-testid=scope-coverage]", &clause, false);
    // The department's select-all: a partly ticked column is ticked whole,
    // then, clicked again, left out.
    tick(&app, &dept_box);
    assert_eq!(column(&app, left_id), (total, total));
    tick(&app, &dept_box);
    assert_eq!(column(&app, left_id).0, 0);
    let note = wait_dom_text(
        &app,
        "[data-testid=scope-coverage]",
        &format!("部门 {left_name}"),
        true,
    );
    assert!(note.contains("未覆盖"), "{note}");
    std::thread::sleep(Duration::from_millis(400)); // the checkboxes' animation
    app.shot("63-audit-scope");

    // 审核日程: no slot for the department left out; the leader put on their
    // own department's slot.
    s.click_css("[data-testid=audit-next]").unwrap();
    s.wait("[data-testid=schedule-editor]", T).unwrap();
    let rows = s.find_all("[data-testid^=schedule-row-]").unwrap();
    assert!(rows.len() >= 3, "opening, departments, closing");
    assert!(
        s.find_all(&format!("[data-department=\"{left_id}\"]"))
            .unwrap()
            .is_empty(),
        "no slot for the department out of scope"
    );
    let row = s
        .execute(
            "return document.querySelector(arguments[0]).getAttribute('data-testid');",
            json!([format!("[data-department=\"{leader_dept}\"]")]),
        )
        .unwrap();
    let index = row
        .as_str()
        .and_then(|r| r.strip_prefix("schedule-row-"))
        .unwrap_or_else(|| panic!("the leader's department has a slot: {row}"))
        .to_string();
    let own_dept = leader["department_name"].as_str().unwrap();
    // The select's middle is its tag's ×: open the list with a mousedown on the box instead.
    s.execute(
        "document.querySelector(arguments[0]).closest('.ant-select').querySelector('.ant-select-selector')
           .dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
         return null;",
        json!([format!("#audit_slot_{index}_auditors")]),
    )
    .unwrap();
    let option = format!(
        ".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title=\"{}\"]",
        label(leader)
    );
    s.wait(&option, T).unwrap();
    s.click_css(&option).unwrap();
    app.escape(&format!("#audit_slot_{index}_auditors"));
    app.dropdowns_closed();
    // Both auditors now on the slot: the one already there and the leader.
    let tags = s
        .text_content(&format!("[data-testid=schedule-row-{index}]"))
        .unwrap();
    assert!(
        tags.contains(&label(leader)) && tags.contains(&label(second)),
        "{tags}"
    );
    app.shot("64-audit-schedule");
    s.click_css("[data-testid=audit-submit]").unwrap();
    let refusal = s
        .wait_text("[data-testid=audit-form-error]", "内审员不能审核本部门", T)
        .unwrap_or_else(|e| {
            app.shot("audit-scope-refusal-failure");
            panic!("{e}")
        });
    let who = format!(
        "{}（{own_dept}）被安排审核“{own_dept}”",
        leader["person_name"].as_str().unwrap()
    );
    assert!(refusal.contains(&who), "{refusal} should name {who}");
    app.shot("65-audit-independence-refused");
    let after = ok(s.invoke("audit_list", json!({})).unwrap());
    assert_eq!(
        after.as_array().unwrap().len(),
        audits_before,
        "nothing written"
    );

    // Back to the default schedule for this scope: created.
    s.click_css("[data-testid=schedule-reset]").unwrap();
    s.click_css("[data-testid=audit-submit]").unwrap();
    s.wait_text("[data-testid=audit-status]", "进行中", T)
        .unwrap_or_else(|e| {
            app.shot("audit-scope-create-failure");
            panic!("{e}")
        });
    let audit = audit_where(s, "number", json!("NS-2022-02"));
    let scope = audit["scope"].as_array().unwrap();
    assert!(!scope.is_empty());
    assert!(
        scope.iter().all(|c| c["department_id"] != left_id),
        "the department is out of scope"
    );
    assert!(scope
        .iter()
        .any(|c| c["department_id"] == leader_dept && c["clause"] == clause.as_str()));
    let schedule = audit["schedule"].as_array().unwrap();
    assert_eq!(schedule.first().unwrap()["kind"], "opening");
    assert_eq!(schedule.last().unwrap()["kind"], "closing");
    assert!(schedule.iter().all(|x| x["department_id"] != left_id));
    let report = ok(s
        .invoke("audit_report", json!({"id": audit["id"]}))
        .unwrap());
    assert!(
        report["departments_not_covered"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d == left_name.as_str()),
        "{report}"
    );

    // The plan and the report say the department is not covered.
    s.click_css("[data-testid=tab-audit-plan]").unwrap();
    let plan = wait_dom_text(&app, "[data-testid=plan-coverage]", &left_name, true);
    assert!(plan.contains("未覆盖"), "{plan}");
    app.shot("66-audit-plan-coverage");
    s.click_css("[data-testid=tab-audit-report]").unwrap();
    wait_dom_text(
        &app,
        "[data-testid=audit-coverage]",
        &format!("未纳入审核的部门：{left_name}"),
        true,
    );

    // The schedule the window prefilled is the one the core itself would
    // default to for the same scope and team.
    let by_core = ok(s
        .invoke(
            "audit_create",
            json!({"input": {
                "number": "NS-2022-09", "purpose": "", "criteria": "",
                "leader_id": audit["leader_id"], "auditor_ids": audit["auditor_ids"],
                "starts_on": "2022-08-15", "ends_on": "2022-08-16",
                "scope": audit["scope"], "schedule": [],
            }}),
        )
        .unwrap());
    let slots = |a: &Value| -> Vec<Value> {
        a["schedule"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| {
                json!([
                    x["kind"],
                    x["department_id"],
                    x["on_date"],
                    x["time_range"],
                    x["auditor_names"]
                ])
            })
            .collect()
    };
    assert_eq!(slots(&audit), slots(&by_core));
    ok(s.invoke("audit_delete", json!({"id": by_core["id"]}))
        .unwrap());
}

/// A planned audit (NS-2022-02, default plan) with one checklist line
/// judged; returns (audit id, judged line's department and clause).
fn planned_audit(p: &mut guanbiao_core::Project) -> (i64, i64, String) {
    use guanbiao_core::model::{AuditInput, Judgement};
    let std = guanbiao_core::catalog::load().unwrap().standards[0].clone();
    let team: Vec<i64> = p
        .auditor_overview()
        .unwrap()
        .auditors
        .iter()
        .filter(|a| a.qualified)
        .map(|a| a.person_id)
        .collect();
    let audit = p
        .create_audit(
            &std,
            &AuditInput {
                purpose: "跟踪审核".into(),
                leader_id: Some(team[0]),
                auditor_ids: team.clone(),
                starts_on: Some("2022-08-22".parse().unwrap()),
                ends_on: Some("2022-08-23".parse().unwrap()),
                ..Default::default()
            },
        )
        .unwrap();
    let line = p.checklist(audit.id).unwrap()[0].clone();
    p.judge_checklist_item(
        line.id,
        &ChecklistJudgementInput {
            question: line.question.to_string(),
            judgement: Some(Judgement::Observation),
            observed: "记录未签字".into(),
        },
    )
    .unwrap();
    (audit.id, line.department_id, line.clause)
}

#[test]
fn a_planned_audit_s_scope_changes_but_a_judged_cell_cannot_leave_it() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let mut made = None;
    open_demo(&app, files.path(), |p| made = Some(planned_audit(p)));
    let (id, dep, clause) = made.unwrap();
    let s = &app.session;
    let before = audit_where(s, "id", json!(id));
    let scope_before = before["scope"].as_array().unwrap().len();

    s.click_css("[data-testid=nav-audits]").unwrap();
    s.click_css(&format!("[data-testid=audit-open-{id}]"))
        .unwrap();
    s.click_css("[data-testid=audit-edit]").unwrap();
    s.wait_page_text("修改审核计划 NS-2022-02", T).unwrap();
    let number = s
        .execute(
            "return document.querySelector('#audit_number').value;",
            json!([]),
        )
        .unwrap();
    assert_eq!(number, "NS-2022-02");

    // The judged cell's department left out: refused, naming the clause.
    s.click_css("[data-testid=audit-next]").unwrap();
    s.wait("[data-testid=scope-matrix]", T).unwrap();
    let dept_box = format!("scope-dept-{dep}");
    let (ticked, total) = column(&app, dep);
    assert!(ticked > 0, "the saved scope is shown: {ticked}/{total}");
    while column(&app, dep).0 > 0 {
        tick(&app, &dept_box);
    }
    s.click_css("[data-testid=audit-submit]").unwrap();
    let refusal = s
        .wait_text("[data-testid=audit-form-error]", "不能移出审核范围", T)
        .unwrap_or_else(|e| {
            app.shot("audit-edit-refusal-failure");
            panic!("{e}")
        });
    assert!(refusal.contains(&clause), "{refusal}");
    app.shot("67-audit-edit-refused");
    let unchanged = audit_where(s, "id", json!(id));
    assert_eq!(unchanged, before, "nothing written");

    // The whole column in: saved, the new cells get checklist lines.
    tick(&app, &dept_box);
    assert_eq!(column(&app, dep), (total, total));
    s.click_css("[data-testid=audit-submit]").unwrap();
    let start = std::time::Instant::now();
    let after = loop {
        let a = audit_where(s, "id", json!(id));
        if a != before {
            break a;
        }
        if start.elapsed() > T {
            app.shot("audit-edit-save-failure");
            panic!("the plan was not saved");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    let scope_after = after["scope"].as_array().unwrap();
    assert_eq!(
        scope_after
            .iter()
            .filter(|c| c["department_id"] == dep)
            .count() as u64,
        total
    );
    assert!(scope_after.len() >= scope_before);
    let lines = ok(s.invoke("checklist_get", json!({"auditId": id})).unwrap());
    assert_eq!(lines.as_array().unwrap().len(), scope_after.len());
    assert!(s
        .find_all(".ant-modal-content")
        .unwrap()
        .iter()
        .all(|m| { !s.displayed(m).unwrap_or(false) }));
    app.shot("68-audit-edit-saved");
}
