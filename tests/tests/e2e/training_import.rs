//! Stage one through the real window: a training session with attendees
//! moves the all-staff coverage; a roster file is previewed and imported;
//! the default plan is generated and drawn.

use std::time::Duration;

use guanbiao_e2e::demo::ok;
use guanbiao_e2e::App;
use serde_json::json;

const T: Duration = Duration::from_secs(15);

/// Sets up departments and people through the same commands the UI calls.
fn seed(app: &App) {
    let s = &app.session;
    let dep = ok(s
        .invoke(
            "department_create",
            json!({"input": {"name": "研发部", "code": "YF", "responsibilities": ""}}),
        )
        .unwrap());
    for (name, roles) in [
        ("王总", json!(["top_manager"])),
        ("张三", json!([])),
        ("李四", json!([])),
    ] {
        ok(s.invoke(
            "person_create",
            json!({"input": {"name": name, "department_id": dep["id"], "position": "", "phone": "", "email": "", "employee_no": "", "roles": roles}}),
        )
        .unwrap());
    }
}

#[test]
fn a_training_session_with_attendees_moves_coverage() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    seed(&app);
    let s = &app.session;
    guanbiao_e2e::records::follow_shaanxi_2022(s);
    s.click_css("[data-testid=nav-training]").unwrap();
    s.click_css("[data-testid=tab-sessions]").unwrap();
    s.wait_text("[data-testid=staff-coverage]", "已参加 0/3 人", T)
        .unwrap();

    s.click_css("[data-testid=session-add]").unwrap();
    s.type_date("#session_held_on", "2022-05-20").unwrap();
    app.pick_option("#session_kind", "全员宣贯培训");
    s.type_into("#session_topic", "《企业知识产权管理规范》宣贯")
        .unwrap();
    s.type_into("#session_trainer", "林老师").unwrap();
    s.type_into("#session_hours", "2").unwrap();
    app.pick_option("#session_attendee_ids", "张三（研发部）");
    app.pick_option("#session_attendee_ids", "王总（研发部）");
    app.escape("#session_attendee_ids");
    app.shot("20-training-session-form");
    s.click_css("[data-testid=session-submit]").unwrap();
    s.wait_text(
        "[data-testid=session-table]",
        "《企业知识产权管理规范》宣贯",
        T,
    )
    .unwrap();
    s.wait_text("[data-testid=staff-coverage]", "已参加 2/3 人", T)
        .unwrap();
    app.shot("21-training-coverage");

    let sessions = ok(s.invoke("session_list", json!({})).unwrap());
    assert_eq!(sessions[0]["held_on"], "2022-05-20");
    assert_eq!(sessions[0]["kind"], "all_staff");
    assert_eq!(sessions[0]["attendee_names"].as_array().unwrap().len(), 2);

    // The credits tab shows who must train and that the threshold is not set.
    s.click_css("[data-testid=tab-credits]").unwrap();
    s.wait_text("[data-testid=credit-threshold]", "未设定", T)
        .unwrap();
    s.wait_text("[data-testid=credit-table]", "王总", T)
        .unwrap();
    app.shot("22-training-credits");
    s.click_css("[data-testid=tab-auditors]").unwrap();
    s.wait_page_text("合格内审员不足 2 人", T).unwrap();
    app.shot("23-training-auditors");
}

