//! Coming back to a page finds it as it was left: the menu restores a page's
//! search, tab, table page and scroll position; a link from 概览 opens it fresh.
//! The project's name and path stay in view, and a long table keeps its
//! header on screen while it scrolls.

use std::time::{Duration, Instant};

use guanbiao_e2e::demo::open_demo;
use guanbiao_e2e::App;
use serde_json::json;

const T: Duration = Duration::from_secs(15);

fn scroll_top(app: &App) -> f64 {
    app.session
        .execute(
            "return document.querySelector('.app-content').scrollTop;",
            json!([]),
        )
        .unwrap()
        .as_f64()
        .unwrap()
}

fn input_value(app: &App, css: &str) -> String {
    app.session
        .execute(
            "return document.querySelector(arguments[0]).value;",
            json!([css]),
        )
        .unwrap()
        .as_str()
        .unwrap_or_default()
        .to_string()
}

#[test]
fn pages_come_back_as_they_were_left() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    app.set_window_size(1280, 720);
    open_demo(&app, data.path(), |_| {});

    // The project's name and its file, always in the header.
    let path = s.text_content("[data-testid=project-path]").unwrap();
    assert!(path.ends_with("示例企业.gbproj"), "{path}");

    // 人员: a search, then away and back by the menu.
    s.click_css("[data-testid=nav-people]").unwrap();
    s.wait("[data-testid=people-table] .ant-table-row", T)
        .unwrap();
    s.type_into("input[data-testid=people-search]", "部经理")
        .unwrap();
    let start = Instant::now();
    let found = loop {
        let rows = s
            .find_all("[data-testid=people-table] .ant-table-row")
            .unwrap()
            .len();
        if rows > 0 && rows < 20 {
            break rows;
        }
        if start.elapsed() > T {
            app.shot("memory-00-search-failure");
            panic!("the search did not narrow the list: {rows} rows");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    s.click_css("[data-testid=nav-training]").unwrap();
    s.wait("[data-testid=tab-sessions]", T).unwrap();
    s.click_css("[data-testid=tab-sessions]").unwrap();
    s.click_css("[data-testid=nav-departments]").unwrap();
    s.wait("[data-testid=department-table] .ant-table-row", T)
        .unwrap();
    s.click_css("[data-testid=nav-people]").unwrap();
    s.wait("[data-testid=people-table] .ant-table-row", T)
        .unwrap();
    assert_eq!(
        input_value(&app, "input[data-testid=people-search]"),
        "部经理"
    );
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        s.find_all("[data-testid=people-table] .ant-table-row")
            .unwrap()
            .len(),
        found,
        "the same people as before"
    );
    app.shot("memory-01-people-search-kept");

    // 培训 opens on the tab it was left at.
    s.click_css("[data-testid=nav-training]").unwrap();
    s.wait(".ant-tabs-tab-active [data-testid=tab-sessions]", T)
        .unwrap();

    // Scrolled down a long list, away and back: the same place, the header row in view.
    s.click_css("[data-testid=nav-people]").unwrap();
    s.wait("[data-testid=people-table] .ant-table-row", T)
        .unwrap();
    s.execute(
        "const i = document.querySelector('input[data-testid=people-search]'); \
         const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set; \
         set.call(i, ''); i.dispatchEvent(new Event('input', {bubbles: true})); return null;",
        json!([]),
    )
    .unwrap();
    let start = Instant::now();
    while s
        .find_all("[data-testid=people-table] .ant-table-row")
        .unwrap()
        .len()
        < 20
    {
        assert!(start.elapsed() < T, "the whole list did not come back");
        std::thread::sleep(Duration::from_millis(100));
    }
    s.execute(
        "document.querySelector('.app-content').scrollTop = 600; return null;",
        json!([]),
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    let left_at = scroll_top(&app);
    assert!(left_at > 500.0, "the page scrolls: {left_at}");
    let header = s
        .execute(
            "const c = document.querySelector('.app-content').getBoundingClientRect(); \
             const h = document.querySelector('[data-testid=people-table] .ant-table-thead') \
               .getBoundingClientRect(); \
             return [c.top, h.top, h.bottom];",
            json!([]),
        )
        .unwrap();
    let (content_top, head_top) = (header[0].as_f64().unwrap(), header[1].as_f64().unwrap());
    assert!(
        (head_top - content_top).abs() < 2.0,
        "the table's header row stays at the top of the page area: {header}"
    );
    app.shot("memory-02-sticky-header");
    s.click_css("[data-testid=nav-departments]").unwrap();
    s.wait("[data-testid=department-table] .ant-table-row", T)
        .unwrap();
    s.click_css("[data-testid=nav-people]").unwrap();
    let start = Instant::now();
    while (scroll_top(&app) - left_at).abs() > 2.0 {
        assert!(
            start.elapsed() < T,
            "back at {} instead of {left_at}",
            scroll_top(&app)
        );
        std::thread::sleep(Duration::from_millis(100));
    }

    // A link from 概览 opens 培训 fresh: its first tab, at the top.
    s.click_css("[data-testid=nav-overview]").unwrap();
    let link = s
        .wait("[data-testid=attention-credits]", T)
        .expect("概览 links to the people short of credits");
    s.click(&link).unwrap();
    s.wait(".ant-tabs-tab-active [data-testid=tab-credits]", T)
        .unwrap();
    assert!(scroll_top(&app) < 2.0, "at the top");
}
