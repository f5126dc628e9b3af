//! 备份与恢复 through the real window: a manual backup listed with its
//! reason and size, a change, a restore from the listed backup after the
//! confirmation dialog (the replaced content kept as a 恢复前 backup), and a
//! file that is not a project refused without touching anything.

use std::time::Duration;

use guanbiao_e2e::App;
use serde_json::json;

const T: Duration = Duration::from_secs(15);

fn set_name(app: &App, name: &str) {
    let mut profile = app.session.invoke("profile_get", json!({})).unwrap()["ok"].clone();
    profile["name"] = json!(name);
    let r = app
        .session
        .invoke(
            "profile_save",
            json!({"profile": profile, "confirmCreditCode": true}),
        )
        .unwrap();
    assert!(r.get("ok").is_some(), "{r}");
}

#[test]
fn backup_now_then_restore_it() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    set_name(&app, "备份前的公司");

    s.click_css("[data-testid=nav-backups]").unwrap();
    s.wait("[data-testid=backup-table]", T).unwrap();
    s.click_css("[data-testid=backup-now]").unwrap();
    s.wait_text("[data-testid=backup-table]", "手动", T)
        .unwrap();
    app.shot("backups-01-list");

    let list = s.invoke("backup_list", json!({})).unwrap()["ok"].clone();
    let first = list[0].clone();
    assert_eq!(first["reason"], "manual");
    assert!(first["size"].as_u64().unwrap() > 0);
    let file_name = first["file_name"].as_str().unwrap().to_string();

    set_name(&app, "改过的公司");
    s.click_css(&format!("[data-testid=\"restore-{file_name}\"]"))
        .unwrap();
    s.wait("[data-testid=restore-confirm]", T).unwrap();
    s.wait_page_text("恢复前", T).unwrap();
    app.shot("backups-02-confirm");
    s.click_css("[data-testid=restore-confirm]").unwrap();
    s.wait_page_text("已从备份恢复", T).unwrap();
    let name = s.invoke("profile_get", json!({})).unwrap()["ok"]["name"].clone();
    assert_eq!(name, "备份前的公司");

    s.click_css("[data-testid=nav-backups]").unwrap();
    s.wait_text("[data-testid=backup-table]", "恢复前", T)
        .unwrap();
    app.shot("backups-03-after-restore");

    // Not a project: refused with its code, the file untouched, the project unchanged.
    let bad = data.path().join("笔记.gbproj");
    std::fs::write(&bad, "不是备份".repeat(100)).unwrap();
    let before = std::fs::read(&bad).unwrap();
    let r = s.invoke("backup_restore", json!({"path": bad})).unwrap();
    assert_eq!(r["err"]["code"], "not_a_project", "{r}");
    assert_eq!(std::fs::read(&bad).unwrap(), before);
    let name = s.invoke("profile_get", json!({})).unwrap()["ok"]["name"].clone();
    assert_eq!(name, "备份前的公司");
}
