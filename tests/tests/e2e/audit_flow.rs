//! The operation period, an internal audit and a management review through
//! the real window. The demo project (built with the core: setup, not the
//! thing under test) gives an issued system, qualified auditors, a completed
//! audit and a review; the test plans a second audit in the window, judges a
//! checklist line 一般不符合, raises the nonconformity and walks it through
//! confirmation, cause, correction, completion, verification and closure.

use std::time::Duration;

use guanbiao_core::model::{DocType, OperationRecordInput};
use guanbiao_e2e::demo::audit_where;
use guanbiao_e2e::{ok, open_demo, App};
use serde_json::{json, Value};

const T: Duration = Duration::from_secs(20);

/// Waits until the status tag of `nc` reads `label`.
fn nc_status(app: &App, nc: i64, label: &str) {
    app.session
        .wait_text(&format!("[data-testid=nc-status-{nc}]"), label, T)
        .unwrap_or_else(|e| {
            app.shot(&format!("nc-status-failure-{nc}"));
            panic!("{e}")
        });
}

/// Opens a step of the corrective-action cycle, fills it with `fill`, submits.
fn nc_step(app: &App, button: &str, fill: impl FnOnce(&App)) {
    let s = &app.session;
    s.click_css(&format!("[data-testid={button}]")).unwrap();
    s.wait("[data-testid=nc_step-submit]", T).unwrap();
    fill(app);
    s.click_css("[data-testid=nc_step-submit]").unwrap();
    // The modal closes once the core accepted the step.
    wait_gone(app, "[data-testid=nc_step-submit]");
}

