//! Ctrl+S saves the form of the page that is shown, and only that one: pages
//! stay mounted, hidden, once visited, and a hidden page's form keeps its
//! unsaved edits without the shortcut submitting them (it once submitted the
//! hidden 验收方式 card of 验收申请 from any page).

use std::time::{Duration, Instant};

use guanbiao_e2e::demo::open_demo;
use guanbiao_e2e::App;
use serde_json::{json, Value};

const T: Duration = Duration::from_secs(15);

const LEAD_TIME: &str = "#application-settings_lead_time_days";

/// Presses Ctrl+S in the element `css` (the key goes to the focused field, as a user's would).
fn ctrl_s(app: &App, css: &str) {
    let s = &app.session;
    s.click_css(css).unwrap();
    s.send_keys(&s.find(css).unwrap(), "\u{E009}s\u{E009}")
        .unwrap();
}

/// The texts of the toasts shown now.
fn toasts(app: &App) -> Vec<String> {
    let v = app
        .session
        .execute(
            "return [...document.querySelectorAll('.ant-message-notice')].map(n => n.textContent);",
            json!([]),
        )
        .unwrap();
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(Value::as_str)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

fn lead_time_stored(app: &App) -> Value {
    let v = app
        .session
        .invoke("application_settings_get", json!({}))
        .unwrap();
    v["ok"]["lead_time_days"].clone()
}

#[test]
fn ctrl_s_saves_the_shown_page_and_leaves_a_hidden_one_as_it_is() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    open_demo(&app, data.path(), |_| {});

    // 验收申请: the lead time changed and not saved, then away to 企业信息.
    s.click_css("[data-testid=nav-application]").unwrap();
    s.wait("[data-testid=application-path-card]", T).unwrap();
    let lead_before = lead_time_stored(&app);
    let lead_new = (lead_before.as_u64().unwrap_or(0) + 7).to_string();
    s.type_into(LEAD_TIME, &lead_new).unwrap();
    s.click_css("[data-testid=nav-profile]").unwrap();
    s.wait("#profile_name", T).unwrap();

    // 企业信息: a new name, Ctrl+S in the field.
    let name = "陕西示例快捷保存科技有限公司";
    s.type_into("#profile_name", name).unwrap();
    ctrl_s(&app, "#profile_name");
    let start = Instant::now();
    loop {
        let stored = s.invoke("profile_get", json!({})).unwrap();
        if stored["ok"]["name"] == name {
            break;
        }
        if start.elapsed() > T {
            app.shot("shortcut-00-profile-not-saved");
            panic!("Ctrl+S did not save 企业信息: {stored}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    s.wait_text_content(".ant-message", "已保存", T).unwrap();
    // Both saves would have answered by now: the hidden card's would toast 已保存验收方式和日期.
    std::thread::sleep(Duration::from_millis(800));
    let shown = toasts(&app);
    app.shot("shortcut-01-profile-saved");
    assert!(
        shown.iter().all(|t| !t.contains("验收方式")),
        "the hidden 验收申请 form was saved too: {shown:?}"
    );
    assert_eq!(
        lead_time_stored(&app),
        lead_before,
        "the hidden page's unsaved lead time stays unsaved"
    );

    // Back on 验收申请 the edit is still there, and Ctrl+S there saves it (once the
    // first toast has gone, so that the one seen is this save's).
    s.wait_gone(".ant-message-notice", T).unwrap();
    s.click_css("[data-testid=nav-application]").unwrap();
    s.wait(LEAD_TIME, T).unwrap();
    let kept = s.property(&s.find(LEAD_TIME).unwrap(), "value").unwrap();
    assert_eq!(kept, json!(lead_new), "the unsaved edit is kept");
    ctrl_s(&app, LEAD_TIME);
    s.wait_text_content(".ant-message", "已保存验收方式和日期", T)
        .unwrap();
    // The toast is in the DOM before its first frame is drawn.
    std::thread::sleep(Duration::from_millis(500));
    app.shot("shortcut-02-application-saved");
    assert_eq!(
        lead_time_stored(&app).to_string(),
        lead_new,
        "Ctrl+S on the shown page saves it"
    );
    let stored = s.invoke("profile_get", json!({})).unwrap();
    assert_eq!(stored["ok"]["name"], name, "企业信息 is as it was saved");
}
