//! 验收申请: another subsidy for the same 贯标 recorded in the window, and the
//! readiness warning the 2022 Shaanxi plan's ban on double subsidy gives;
//! the demo's business licence scan shown with the preconditions.

use std::time::Duration;

use guanbiao_e2e::{ok, open_demo, App};
use serde_json::json;

const T: Duration = Duration::from_secs(15);

#[test]
fn a_city_subsidy_is_recorded_and_warned_about() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    open_demo(&app, data.path(), |_| {});
    let s = &app.session;
    s.click_css("[data-testid=nav-application]").unwrap();
    // The demo's licence scan (WebKit's rendered text leaves out the
    // ellipsised name: read the DOM's).
    s.wait("[data-testid=licence-scan-name]", T).unwrap();
    let scan = s.text_content("[data-testid=licence-scan-name]").unwrap();
    assert!(scan.contains(guanbiao_core::demo::LICENCE_FILE), "{scan}");
    app.scroll_to("[data-testid=preconditions-card]");
    app.shot("72a-application-licence-scan");
    s.wait_text(
        "[data-testid=subsidy-rule]",
        "不得超额奖补、重复奖补（依据国知办发运字〔2019〕34号）",
        T,
    )
    .unwrap();
    assert!(s.find("[data-testid=subsidy-warning]").is_err());

    app.scroll_to("[data-testid=subsidies-card]");
    s.click_css("[data-testid=subsidy-add]").unwrap();
    s.wait("#subsidy_grantor", T).unwrap();
    s.type_into("#subsidy_grantor", "西安市市场监督管理局")
        .unwrap();
    s.type_into("#subsidy_amount_yuan", "20000").unwrap();
    s.type_date("#subsidy_received_on", "2022-06-30").unwrap();
    s.type_into("#subsidy_note", "市级贯标奖励").unwrap();
    s.click_css("[data-testid=subsidy-submit]").unwrap();

    s.wait_text("[data-testid=subsidy-table]", "西安市市场监督管理局", T)
        .unwrap();
    s.wait_text("[data-testid=subsidy-table]", "2 万元", T)
        .unwrap();
    let warning = s
        .wait_text(
            "[data-testid=subsidy-warning]",
            "西安市市场监督管理局 20000 元（2022-06-30）",
            T,
        )
        .unwrap();
    assert!(warning.contains("国知办发运字〔2019〕34号"), "{warning}");
    app.scroll_to("[data-testid=subsidies-card]");
    app.shot("72-application-other-subsidy");

    // The readiness the window reads: a warning, not a blocker.
    let readiness = ok(s.invoke("readiness_get", json!({})).unwrap());
    let rule = readiness["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "subsidy_not_doubled")
        .cloned()
        .unwrap();
    assert_eq!(rule["passed"], false, "{rule}");
    assert_eq!(rule["severity"], "warning", "{rule}");

    // The core refuses what the form would not send, in Chinese.
    let r = s
        .invoke(
            "subsidy_add",
            json!({"input": {"grantor": "高新区", "amount_yuan": -5, "received_on": "2022-06-30", "note": ""}}),
        )
        .unwrap();
    assert!(
        r["err"]["message"]
            .as_str()
            .unwrap_or_default()
            .contains("不能为负数"),
        "{r}"
    );
}
