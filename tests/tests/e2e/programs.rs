//! The project's program is the user's data: one made in the window from
//! the 2022 Shaanxi template with a deadline of its own, checked field by
//! field; and no government program (不参加政府贯标计划，仅申请认证), chosen
//! in the window, after which the overview and the application screen read
//! the project's own program and readiness has no program deadline.

use std::time::Duration;

use guanbiao_e2e::app::cli_binary;
use guanbiao_e2e::demo::cli_demo;
use guanbiao_e2e::{ok, App};
use serde_json::json;

const T: Duration = Duration::from_secs(15);

/// The header of the page shown (kept pages stay in the DOM, hidden).
const SHOWN_HEADER: &str = ".app-page:not([hidden]) .page-header";

#[test]
fn a_program_from_the_shaanxi_template_with_a_deadline_of_its_own() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    s.click_css("[data-testid=nav-program]").unwrap();
    // A new project follows no program until one is chosen or defined: the
    // shipped 2022 profile ended years ago and is only a template.
    s.wait("[data-testid=program-none]", T).unwrap();
    app.shot("64-program-new-project");

    s.click_css("[data-testid=program-from-template]").unwrap();
    s.wait_text("[data-testid=program-form-state]", "新建的计划尚未保存", T)
        .unwrap();
    s.type_into("#program_name", "2026年度某市企业知识产权贯标工作")
        .unwrap();
    s.type_into("#program_id", "city-2026").unwrap();
    // A deadline before the last stage ends is refused under that stage.
    s.type_date("#program_deadline", "2022-09-15").unwrap();
    let problems = s
        .wait_text(
            "[data-testid=program-problems]",
            "晚于截止日期 2022-09-15",
            T,
        )
        .unwrap();
    assert!(problems.contains("验收阶段"), "{problems}");
    s.wait_text("#program_stages_2_end_help", "晚于截止日期 2022-09-15", T)
        .unwrap();
    app.shot("64b-program-deadline-refused");
    s.click_css("[data-testid=program-save]").unwrap();
    s.wait_text("[data-testid=program-form-state]", "新建的计划尚未保存", T)
        .unwrap();
    let still = ok(s.invoke("program_get", json!({})).unwrap());
    assert_eq!(still["kind"], "none", "nothing saved: {still}");

    s.type_date("#program_deadline", "2027-06-30").unwrap();
    s.wait_gone("[data-testid=program-problems]", T).unwrap();
    s.click_css("[data-testid=program-save]").unwrap();
    s.wait_text("[data-testid=program-kind]", "本项目自定义的计划", T)
        .unwrap();
    let saved = ok(s.invoke("program_get", json!({})).unwrap());
    assert_eq!(saved["kind"], "defined", "{saved}");
    assert_eq!(saved["program"]["id"], "city-2026");
    assert_eq!(saved["program"]["deadline"], "2027-06-30");
    assert_eq!(saved["program"]["name"], "2026年度某市企业知识产权贯标工作");
    app.shot("64c-program-saved");

    // The overview reads it, and the program file carries it elsewhere.
    s.click_css("[data-testid=nav-overview]").unwrap();
    s.wait_text(SHOWN_HEADER, "2026年度某市企业知识产权贯标工作", T)
        .unwrap();
    let file = data.path().join("city-2026.json");
    ok(s.invoke("program_export", json!({"path": file})).unwrap());
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(exported["deadline"], "2027-06-30");
    assert_eq!(exported["stages"], saved["program"]["stages"]);
}

#[test]
fn no_program_leaves_the_certification_path_only_and_no_deadline() {
    let data = tempfile::tempdir().unwrap();
    // The demo follows the shipped 2022 profile, read-only here.
    let demo = data.path().join("projects").join("贯标项目.gbproj");
    cli_demo(&cli_binary(), &demo, &[]);
    let app = App::start(data.path());
    let s = &app.session;
    s.click_css("[data-testid=nav-program]").unwrap();
    s.wait_text("[data-testid=program-kind]", "内置计划（只读模板）", T)
        .unwrap();
    let name = s.find("#program_name").unwrap();
    assert_eq!(s.property(&name, "disabled").unwrap(), true);
    app.shot("64-program-shipped");
    s.click_css("[data-testid=program-set-none]").unwrap();
    s.click_css(".ant-popconfirm .ant-btn-primary").unwrap();
    s.wait("[data-testid=program-none]", T).unwrap();
    s.wait_text(
        "[data-testid=program-kind]",
        "不参加政府贯标计划（仅申请认证）",
        T,
    )
    .unwrap();
    app.shot("63a-program-none");
    let chosen = ok(s.invoke("program_get", json!({})).unwrap());
    assert_eq!(chosen["kind"], "none", "{chosen}");

    s.click_css("[data-testid=nav-overview]").unwrap();
    s.wait_text(
        SHOWN_HEADER,
        "不参加政府贯标计划（仅申请认证） · 没有截止日期",
        T,
    )
    .unwrap();
    // No program has ended; the demo's edition (2013) can no longer be
    // certified, and says so.
    s.wait("[data-testid=time-banner-edition_certifiable]", T)
        .unwrap();
    assert!(
        s.find("[data-testid=time-banner-program_open]").is_err(),
        "no program has ended"
    );
    let readiness = ok(s.invoke("readiness_get", json!({})).unwrap());
    let open = readiness["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "program_open")
        .cloned()
        .unwrap();
    assert_eq!(open["passed"], true, "{open}");
    app.shot("63-overview-no-program");

    s.click_css("[data-testid=nav-application]").unwrap();
    s.wait("[data-testid=application-path-card]", T).unwrap();
    s.wait_text(SHOWN_HEADER, "没有计划截止日期，仅第三方认证", T)
        .unwrap();
    let card = s
        .text_content("[data-testid=application-path-card]")
        .unwrap();
    assert!(card.contains("第三方认证"), "{card}");
    assert!(
        !card.contains("省验收") && !card.contains("不兼得"),
        "only the certification path: {card}"
    );
    app.shot("63b-application-no-program");

    // Opened again, 企业信息 names the project's own program, not a shipped one.
    let app = app.restart();
    let s = &app.session;
    s.click_css("[data-testid=nav-profile]").unwrap();
    s.wait_text(
        "[data-testid=profile-program-name]",
        "不参加政府贯标计划（仅申请认证）",
        T,
    )
    .unwrap();
    app.shot("63c-profile-no-program");
}
