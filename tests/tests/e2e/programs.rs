//! A project without a government program (不参加政府贯标计划，仅申请认证):
//! the overview and the application screen read the project's own program,
//! not the first shipped profile, and readiness has no program deadline.

use std::time::Duration;

use guanbiao_e2e::{ok, App};
use serde_json::json;

const T: Duration = Duration::from_secs(15);

/// The header of the page shown (kept pages stay in the DOM, hidden).
const SHOWN_HEADER: &str = ".app-page:not([hidden]) .page-header";

#[test]
fn no_program_leaves_the_certification_path_only_and_no_deadline() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    ok(s.invoke("program_set_none", json!({})).unwrap());
    let chosen = ok(s.invoke("program_get", json!({})).unwrap());
    assert_eq!(chosen["kind"], "none", "{chosen}");

    s.click_css("[data-testid=nav-overview]").unwrap();
    s.wait_text(
        SHOWN_HEADER,
        "不参加政府贯标计划（仅申请认证） · 没有截止日期",
        T,
    )
    .unwrap();
    // No program has ended; the edition a new project starts on (2013,
    // until the 2023 library ships) can no longer be certified, and says so.
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
    // The program's facts show once the project's own program is loaded.
    s.wait(".app-page:not([hidden]) .program-facts", T).unwrap();
    let chosen = s
        .execute(
            "return [...document.querySelectorAll('.ant-select-selection-item')].map(e => e.textContent).join('|');",
            json!([]),
        )
        .unwrap();
    assert!(
        chosen
            .as_str()
            .unwrap_or_default()
            .contains("不参加政府贯标计划（仅申请认证）"),
        "{chosen}"
    );
    app.shot("63c-profile-no-program");
}
