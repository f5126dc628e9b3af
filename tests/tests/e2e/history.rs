//! The change history through the real window: the operator name set in the
//! 设置 dialog, a person edited in the people screen, and that person's
//! 变更记录 showing the operator and the changed field; then the project-wide
//! 变更记录 from the 文件 menu.

use std::time::Duration;

use guanbiao_e2e::{records, App};
use serde_json::json;

const T: Duration = Duration::from_secs(15);

#[test]
fn operator_and_changed_field_show_in_the_person_history() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;

    let dep_id = records::department(s, "知识产权部");
    let id = records::person(s, "陈静", dep_id, "专员", "13800000001");

    // The operator name, in 文件 → 设置.
    s.click_css("[data-testid=file-menu]").unwrap();
    s.click_css("[data-testid=file-settings]").unwrap();
    s.type_into("#settings_operator", "王审计").unwrap();
    app.shot("history-01-settings");
    s.click_css("[data-testid=settings-submit]").unwrap();
    s.wait_page_text("操作人已设为“王审计”", T).unwrap();
    let settings = s.invoke("settings_get", json!({})).unwrap();
    assert_eq!(settings["ok"]["operator"], "王审计");
    assert!(
        std::fs::read_to_string(data.path().join("settings.json"))
            .unwrap()
            .contains("王审计"),
        "kept in the settings file"
    );

    // Edit the person's phone through the people screen.
    s.click_css("[data-testid=nav-people]").unwrap();
    s.wait_text("[data-testid=people-table]", "陈静", T)
        .unwrap();
    s.click_css(&format!("[data-testid=person-edit-{id}]"))
        .unwrap();
    s.type_into("#person_phone", "13900000002").unwrap();
    s.click_css("[data-testid=person-submit]").unwrap();
    s.wait_text("[data-testid=people-table]", "13900000002", T)
        .unwrap();

    // Its 变更记录: the operator and exactly the changed field.
    s.click_css(&format!("[data-testid=history-person-{id}]"))
        .unwrap();
    s.wait_text("[data-testid=record-history]", "王审计", T)
        .unwrap();
    let text = s.text_content("[data-testid=record-history]").unwrap();
    assert!(text.contains("操作人：王审计"), "{text}");
    assert!(text.contains("修改"), "{text}");
    assert!(
        text.contains("电话：") && text.contains("13800000001") && text.contains("13900000002"),
        "{text}"
    );
    // The creation (made before the name was set) shows as 未设置, with its fields.
    assert!(
        text.contains("新增") && text.contains("操作人：未设置"),
        "{text}"
    );
    assert!(
        text.contains("姓名：陈静") && text.contains("部门：知识产权部"),
        "{text}"
    );
    // The update lists only the phone.
    let entries = s.find_all("[data-testid=change-entry]").unwrap();
    assert_eq!(entries.len(), 2, "{text}");
    let first = s.text(&entries[0]).unwrap();
    assert!(first.contains("电话") && !first.contains("姓名"), "{first}");
    assert!(
        !text.contains("编号："),
        "the row id is not a change: {text}"
    );
    std::thread::sleep(Duration::from_millis(500)); // the drawer slides in
    app.shot("history-02-person-history");
    s.click_css(".ant-drawer-open .ant-drawer-close").unwrap();

    // The project-wide 变更记录 from the 文件 menu.
    std::thread::sleep(Duration::from_millis(400));
    s.click_css("[data-testid=file-menu]").unwrap();
    s.click_css("[data-testid=file-change-log]").unwrap();
    s.wait_text("[data-testid=change-log]", "陈静", T).unwrap();
    let log = s.text_content("[data-testid=change-log]").unwrap();
    assert!(
        log.contains("王审计") && log.contains("知识产权部"),
        "{log}"
    );
    s.type_into(
        "input[data-testid=change-log-search], [data-testid=change-log-search] input",
        "13900000002",
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let rows = s
        .find_all("[data-testid=change-log] tr.ant-table-row")
        .unwrap();
    assert_eq!(rows.len(), 1, "filtered to the phone change");
    std::thread::sleep(Duration::from_millis(300));
    app.shot("history-03-change-log");
}