/// Waits until `css` is no longer shown (a modal closed after its save).
fn wait_gone(app: &App, css: &str) {
    let s = &app.session;
    let start = std::time::Instant::now();
    while s
        .find(css)
        .ok()
        .is_some_and(|e| s.displayed(&e).unwrap_or(false))
    {
        if start.elapsed() > T {
            app.shot("wait-gone-failure");
            panic!("{css} is still shown");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn absent(app: &App, css: &str) -> bool {
    app.session.find_all(css).unwrap().is_empty()
}

#[test]
fn an_audit_finding_is_corrected_verified_and_closed_in_the_window() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    // One record dated before the implementation date.
    open_demo(&app, files.path(), |project| {
        let form = project
            .documents()
            .unwrap()
            .into_iter()
            .find(|d| d.doc_type == DocType::Form)
            .expect("a form");
        project
            .add_operation_record(&OperationRecordInput {
                document_id: form.id,
                produced_on: Some("2022-05-01".parse().unwrap()),
                attachment_id: None,
                note: "实施前的旧记录".into(),
            })
            .unwrap();
    });
    let s = &app.session;

    // 体系运行: the period against the deadline; the record dated before the
    // implementation date is flagged as not counting.
    let status = ok(s.invoke("operation_get", json!({})).unwrap());
    let implemented = status["implemented_on"].as_str().unwrap().to_string();
    s.click_css("[data-testid=nav-operation]").unwrap();
    let summary = s
        .wait_text("[data-testid=operation-summary]", "最短运行期", T)
        .unwrap();
    assert!(summary.contains(&implemented), "{summary}");
    let complete_on = status["min_complete_on"].as_str().unwrap();
    s.wait_text("[data-testid=operation-status]", complete_on, T)
        .unwrap();
    s.wait_text("[data-testid=checkin-table]", "2022-06", T)
        .unwrap();
    app.shot("50-operation");
    s.click_css("[data-testid=tab-records]").unwrap();
    s.wait_text("[data-testid=operation-record-table]", "不计入运行期", T)
        .unwrap();
    app.shot("51-operation-records");
    // A monthly check-in and a problem, collected then resolved, through the forms.
    s.click_css("[data-testid=tab-checkins]").unwrap();
    s.click_css("[data-testid=checkin-add]").unwrap();
    s.type_date("#checkin_month", "2022-09").unwrap();
    s.type_date("#checkin_checked_on", "2022-09-28").unwrap();
    s.type_into("#checkin_summary", "内审后各部门整改落实情况良好")
        .unwrap();
    s.click_css("[data-testid=checkin-submit]").unwrap();
    s.wait_text(
        "[data-testid=checkin-table]",
        "内审后各部门整改落实情况良好",
        T,
    )
    .unwrap();
    let months: Vec<Value> = ok(s.invoke("checkin_list", json!({})).unwrap())
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(months.last().unwrap()["month"], "2022-09", "{months:?}");
    s.click_css("[data-testid=tab-problems]").unwrap();
    s.click_css("[data-testid=problem-add]").unwrap();
    s.type_into("#problem_description", "部分部门月度检查记录未签字")
        .unwrap();
    s.click_css("[data-testid=problem-submit]").unwrap();
    s.wait_text(
        "[data-testid=problem-table]",
        "部分部门月度检查记录未签字",
        T,
    )
    .unwrap();
    let problem = ok(s.invoke("operation_problem_list", json!({})).unwrap())
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["description"] == "部分部门月度检查记录未签字")
        .unwrap()
        .clone();
    assert!(problem["resolved_on"].is_null());
    s.click_css(&format!("[data-testid=problem-resolve-{}]", problem["id"]))
        .unwrap();
    s.type_into("#problem_resolution", "已补签并纳入月度检查要求")
        .unwrap();
    s.click_css("[data-testid=problem-submit]").unwrap();
    s.wait_text("[data-testid=problem-table]", "已补签并纳入月度检查要求", T)
        .unwrap();
    wait_gone(&app, "[data-testid=problem-submit]");
    app.shot("51b-operation-problems");

    // 内部审核: the demo's audit has nonconformities, so it cannot be deleted:
    // 删除 is disabled with the core's reason (on hover).
    s.click_css("[data-testid=nav-audits]").unwrap();
    s.wait_text("[data-testid=audit-table]", "NS-2022-01", T)
        .unwrap();
    let first = ok(s.invoke("audit_list", json!({})).unwrap())[0]["id"]
        .as_i64()
        .unwrap();
    s.wait_text(&format!("[data-testid=audit-ncs-{first}]"), "共 2 项", T)
        .unwrap();
    let refused = format!("[data-testid=audit-delete-{first}-refused]");
    s.wait_present(&refused, T).unwrap();
    s.execute(
        "document.querySelector(arguments[0]).dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); return null;",
        json!([refused]),
    )
    .unwrap();
    s.wait_text(
        ".ant-tooltip:not(.ant-tooltip-hidden)",
        "已有 2 个不符合项，不能删除",
        T,
    )
    .unwrap();
    let delete = s
        .find(&format!("[data-testid=audit-delete-{first}]"))
        .unwrap();
    assert_eq!(s.property(&delete, "disabled").unwrap(), json!(true));
    app.shot("52-audits");
    s.execute(
        "document.querySelector(arguments[0]).dispatchEvent(new MouseEvent('mouseout', {bubbles: true})); return null;",
        json!([refused]),
    )
    .unwrap();

    // Plan a second audit. A start before the implementation date is refused
    // in the core's words; then the right dates go through.
    let auditors = ok(s.invoke("auditor_overview", json!({})).unwrap())["auditors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["qualified"] == true)
        .map(|a| {
            format!(
                "{}（{}）",
                a["person_name"].as_str().unwrap(),
                a["department_name"].as_str().unwrap()
            )
        })
        .collect::<Vec<_>>();
    assert!(auditors.len() >= 2, "{auditors:?}");
    s.click_css("[data-testid=audit-add]").unwrap();
    s.wait("#audit_starts_on", T).unwrap();
    s.type_date("#audit_starts_on", "2022-05-01").unwrap();
    s.type_date("#audit_ends_on", "2022-05-02").unwrap();
    app.pick_option("#audit_leader_id", &auditors[0]);
    // The leader's list lists the same names: let it close before the next pick.
    app.dropdowns_closed();
    app.pick_option("#audit_auditor_ids", &auditors[1]);
    app.escape("#audit_auditor_ids");
    let number = s
        .property(&s.find("#audit_number").unwrap(), "value")
        .unwrap();
    assert_eq!(number, "NS-2022-02", "the next number is proposed");
    s.click_css("[data-testid=audit-submit]").unwrap();
    s.wait_text("[data-testid=audit-form-error]", "早于体系实施日期", T)
        .unwrap();
    app.shot("53-audit-refused");
    s.type_date("#audit_starts_on", "2022-08-15").unwrap();
    s.type_date("#audit_ends_on", "2022-08-16").unwrap();
    s.click_css("[data-testid=audit-submit]").unwrap();
    s.wait_text("[data-testid=audit-status]", "进行中", T)
        .unwrap_or_else(|e| {
            app.shot("audit-create-failure");
            panic!("{e}")
        });
    let audit = audit_where(s, "number", json!("NS-2022-02"));
    let audit_id = audit["id"].as_i64().unwrap();
    assert_eq!(audit["auditor_ids"].as_array().unwrap().len(), 2);
    assert_eq!(
        audit["schedule"][0]["kind"], "opening",
        "opening meeting first"
    );

    // Judge the first line of the first department 一般不符合 and raise the NC.
    let line = ok(s
        .invoke("checklist_get", json!({"auditId": audit_id}))
        .unwrap())[0]
        .clone();
    let line_id = line["id"].as_i64().unwrap();
    s.wait(&format!("[data-testid=checklist-line-{line_id}]"), T)
        .unwrap();
    s.click_css(&format!("[data-testid=judge-{line_id}-minor]"))
        .unwrap();
    s.type_into(
        &format!("[data-testid=checklist-observed-{line_id}]"),
        "抽查 2 份记录，其中 1 份未经审批",
    )
    .unwrap();
    s.click_css(&format!("[data-testid=checklist-save-{line_id}]"))
        .unwrap();
    s.click_css(&format!("[data-testid=checklist-raise-{line_id}]"))
        .unwrap();
    s.wait("[data-testid=nc_raise-submit]", T).unwrap();
    app.shot("54-nc-raise");
    s.click_css("[data-testid=nc_raise-submit]").unwrap();
    s.wait_text(
        &format!("[data-testid=checklist-nc-{line_id}]"),
        "NS-2022-02-NC01",
        T,
    )
    .unwrap();
    let judged = ok(s
        .invoke("checklist_get", json!({"auditId": audit_id}))
        .unwrap())[0]
        .clone();
    assert_eq!(judged["judgement"], "minor");
    app.shot("55-checklist");

    let nc = ok(s.invoke("nc_list", json!({"auditId": audit_id})).unwrap())[0].clone();
    assert_eq!(nc["fact"], "抽查 2 份记录，其中 1 份未经审批");
    assert_eq!(nc["grade"], "minor");
    assert_eq!(nc["department_id"], line["department_id"]);
    let id = nc["id"].as_i64().unwrap();

    s.click_css("[data-testid=tab-ncs]").unwrap();
    nc_status(&app, id, "待受审核方确认");
    let close = format!("[data-testid=nc-close-{id}]");
    assert!(absent(&app, &close), "no 关闭 before verification");

    nc_step(&app, &format!("nc-confirm-{id}"), |_| {});
    nc_status(&app, id, "待原因分析");
    nc_step(&app, &format!("nc-cause-{id}"), |a| {
        a.session
            .type_into("#nc_step_cause", "审批流程未纳入研发项目管理系统")
            .unwrap();
    });
    nc_status(&app, id, "待制定措施");
    nc_step(&app, &format!("nc-plan-{id}"), |a| {
        let s = &a.session;
        s.type_into("#nc_step_correction", "补办该份记录的审批")
            .unwrap();
        s.type_into("#nc_step_action", "在项目管理系统中增加审批节点并培训")
            .unwrap();
        s.type_date("#nc_step_due_on", "2022-09-30").unwrap();
    });
    nc_status(&app, id, "措施实施中");
    // Due 2022-09-30 and not done: overdue, in red.
    s.wait(&format!("[data-testid=nc-overdue-{id}]"), T)
        .unwrap();
    s.wait_text(&format!("[data-testid=nc-due-{id}]"), "已逾期", T)
        .unwrap();
    app.shot("56-nc-overdue");
    assert!(absent(&app, &close), "no 关闭 before verification");
    let refused = s
        .invoke("nc_close", json!({"id": id, "on": "2022-10-01"}))
        .unwrap();
    assert_eq!(refused["err"]["code"], "conflict", "{refused}");
    assert!(
        refused["err"]["message"]
            .as_str()
            .unwrap()
            .contains("尚未经内审员验证有效"),
        "{refused}"
    );

    nc_step(&app, &format!("nc-done-{id}"), |_| {});
    nc_status(&app, id, "待验证");
    // Evidence of the correction: two scans picked at once, one removed again.
    let scans: Vec<std::path::PathBuf> = ["补办审批.pdf", "误选.pdf"]
        .iter()
        .map(|name| {
            let p = files.path().join(name);
            std::fs::write(&p, format!("%PDF-1.4\n% {name}\n%%EOF\n")).unwrap();
            p
        })
        .collect();
    let both = format!("{}\n{}", scans[0].display(), scans[1].display());
    app.answer_file_dialogs(&[std::path::Path::new(&both)]);
    s.click_css(&format!("[data-testid=evidence-add-nc-{id}]"))
        .unwrap();
    let chips = format!("[data-testid=evidence-nc-{id}]");
    s.wait_text_content(&chips, "误选.pdf", T).unwrap();
    assert!(s.text_content(&chips).unwrap().contains("补办审批.pdf"));
    let evidence = ok(s
        .invoke("audit_evidence_list", json!({"auditId": audit_id}))
        .unwrap());
    let wrong = evidence
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["attachment"]["file_name"] == "误选.pdf")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    s.click_css(&format!("[data-testid=evidence-remove-{wrong}]"))
        .unwrap();
    s.wait(".ant-popconfirm .ant-btn-dangerous", T).unwrap();
    s.click_css(".ant-popconfirm .ant-btn-dangerous").unwrap();
    wait_gone(&app, &format!("[data-testid=evidence-open-{wrong}]"));
    assert!(s.text_content(&chips).unwrap().contains("补办审批.pdf"));
    app.shot("56b-nc-evidence");
    assert!(absent(&app, &close), "no 关闭 before verification");
    assert!(absent(&app, &format!("[data-testid=nc-overdue-{id}]")));
    nc_step(&app, &format!("nc-verify-{id}"), |a| {
        a.session
            .type_into("#nc_step_note", "抽查 3 份新记录均已审批，措施有效")
            .unwrap();
    });
    nc_status(&app, id, "已验证");
    app.shot("57-nc-verified");
    nc_step(&app, &format!("nc-close-{id}"), |_| {});
    nc_status(&app, id, "已关闭");
    app.shot("58-nc-closed");
    let closed = ok(s.invoke("nc_list", json!({"auditId": audit_id})).unwrap())[0].clone();
    assert_eq!(closed["status"], "closed");
    assert!(closed["verified_by_name"].is_string(), "{closed}");
    assert!(closed["confirmed_by_name"].is_string(), "{closed}");
    assert_eq!(closed["due_on"], "2022-09-30");

    // The report shows the NC in the department × clause distribution.
    s.click_css("[data-testid=tab-audit-report]").unwrap();
    s.wait_text(
        "[data-testid=audit-distribution]",
        line["department_name"].as_str().unwrap(),
        T,
    )
    .unwrap();
    s.wait_text("[data-testid=audit-coverage]", "运行期内", T)
        .unwrap();
    // With lines still unjudged 完成审核 is disabled, the core's reason beside it.
    s.type_into("#audit_complete_summary", "按计划审核了各部门")
        .unwrap();
    s.type_into("#audit_complete_conclusion", "体系运行基本有效")
        .unwrap();
    s.wait_text(
        "[data-testid=audit-complete-reason]",
        "条未判定，不能完成审核",
        T,
    )
    .unwrap();
    let complete = s.find("[data-testid=audit-complete]").unwrap();
    assert_eq!(s.property(&complete, "disabled").unwrap(), json!(true));
    app.scroll_to("#audit_complete");
    app.shot("59-audit-report");
    s.click_css("[data-testid=tab-audit-plan]").unwrap();
    s.wait_text("[data-testid=audit-schedule]", "首次会议", T)
        .unwrap();
    app.shot("59b-audit-plan");

    // 管理评审: a second review planned in the window (chaired by default by
    // the 最高管理者), its inputs collected at the press of a button.
    s.click_css("[data-testid=nav-reviews]").unwrap();
    s.wait_text("[data-testid=review-table]", "PS-2022-01", T)
        .unwrap();
    submit_new_review(&app);
    s.wait_text("[data-testid=review-status]", "进行中", T)
        .unwrap_or_else(|e| {
            app.shot("review-create-failure");
            panic!("{e}")
        });
    let review = ok(s.invoke("review_list", json!({})).unwrap())
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    let top = ok(s
        .invoke(
            "person_list",
            json!({"query": {"search": "", "department_id": null, "role": "top_manager", "include_archived": false}}),
        )
        .unwrap())[0]
        .clone();
    assert_eq!(review["chair_id"], top["id"], "the 最高管理者 chairs");
    s.click_css("[data-testid=review-collect]").unwrap();
    s.wait_text("[data-testid=review-snapshot]", "NS-2022-01", T)
        .unwrap();
    s.wait_text(
        "[data-testid=review-snapshot]",
        "不符合项共 3 项，未关闭 0 项",
        T,
    )
    .unwrap();
    s.click_css("[data-testid=review-output-add]").unwrap();
    s.type_into(
        "#review_output_description",
        "修订《合同管理控制程序》，增加知识产权条款审查节点",
    )
    .unwrap();
    app.pick_option(
        "#review_output_owner_id",
        &format!(
            "{}（{}）",
            top["name"].as_str().unwrap(),
            top["department_name"].as_str().unwrap()
        ),
    );
    s.type_date("#review_output_due_on", "2026-12-31").unwrap();
    s.click_css("[data-testid=review_output-submit]").unwrap();
    s.wait_text("[data-testid=review-outputs]", "合同管理控制程序", T)
        .unwrap();
    // No report yet: 完成评审 is disabled, the core's reason beside it.
    s.wait_text(
        "[data-testid=review-complete-reason]",
        "请先填写评审报告",
        T,
    )
    .unwrap();
    let complete = s.find("[data-testid=review-complete]").unwrap();
    assert_eq!(s.property(&complete, "disabled").unwrap(), json!(true));
    app.shot("59c-review");
}

#[test]
fn a_review_before_any_completed_audit_is_refused_in_the_window() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    let dep = ok(s
        .invoke(
            "department_create",
            json!({"input": {"name": "总经理办公室", "code": "ZB", "responsibilities": ""}}),
        )
        .unwrap());
    ok(s.invoke(
        "person_create",
        json!({"input": {"name": "王总", "department_id": dep["id"], "position": "总经理", "phone": "", "email": "", "employee_no": "", "roles": ["top_manager"]}}),
    )
    .unwrap());

    s.click_css("[data-testid=nav-reviews]").unwrap();
    submit_new_review(&app);
    s.wait_text(
        "[data-testid=review-form-error]",
        "管理评审须在至少一次内部审核完成之后进行",
        T,
    )
    .unwrap_or_else(|e| {
        app.shot("review-refusal-failure");
        panic!("{e}")
    });
    app.shot("59d-review-refused");
    let reviews = ok(s.invoke("review_list", json!({})).unwrap());
    assert_eq!(reviews.as_array().unwrap().len(), 0, "nothing was written");

    // Without an issued system the operation period has not begun, and says so.
    app.escape("#review_held_on");
    s.click_css("[data-testid=nav-operation]").unwrap();
    s.wait_text("[data-testid=operation-summary]", "运行期未开始", T)
        .unwrap();
}

/// Opens 新建评审 and submits it as it comes (the chair defaults in once
/// the people have loaded: submitted after that).
/// Opens 新建评审 and saves it as prefilled, once the modal has finished
/// opening (a click during its zoom was once lost: the modal stayed open with
/// nothing sent).
fn submit_new_review(app: &App) {
    let s = &app.session;
    s.click_css("[data-testid=review-add]").unwrap();
    s.wait("#review_held_on", T).unwrap();
    s.wait_present(
        ".ant-select:has(#review_chair_id) .ant-select-selection-item",
        T,
    )
    .unwrap();
    app.wait_animations();
    s.click_css("[data-testid=review-submit]").unwrap();
}
