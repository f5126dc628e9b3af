//! The foundation through the real window: the profile with a bad then a good
//! credit code, a department and two people, a restart that shows it all again,
//! and bad project files refused with Chinese messages.

use std::time::Duration;

use guanbiao_e2e::App;
use serde_json::json;

const T: Duration = Duration::from_secs(15);

fn add_person(app: &App, name: &str, department: &str, role: &str) {
    let s = &app.session;
    s.click_css("[data-testid=person-add]").unwrap();
    s.type_into("#person_name", name).unwrap();
    app.pick_option("#person_department_id", department);
    s.type_into("#person_phone", "13912345678").unwrap();
    app.pick_option("#person_roles", role);
    app.escape("#person_roles");
    s.click_css("[data-testid=person-submit]").unwrap();
    s.wait_text("[data-testid=people-table]", name, T).unwrap();
}

#[test]
fn profile_departments_people_survive_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;

    // A fresh start creates a project in the data directory.
    assert!(data
        .path()
        .join("projects")
        .join("贯标项目.gbproj")
        .exists());

    s.click_css("[data-testid=nav-profile]").unwrap();
    s.type_into("#profile_name", "西安测试智能科技有限公司")
        .unwrap();
    s.type_into("#profile_legal_representative", "周明")
        .unwrap();
    s.type_into("#profile_contact_phone", "029-88886666")
        .unwrap();
    s.type_into("#profile_credit_code", "91350100M0001TGQXM")
        .unwrap();
    s.click_css("#profile_legal_representative").unwrap(); // blur: the check runs
    s.wait_text("[data-testid=credit-code-hint]", "校验位不符", T)
        .unwrap();
    app.shot("01-profile-bad-credit-code");

    // Saving a failing code asks for confirmation; cancelling saves nothing.
    s.click_css("[data-testid=profile-save]").unwrap();
    s.wait("[data-testid=credit-confirm-ok]", T).unwrap();
    app.shot("02-profile-confirm");
    s.click_css("[data-testid=credit-confirm-cancel]").unwrap();
    let stored = s.invoke("profile_get", json!({})).unwrap();
    assert_eq!(
        stored["ok"]["name"], "",
        "nothing saved without confirmation"
    );

    // A good code saves without asking.
    s.type_into("#profile_credit_code", "91310110666007217T")
        .unwrap();
    s.click_css("#profile_legal_representative").unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let hint = s
        .find("[data-testid=credit-code-hint]")
        .ok()
        .map(|e| s.text(&e).unwrap_or_default())
        .unwrap_or_default();
    assert!(!hint.contains("校验位不符"), "hint still warns: {hint}");
    s.click_css("[data-testid=profile-save]").unwrap();
    s.wait_page_text("已保存", T).unwrap();
    app.shot("03-profile-saved");
    let stored = s.invoke("profile_get", json!({})).unwrap();
    assert_eq!(stored["ok"]["credit_code"], "91310110666007217T");
    assert_eq!(stored["ok"]["credit_code_confirmed"], false);

    // A department.
    s.click_css("[data-testid=nav-departments]").unwrap();
    s.click_css("[data-testid=department-add]").unwrap();
    s.type_into("#department_name", "研发中心").unwrap();
    s.type_into("#department_code", "YF").unwrap();
    s.type_into("#department_responsibilities", "立项与研发中的知识产权管理")
        .unwrap();
    s.click_css("[data-testid=department-submit]").unwrap();
    s.wait_text("[data-testid=department-table]", "研发中心", T)
        .unwrap();
    app.shot("04-departments");

    // Two people; the second head of the same department is refused with a clear message.
    s.click_css("[data-testid=nav-people]").unwrap();
    add_person(&app, "张三", "研发中心", "部门负责人");
    add_person(&app, "李四", "研发中心", "内审员");
    s.click_css("[data-testid=person-add]").unwrap();
    s.type_into("#person_name", "王五").unwrap();
    app.pick_option("#person_department_id", "研发中心");
    app.pick_option("#person_roles", "部门负责人");
    app.escape("#person_roles");
    s.click_css("[data-testid=person-submit]").unwrap();
    s.wait_page_text("部门负责人已是 张三", T).unwrap();
    app.shot("05-people-conflict");
    let name = s.find("#person_name").unwrap();
    assert_eq!(
        s.property(&name, "value").unwrap(),
        "王五",
        "the form keeps what was typed"
    );
    s.send_keys(&name, "\u{E00C}").unwrap();

    // Search filters the table.
    s.type_into(
        "[data-testid=people-search] input, input[data-testid=people-search]",
        "李四",
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(800));
    let table = s
        .wait_text("[data-testid=people-table]", "李四", T)
        .unwrap();
    assert!(!table.contains("张三"), "search keeps only 李四: {table}");
    app.shot("06-people-search");

    // Restart: everything is there.
    let app = app.restart();
    let s = &app.session;
    s.click_css("[data-testid=nav-profile]").unwrap();
    let name = s.wait("#profile_name", T).unwrap();
    let start = std::time::Instant::now();
    while s.property(&name, "value").unwrap() != "西安测试智能科技有限公司" {
        assert!(start.elapsed() < T, "profile name not shown after restart");
        std::thread::sleep(Duration::from_millis(100));
    }
    app.shot("07-after-restart-profile");
    assert_eq!(
        s.text_content("[data-testid=project-title]").unwrap(),
        "西安测试智能科技有限公司",
        "the header names the open enterprise"
    );
    s.click_css("[data-testid=nav-departments]").unwrap();
    s.wait_text("[data-testid=department-table]", "研发中心", T)
        .unwrap();
    s.click_css("[data-testid=nav-people]").unwrap();
    let table = s
        .wait_text("[data-testid=people-table]", "张三", T)
        .unwrap();
    assert!(table.contains("李四"), "{table}");
    assert!(
        !table.contains("王五"),
        "the refused person was not written: {table}"
    );
    app.shot("08-after-restart-people");
}

