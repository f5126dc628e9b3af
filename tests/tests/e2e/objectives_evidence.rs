//! Two readiness preconditions through the real window: on 体系运行 →
//! 条款运行证据 a clause without records gets a “本期未发生” statement and
//! stops being missing; on 管理评审 a new 知识产权目标 makes
//! objectives_measured fail, naming it, until it is measured.

use std::time::Duration;

use guanbiao_core::model::{PersonQuery, Role};
use guanbiao_e2e::demo::{ok, open_demo};
use guanbiao_e2e::App;
use serde_json::{json, Value};

const T: Duration = Duration::from_secs(20);

fn rule(s: &guanbiao_e2e::Session, id: &str) -> Value {
    let r = ok(s.invoke("readiness_get", json!({})).unwrap());
    r["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["id"] == id)
        .cloned()
        .unwrap()
}

#[test]
fn a_statement_evidences_a_clause_and_a_new_objective_waits_for_its_measurement() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let mut stated_by = String::new();
    open_demo(&app, data.path(), |p| {
        // The 运用 clauses 7.3.1–7.3.4 lose their only records.
        let docs = p.documents().unwrap();
        for r in p.operation_records().unwrap() {
            let d = docs.iter().find(|d| d.id == r.document_id).unwrap();
            if d.clauses.iter().any(|c| c == "7.3.3") {
                p.delete_operation_record(r.id).unwrap();
            }
        }
        let top = p
            .people(&PersonQuery::default())
            .unwrap()
            .into_iter()
            .find(|x| x.roles.contains(&Role::TopManager))
            .unwrap();
        stated_by = format!("{}（{}）", top.name, top.department_name.unwrap());
    });
    let s = &app.session;

    s.click_css("[data-testid=nav-operation]").unwrap();
    s.click_css("[data-testid=tab-evidence]").unwrap();
    s.wait_text("[data-testid=tab-evidence]", "条款运行证据（缺 4 条）", T)
        .unwrap();
    s.wait_text("[data-testid=\"evidence-state-7.3.3\"]", "缺少运行记录", T)
        .unwrap();
    s.click_css("[data-testid=\"statement-add-7.3.3\"]")
        .unwrap();
    s.wait("#statement_reason", T).unwrap();
    s.type_into(
        "#statement_reason",
        "本期公司未发生合并、分立、收购等重组事项",
    )
    .unwrap();
    app.pick_option("#statement_stated_by", &stated_by);
    app.shot("evidence-statement-modal");
    s.click_css("[data-testid=statement-submit]").unwrap();
    s.wait_text("[data-testid=tab-evidence]", "条款运行证据（缺 3 条）", T)
        .unwrap_or_else(|e| {
            app.shot("evidence-statement-failure");
            panic!("{e}")
        });
    s.wait_text("[data-testid=\"evidence-state-7.3.3\"]", "本期未发生", T)
        .unwrap();
    s.wait_text("[data-testid=\"statement-7.3.3\"]", "重组事项", T)
        .unwrap();
    // Let the modal finish closing before the picture.
    std::thread::sleep(Duration::from_millis(600));
    app.shot("evidence-statement-saved");
    let ev = rule(s, "operation_evidence");
    assert!(
        ev["explanation"]
            .as_str()
            .unwrap()
            .contains("7.3.1、7.3.2、7.3.4；"),
        "{ev}"
    );

    // 管理评审: the demo's four objectives are measured; a fifth is not yet.
    s.click_css("[data-testid=nav-reviews]").unwrap();
    s.wait_text(
        "[data-testid=objectives-card]",
        "4 项目标，已考核 4 项，达成 3 项",
        T,
    )
    .unwrap();
    assert_eq!(rule(s, "objectives_measured")["passed"], true);
    s.click_css("[data-testid=objective-add]").unwrap();
    s.wait("#objective_description", T).unwrap();
    s.type_into("#objective_description", "年度注册商标申请")
        .unwrap();
    s.type_into("#objective_target", "≥2 件").unwrap();
    s.click_css("[data-testid=objective-submit]").unwrap();
    s.wait_text(
        "[data-testid=objectives-card]",
        "5 项目标，已考核 4 项，达成 3 项",
        T,
    )
    .unwrap();
    let measured = rule(s, "objectives_measured");
    assert_eq!(measured["passed"], false);
    assert!(
        measured["explanation"]
            .as_str()
            .unwrap()
            .contains("没有考核记录：年度注册商标申请"),
        "{measured}"
    );
    let objectives = ok(s.invoke("objective_list", json!({})).unwrap());
    let id = objectives
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["description"] == "年度注册商标申请")
        .unwrap()["id"]
        .as_i64()
        .unwrap();
    s.wait_text(
        &format!("[data-testid=objective-latest-{id}]"),
        "尚未考核",
        T,
    )
    .unwrap();
    s.click_css(&format!("[data-testid=objective-measure-{id}]"))
        .unwrap();
    s.wait("#measurement_actual", T).unwrap();
    s.type_date("#measurement_measured_on", "2022-08-16")
        .unwrap();
    s.type_into("#measurement_actual", "注册商标申请 2 件")
        .unwrap();
    s.click_css("[data-testid=measurement-submit]").unwrap();
    s.wait_text(
        &format!("[data-testid=objective-latest-{id}]"),
        "2022-08-16：注册商标申请 2 件",
        T,
    )
    .unwrap_or_else(|e| {
        app.shot("objective-measure-failure");
        panic!("{e}")
    });
    std::thread::sleep(Duration::from_millis(600));
    app.shot("objectives-measured");
    assert_eq!(rule(s, "objectives_measured")["passed"], true);
}