#[test]
fn a_roster_file_is_previewed_then_imported_all_or_nothing() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    seed(&app);
    let s = &app.session;
    let files = tempfile::tempdir().unwrap();
    let bad = files.path().join("名单-有误.csv");
    std::fs::write(
        &bad,
        "姓名,部门,电话,角色\n赵六,研发部,13800000001,内审员\n,研发部,,\n钱七,质量部,12345,\n",
    )
    .unwrap();
    let good = files.path().join("名单.csv");
    std::fs::write(&good, "\u{feff}姓名,部门,电话,角色\n赵六,研发部,13800000001,内审员\n钱七,质量部,029-88880000,部门负责人\n").unwrap();
    let fake = files.path().join("不是表格.xlsx");
    std::fs::write(&fake, "hello").unwrap();

    s.click_css("[data-testid=nav-people]").unwrap();
    s.click_css("[data-testid=person-import]").unwrap();

    s.type_into("[data-testid=roster-path]", &fake.to_string_lossy())
        .unwrap();
    s.click_css("[data-testid=roster-preview]").unwrap();
    s.wait_text("[data-testid=roster-error]", "不是有效的 Excel 文件", T)
        .unwrap();

    s.type_into("[data-testid=roster-path]", &bad.to_string_lossy())
        .unwrap();
    s.click_css("[data-testid=roster-preview]").unwrap();
    s.wait_text(
        "[data-testid=roster-summary]",
        "共 3 行：可导入 1 行，有问题 2 行",
        T,
    )
    .unwrap();
    let table = s
        .wait_text("[data-testid=roster-preview-table]", "缺少姓名", T)
        .unwrap();
    assert!(table.contains("部门“质量部”不存在"), "{table}");
    assert!(table.contains("电话“12345”格式不正确"), "{table}");
    app.shot("24-roster-preview-problems");
    let import = s.find("[data-testid=roster-import]").unwrap();
    assert_eq!(
        s.property(&import, "disabled").unwrap(),
        true,
        "import is disabled while rows have problems"
    );

    s.type_into("[data-testid=roster-path]", &good.to_string_lossy())
        .unwrap();
    s.click_css("[data-testid=roster-create-departments]")
        .unwrap();
    s.click_css("[data-testid=roster-preview]").unwrap();
    s.wait_text(
        "[data-testid=roster-summary]",
        "共 2 行：可导入 2 行，有问题 0 行",
        T,
    )
    .unwrap();
    s.wait_page_text("将新建部门：质量部", T).unwrap();
    app.shot("25-roster-preview-ok");
    s.click_css("[data-testid=roster-import]").unwrap();
    s.wait_page_text("已导入 2 人", T).unwrap();
    let table = s
        .wait_text("[data-testid=people-table]", "钱七", T)
        .unwrap();
    assert!(table.contains("赵六"), "{table}");
    app.shot("26-roster-imported");
    let people = ok(s.invoke("person_list", json!({"query": {"search": "钱七", "department_id": null, "role": null, "include_archived": false}})).unwrap());
    assert_eq!(people[0]["department_name"], "质量部");
    assert_eq!(people[0]["roles"], json!(["department_head"]));
}

#[test]
fn the_default_plan_is_generated_and_drawn() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    guanbiao_e2e::records::follow_shaanxi_2022(s);
    s.click_css("[data-testid=nav-plan]").unwrap();
    s.click_css("[data-testid=plan-generate]").unwrap();
    let table = s
        .wait_text("[data-testid=plan-table]", "体系发布", T)
        .unwrap();
    assert!(table.contains("管理评审"), "{table}");
    // The 2022 program's dates are past: the plan starts today instead of
    // being all 逾期 on the day it is made, and says it cannot keep the deadline.
    let said = s
        .wait_text("[data-testid=plan-generated-notice]", "计划整体顺延", T)
        .unwrap();
    assert!(said.contains("晚于截止日期 2022-10-31"), "{said}");
    assert_eq!(
        s.text_content("[data-testid=plan-overdue]").unwrap(),
        "逾期 0"
    );
    app.shot("27-plan-list");
    s.click_css("[data-testid=plan-view-gantt]").unwrap();
    std::thread::sleep(Duration::from_millis(600));
    app.shot("28-plan-gantt");
    let gantt = s.wait_text("[data-testid=plan-gantt]", "截止", T).unwrap();
    let all = s.text_content("[data-testid=plan-gantt]").unwrap();
    assert!(
        all.contains("培训阶段") && all.contains("体系发布") && all.contains("今天"),
        "stages, tasks and today on the timeline: {gantt} / {all}"
    );

    // The whole plan moves by two weeks from the keyboard: days, Enter.
    let before = ok(s.invoke("plan_get", json!({})).unwrap());
    s.click_css("[data-testid=plan-shift]").unwrap();
    let days = s.wait("#plan-shift_days", T).unwrap();
    s.send_keys(&days, "14\u{E007}").unwrap();
    s.wait_gone("#plan-shift_days", T).unwrap();
    std::thread::sleep(Duration::from_millis(800));
    app.shot("28b-plan-shifted");
    assert!(
        s.find_all("#plan-shift_days").unwrap().is_empty(),
        "the Enter that moved the plan does not open the dialog again"
    );
    let after = ok(s.invoke("plan_get", json!({})).unwrap());
    for (a, b) in after["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .zip(before["tasks"].as_array().unwrap())
    {
        let day = |v: &serde_json::Value| {
            chrono::NaiveDate::parse_from_str(v.as_str().unwrap(), "%Y-%m-%d").unwrap()
        };
        assert_eq!(
            (day(&a["planned_end"]) - day(&b["planned_end"])).num_days(),
            14,
            "{a} / {b}"
        );
    }
    // Generating again asks before replacing.
    s.click_css("[data-testid=plan-generate]").unwrap();
    s.wait_page_text("替换", T).unwrap();
    let plan = ok(s.invoke("plan_get", json!({})).unwrap());
    assert_eq!(plan["tasks"].as_array().unwrap().len(), 10);
}