#[test]
fn bad_project_files_are_refused_in_chinese_and_left_alone() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    let files = tempfile::tempdir().unwrap();

    let text = files.path().join("notes.gbproj");
    std::fs::write(&text, "不是项目文件".repeat(100)).unwrap();
    let r = s.invoke("project_open", json!({"path": text})).unwrap();
    assert_eq!(r["err"]["code"], "not_a_project", "{r}");
    assert!(
        r["err"]["message"]
            .as_str()
            .unwrap()
            .contains("不是贯标助手项目文件"),
        "{r}"
    );
    assert_eq!(
        std::fs::read_to_string(&text).unwrap(),
        "不是项目文件".repeat(100)
    );

    // New, then Save as: the window follows the copy; both are in the recent list.
    let first = files.path().join("甲.gbproj");
    let r = s.invoke("project_new", json!({"path": first})).unwrap();
    assert_eq!(r["ok"]["file_name"], "甲.gbproj", "{r}");
    let r = s.invoke("project_new", json!({"path": first})).unwrap();
    assert_eq!(r["err"]["code"], "conflict", "{r}");
    let copy = files.path().join("乙.gbproj");
    let r = s.invoke("project_save_as", json!({"path": copy})).unwrap();
    assert_eq!(r["ok"]["file_name"], "乙.gbproj", "{r}");
    let recent = s.invoke("project_recent", json!({})).unwrap();
    let paths: Vec<String> = recent["ok"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap().to_string())
        .collect();
    assert!(
        paths[0].ends_with("乙.gbproj") && paths[1].ends_with("甲.gbproj"),
        "{paths:?}"
    );

    // Errors from the core reach the UI as {code, message}.
    let r = s
        .invoke(
            "department_create",
            json!({"input": {"name": "", "code": "", "responsibilities": ""}}),
        )
        .unwrap();
    assert_eq!(r["err"]["code"], "invalid_input", "{r}");
    assert_eq!(r["err"]["message"], "请填写部门名称");
}
