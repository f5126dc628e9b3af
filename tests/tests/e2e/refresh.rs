//! Views reload themselves from what a command changed: the shell's
//! `project-changed` event names the tables written, and a view reading one
//! of them loads again, whoever made the write.

use std::time::Duration;

use guanbiao_e2e::{records, App};
use serde_json::json;

const T: Duration = Duration::from_secs(15);

/// Renames a department through the command itself, not through any page.
fn rename_department(s: &guanbiao_e2e::Session, id: i64, name: &str) {
    let renamed = s
        .invoke(
            "department_update",
            json!({"id": id, "input": {"name": name, "code": "", "responsibilities": ""}}),
        )
        .unwrap();
    assert!(renamed["ok"].is_object(), "{renamed}");
}

#[test]
fn a_write_made_outside_the_page_shows_in_its_open_list() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;

    s.click_css("[data-testid=nav-people]").unwrap();
    s.wait("[data-testid=people-table]", T).unwrap();
    s.wait_text("[data-testid=people-table]", "暂无人员", T)
        .unwrap();

    // Written through the command directly, not through any of the page's
    // actions: only the event can tell the list.
    let dep_id = records::department(s, "法务部");
    records::person(s, "钱七", dep_id, "法务专员", "13800000007");
    s.wait_text("[data-testid=people-table]", "钱七", T)
        .unwrap();
    s.wait_text("[data-testid=people-table]", "法务部", T)
        .unwrap();

    // A rename of the department reaches the person's row too: the list
    // reads the department table.
    rename_department(s, dep_id, "法务合规部");
    s.wait_text("[data-testid=people-table]", "法务合规部", T)
        .unwrap();
    app.shot("refresh-01-people-after-outside-writes");
}

/// A page once visited stays in the window (hidden while elsewhere): coming
/// back shows the same page at once, without loading, unless a write changed
/// what it shows meanwhile, which it then loads when shown; a click on the
/// page while it is shown opens it afresh.
#[test]
fn a_visited_page_comes_back_at_once_and_catches_up_with_writes_made_meanwhile() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    let dep_id = records::department(s, "法务部");
    records::person(s, "钱七", dep_id, "法务专员", "13800000007");

    s.click_css("[data-testid=nav-people]").unwrap();
    s.wait_text("[data-testid=people-table]", "法务部", T)
        .unwrap();
    // A mark on the table's element: it survives only if the page is not rebuilt.
    let mark = |value: bool| {
        s.execute(
            "const t = document.querySelector('[data-testid=people-table]'); \
             if (arguments[0]) { t.__visitMark = true; return true; } return !!t.__visitMark;",
            json!([value]),
        )
        .unwrap()
        .as_bool()
        .unwrap()
    };
    let loads_started = || {
        s.execute("return window.__guanbiaoLoadsStarted || 0;", json!([]))
            .unwrap()
            .as_u64()
            .unwrap()
    };
    mark(true);

    // Away and back, nothing written: the same page, nothing loaded.
    s.click_css("[data-testid=nav-departments]").unwrap();
    s.wait("[data-testid=department-table]", T).unwrap();
    let before = loads_started();
    s.click_css("[data-testid=nav-people]").unwrap();
    s.wait("[data-testid=people-table]", T).unwrap();
    assert!(mark(false), "the people page was rebuilt");
    assert_eq!(loads_started(), before, "coming back loaded again");

    // Written while the page is hidden: shown again, it loads the change.
    s.click_css("[data-testid=nav-departments]").unwrap();
    s.wait("[data-testid=department-table]", T).unwrap();
    rename_department(s, dep_id, "法务合规部");
    s.wait_text("[data-testid=department-table]", "法务合规部", T)
        .unwrap();
    s.click_css("[data-testid=nav-people]").unwrap();
    s.wait_text("[data-testid=people-table]", "法务合规部", T)
        .unwrap();
    assert!(mark(false), "caught up without being rebuilt");
    app.shot("refresh-02-people-caught-up");

    // A click on the page shown opens it afresh.
    s.click_css("[data-testid=nav-people]").unwrap();
    let start = std::time::Instant::now();
    while s
        .execute(
            "const t = document.querySelector('[data-testid=people-table]'); return !!(t && t.__visitMark);",
            json!([]),
        )
        .unwrap()
        .as_bool()
        .unwrap()
    {
        assert!(start.elapsed() < T, "a click on the shown page did not open it afresh");
        std::thread::sleep(Duration::from_millis(100));
    }
    s.wait_text("[data-testid=people-table]", "钱七", T)
        .unwrap();
}
