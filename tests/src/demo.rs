//! The demo project as a starting point for a test: built with the core
//! (setup, not the thing under test), opened in the window, and the window
//! waited on until it shows it; or built with the CLI, as a user (and the
//! benches) would.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use guanbiao_core::Project;
use serde_json::{json, Value};

use crate::App;

/// The `ok` of a command's answer; fails the test with the error otherwise.
pub fn ok(v: Value) -> Value {
    assert!(v.get("ok").is_some(), "command failed: {v}");
    v["ok"].clone()
}

/// The first audit the core lists with `field` equal to `value` (e.g. its
/// number or id); fails the test when there is none.
pub fn audit_where(s: &crate::Session, field: &str, value: Value) -> Value {
    ok(s.invoke("audit_list", json!({})).unwrap())
        .as_array()
        .expect("a list of audits")
        .iter()
        .find(|a| a[field] == value)
        .unwrap_or_else(|| panic!("no audit with {field} = {value}"))
        .clone()
}

/// Creates an audit in progress through the window's own command, with the
/// qualified auditors and the default scope and schedule; answers the audit.
pub fn new_audit(s: &crate::Session) -> Value {
    let auditors: Vec<i64> = ok(s.invoke("auditor_overview", json!({})).unwrap())["auditors"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["qualified"] == true)
        .map(|a| a["person_id"].as_i64().unwrap())
        .collect();
    ok(s.invoke(
        "audit_create",
        json!({"input": {
            "number": "", "purpose": "检查体系运行情况", "criteria": "",
            "leader_id": auditors[0], "auditor_ids": auditors,
            "starts_on": "2022-08-15", "ends_on": "2022-08-16",
            "scope": [], "schedule": [],
        }}),
    )
    .unwrap())
}

/// Creates a fresh demo project in `dir`, lets `prepare` add to it, opens it
/// in the window and reloads the window onto it. Returns the project's path.
pub fn open_demo(app: &App, dir: &Path, prepare: impl FnOnce(&mut Project)) -> PathBuf {
    let path = dir.join("示例企业.gbproj");
    let (mut project, _) = guanbiao_core::demo::create(&path, 1).expect("demo project");
    prepare(&mut project);
    project.close().unwrap();
    let s = &app.session;
    ok(s.invoke("project_open", json!({"path": path})).unwrap());
    s.execute("location.reload(); return null;", json!([]))
        .unwrap();
    // The header's text comes back empty from WebKit: read the DOM's.
    let start = Instant::now();
    while !s
        .text_content("[data-testid=project-title]")
        .unwrap_or_default()
        .contains(guanbiao_core::demo::ENTERPRISE_NAME)
    {
        if start.elapsed() > Duration::from_secs(30) {
            app.shot("demo-open-failure");
            panic!("the window did not switch to the demo project");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    path
}

/// Runs `CLI demo ARGS --out FILE` and fails unless it succeeded; returns
/// what it printed.
pub fn cli_demo(cli: &Path, file: &Path, args: &[&str]) -> String {
    let out = Command::new(cli)
        .arg("demo")
        .args(args)
        .arg("--out")
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{}: {e} (cargo build -p guanbiao-cli)", cli.display()));
    assert!(
        out.status.success(),
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
