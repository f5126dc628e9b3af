//! Views reload themselves from what a command changed: the shell's
//! `project-changed` event names the tables written, and a view reading one
//! of them loads again, whoever made the write.

use std::time::Duration;

use guanbiao_e2e::{records, App};
use serde_json::json;

const T: Duration = Duration::from_secs(15);

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
    let renamed = s
        .invoke(
            "department_update",
            json!({"id": dep_id, "input": {"name": "法务合规部", "code": "", "responsibilities": ""}}),
        )
        .unwrap();
    assert!(renamed["ok"].is_object(), "{renamed}");
    s.wait_text("[data-testid=people-table]", "法务合规部", T)
        .unwrap();
    app.shot("refresh-01-people-after-outside-writes");
}
