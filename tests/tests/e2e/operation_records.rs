//! 体系运行 → 运行记录 through the real window: a record entered by mistake
//! is deleted after confirming, the list and the tab's count follow, and the
//! deletion is in the record's change history.

use std::time::Duration;

use guanbiao_e2e::demo::{ok, open_demo};
use guanbiao_e2e::App;
use serde_json::json;

const T: Duration = Duration::from_secs(20);

#[test]
fn a_record_entered_by_mistake_is_deleted_after_confirming() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    open_demo(&app, data.path(), |_| {});
    let s = &app.session;
    let records = ok(s.invoke("operation_record_list", json!({})).unwrap());
    let records = records.as_array().expect("a list");
    assert!(!records.is_empty(), "the demo has operation records");
    let id = records[0]["id"].as_i64().unwrap();
    let before = records.len();

    s.click_css("[data-testid=nav-operation]").unwrap();
    s.click_css("[data-testid=tab-records]").unwrap();
    s.wait_text(
        "[data-testid=tab-records]",
        &format!("运行记录（{before}）"),
        T,
    )
    .unwrap();
    s.click_css(&format!("[data-testid=record-delete-{id}]"))
        .unwrap();
    s.wait_page_text("删除这份运行记录？", T).unwrap();
    app.shot("operation-record-delete");
    s.click_css(".ant-popconfirm .ant-btn-dangerous").unwrap();
    s.wait_text(
        "[data-testid=tab-records]",
        &format!("运行记录（{}）", before - 1),
        T,
    )
    .unwrap();
    assert!(
        s.find(&format!("[data-testid=record-delete-{id}]"))
            .is_err(),
        "the deleted record is gone from the table"
    );
    let left = ok(s.invoke("operation_record_list", json!({})).unwrap());
    assert_eq!(left.as_array().map(Vec::len), Some(before - 1));
    let log = ok(s
        .invoke(
            "history_for",
            json!({"entity": "operation_record", "recordId": id.to_string()}),
        )
        .unwrap());
    assert!(
        log.as_array()
            .unwrap()
            .iter()
            .any(|e| e["action"] == "delete"),
        "{log}"
    );
}
