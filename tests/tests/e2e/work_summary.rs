//! 贯标工作总结 edited in the window: a section rewritten and saved is marked
//! 已修改 and stays so after a restart; text being edited survives a visit to
//! another page; an empty text is refused beside the field; reset follows the
//! records again.

use std::time::Duration;

use guanbiao_e2e::demo::open_demo;
use guanbiao_e2e::App;
use serde_json::json;

const T: Duration = Duration::from_secs(15);

/// Replaces a React-controlled textarea's text, as typing would.
fn set_text(app: &App, css: &str, text: &str) {
    app.session
        .execute(
            "const t = document.querySelector(arguments[0]); \
             const set = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set; \
             set.call(t, arguments[1]); t.dispatchEvent(new Event('input', {bubbles: true})); return null;",
            json!([css, text]),
        )
        .unwrap();
}

#[test]
fn a_summary_section_is_rewritten_kept_and_reset() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    app.set_window_size(1280, 720);
    open_demo(&app, data.path(), |_| {});

    s.click_css("[data-testid=nav-export]").unwrap();
    s.wait("[data-testid=summary-四-edit]", T).unwrap();
    app.scroll_to("[data-testid=summary-四]");
    s.click_css("[data-testid=summary-四-edit]").unwrap();
    s.wait("[data-testid=summary-四-text]", T).unwrap();

    // Empty: refused beside the field, nothing saved.
    set_text(&app, "[data-testid=summary-四-text]", "  ");
    s.click_css("[data-testid=summary-四-save]").unwrap();
    s.wait_text("[data-testid=summary-四-failure]", "恢复自动生成", T)
        .unwrap();

    let mine = "体系自发布之日起运行良好，各部门按程序文件开展工作。\n运行中发现的问题均已整改。";
    set_text(&app, "[data-testid=summary-四-text]", mine);
    // Away and back before saving: the text being edited is still there.
    s.click_css("[data-testid=nav-people]").unwrap();
    s.wait("[data-testid=people-table]", T).unwrap();
    s.click_css("[data-testid=nav-export]").unwrap();
    let kept = s.wait("[data-testid=summary-四-text]", T).unwrap();
    assert_eq!(s.property(&kept, "value").unwrap(), mine);
    app.scroll_to("[data-testid=summary-四]");
    app.shot("summary-01-editing");
    s.click_css("[data-testid=summary-四-save]").unwrap();
    s.wait("[data-testid=summary-四-edited]", T).unwrap();
    s.wait_text("[data-testid=summary-四]", "运行中发现的问题均已整改。", T)
        .unwrap();
    std::thread::sleep(Duration::from_millis(400));
    app.shot("summary-02-edited");
    // Scrolled into view in the page area only: the header stays at the window's top.
    let header_top = s
        .execute(
            "return document.querySelector('.app-header').getBoundingClientRect().top;",
            json!([]),
        )
        .unwrap();
    assert_eq!(
        header_top.as_f64(),
        Some(0.0),
        "the window itself never scrolls"
    );

    // Saved in the project: there after a restart.
    let app = app.restart();
    let s = &app.session;
    app.set_window_size(1280, 720);
    s.click_css("[data-testid=nav-export]").unwrap();
    s.wait("[data-testid=summary-四-edited]", T).unwrap();
    let sections = s
        .find_all("[data-testid=summary-card] .summary-section")
        .unwrap();
    assert_eq!(sections.len(), 5, "five sections");
    assert_eq!(
        s.find_all("[data-testid=summary-card] .ant-tag-blue")
            .unwrap()
            .len(),
        1,
        "only the rewritten section is marked"
    );

    // Reset: back to the records' text.
    app.scroll_to("[data-testid=summary-四]");
    s.click_css("[data-testid=summary-四-reset]").unwrap();
    s.click_css(".ant-popconfirm .ant-btn-primary").unwrap();
    s.wait_gone("[data-testid=summary-四-edited]", T).unwrap();
    s.wait_text("[data-testid=summary-四]", "已运行", T)
        .unwrap();
}
