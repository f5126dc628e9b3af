//! The change history of the audit screens through the real window: on the
//! demo project, a closed nonconformity's 变更记录 shows its lifecycle (the
//! status changes up to 已关闭) with the operator the demo recorded, without
//! the button's tooltip left over the drawer; the audit's own 变更记录
//! includes its nonconformities.

use std::time::Duration;

use guanbiao_core::demo::DEMO_OPERATOR;
use guanbiao_e2e::{ok, open_demo, App};
use serde_json::json;

const T: Duration = Duration::from_secs(20);

/// No tooltip is shown (the 变更记录 tip must not stay over the drawer).
fn no_tooltip(app: &App) {
    let s = &app.session;
    for t in s.find_all(".ant-tooltip:not(.ant-tooltip-hidden)").unwrap() {
        assert!(
            !s.displayed(&t).unwrap_or(false),
            "a tooltip is shown over the drawer: {}",
            s.text(&t).unwrap_or_default()
        );
    }
}

fn close_drawer(app: &App) {
    let s = &app.session;
    s.click_css(".ant-drawer-open .ant-drawer-close").unwrap();
    let start = std::time::Instant::now();
    while !s.find_all(".ant-drawer-open").unwrap().is_empty() {
        assert!(start.elapsed() < T, "the drawer stays open");
        std::thread::sleep(Duration::from_millis(100));
    }
}

#[test]
fn a_nonconformity_history_shows_its_lifecycle() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    open_demo(&app, files.path(), |_| {});
    let s = &app.session;

    let audit = ok(s.invoke("audit_list", json!({})).unwrap())[0].clone();
    let audit_id = audit["id"].as_i64().unwrap();
    let ncs = ok(s.invoke("nc_list", json!({"auditId": audit_id})).unwrap());
    let nc = ncs[0].clone();
    let nc_id = nc["id"].as_i64().unwrap();
    let number = nc["number"].as_str().unwrap().to_string();
    assert_eq!(nc["status"], "closed", "the demo closes its findings");

    s.click_css("[data-testid=nav-audits]").unwrap();
    s.wait_text(
        "[data-testid=audit-table]",
        audit["number"].as_str().unwrap(),
        T,
    )
    .unwrap();
    s.click_css(&format!("[data-testid=audit-open-{audit_id}]"))
        .unwrap();
    s.click_css("[data-testid=tab-ncs]").unwrap();
    s.wait(&format!("[data-testid=nc-card-{nc_id}]"), T)
        .unwrap();

    // The nonconformity's 变更记录: created, then each step of the cycle.
    s.click_css(&format!("[data-testid=history-nonconformity-{nc_id}]"))
        .unwrap();
    s.wait_text("[data-testid=record-history]", "已关闭", T)
        .unwrap();
    std::thread::sleep(Duration::from_millis(700)); // the drawer slides in
    let text = s.text_content("[data-testid=record-history]").unwrap();
    let title = s
        .text_content(".ant-drawer-open .ant-drawer-title")
        .unwrap();
    assert!(title.contains(&number), "{title}");
    let entries = s.find_all("[data-testid=change-entry]").unwrap();
    assert!(entries.len() >= 4, "create plus the steps: {text}");
    let operators = s.find_all("[data-testid=change-operator]").unwrap();
    assert_eq!(operators.len(), entries.len());
    for o in &operators {
        let t = s.property(o, "textContent").unwrap();
        assert_eq!(t, format!("操作人：{DEMO_OPERATOR}"), "{text}");
    }
    // Newest first: the closure on top, the creation at the bottom.
    let first = s.property(&entries[0], "textContent").unwrap();
    let first = first.as_str().unwrap_or_default();
    assert!(
        first.contains("状态") && first.contains("已关闭"),
        "{first}"
    );
    let last = s.property(entries.last().unwrap(), "textContent").unwrap();
    let last = last.as_str().unwrap_or_default();
    assert!(
        last.contains("新增") && last.contains(&format!("不符合项编号：{number}")),
        "{last}"
    );
    for step in [
        "待制定措施",
        "措施实施中",
        "已验证",
        "原因分析",
        "纠正措施",
        "验证日期",
    ] {
        assert!(text.contains(step), "{step} missing: {text}");
    }
    no_tooltip(&app);
    app.shot("70-nc-history");
    close_drawer(&app);

    // The audit's own 变更记录 includes its nonconformities.
    s.click_css(&format!("[data-testid=history-audit-{audit_id}]"))
        .unwrap();
    s.wait_text(
        "[data-testid=record-history]",
        &format!("不符合项「{number}」"),
        T,
    )
    .unwrap();
    let text = s.text_content("[data-testid=record-history]").unwrap();
    assert!(text.contains("审核编号："), "the audit's creation: {text}");
    std::thread::sleep(Duration::from_millis(500));
    app.shot("71-audit-history");
    close_drawer(&app);
}
