//! The 概览 dashboard and the 验收申请 screen through the real window: a
//! fresh project shows what blocks it and where to start, and its next steps
//! open the screens that fix them; the demo project (built with the CLI)
//! judged today shows that only its ended program and withdrawn edition
//! block it, and its key dates; on the application screen a body
//! that does not qualify cannot be chosen, and a certificate dated after the
//! deadline is flagged as missing the subsidy.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use guanbiao_e2e::app::cli_binary;
use guanbiao_e2e::demo::{cli_demo, ok};
use guanbiao_e2e::App;
use serde_json::{json, Value};

const T: Duration = Duration::from_secs(20);

fn fail(app: &App, name: &str, e: String) -> ! {
    app.shot(name);
    panic!("{e}")
}

/// The number shown in `css` (a statistic).
fn number(app: &App, css: &str) -> u32 {
    let t = app.session.text_content(css).unwrap();
    t.trim()
        .parse()
        .unwrap_or_else(|_| panic!("{css} holds {t:?}"))
}

/// Waits until the menu shows `page` as the current one and it is on screen.
fn on_page(app: &App, page: &str) {
    app.session
        .wait(
            &format!(".ant-menu-item-selected [data-testid=nav-{page}]"),
            T,
        )
        .unwrap_or_else(|e| fail(app, &format!("overview-nav-{page}-failure"), e));
}

/// Waits until no modal is on screen (the closing animation included).
fn no_modal(app: &App) {
    let start = Instant::now();
    loop {
        let open = app
            .session
            .execute(
                "return Array.from(document.querySelectorAll('.ant-modal-wrap')).some(e => getComputedStyle(e).display !== 'none');",
                json!([]),
            )
            .unwrap();
        if open == json!(false) {
            std::thread::sleep(Duration::from_millis(200));
            return;
        }
        if start.elapsed() > T {
            fail(app, "overview-modal-failure", "a modal stays open".into());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn open_overview(app: &App) {
    let s = &app.session;
    s.click_css("[data-testid=nav-overview]").unwrap();
    s.wait("[data-testid=overview]", T)
        .unwrap_or_else(|e| fail(app, "overview-open-failure", e));
}

#[test]
fn a_fresh_project_shows_its_blockers_and_where_to_start() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    guanbiao_e2e::records::follow_shaanxi_2022(s);
    open_overview(&app);

    let readiness = ok(s.invoke("readiness_get", json!({})).unwrap());
    let blockers = readiness["blockers"].as_u64().unwrap() as u32;
    assert!(blockers > 0, "a new project cannot apply: {readiness}");
    assert_eq!(number(&app, "[data-testid=readiness-blockers]"), blockers);
    s.wait_text("[data-testid=overview-verdict]", "暂不能申请", T)
        .unwrap();
    s.wait("[data-testid=overview-guide]", T).unwrap();
    let sentence = s.text_content("[data-testid=deadline-sentence]").unwrap();
    assert!(
        sentence.contains("截止日期 2022-10-31"),
        "the deadline in a plain sentence: {sentence}"
    );

    // The next three steps, the first one the enterprise profile.
    let steps = s
        .find_all("[data-testid=next-steps] button[data-testid^=next-step-]")
        .unwrap();
    assert_eq!(steps.len(), 3, "three next steps");
    let first = s
        .execute(
            "return document.querySelector('[data-testid=next-steps] button[data-testid^=next-step-]').dataset.testid;",
            json!([]),
        )
        .unwrap();
    assert_eq!(first, "next-step-profile_complete");
    assert!(s
        .text_content("[data-testid=next-steps]")
        .unwrap()
        .contains("企业基本信息缺少"));

    // The timeline carries the program's deadline and the latest dates.
    s.wait("[data-testid=overview-timeline]", T).unwrap();
    for (marker, date) in [
        ("deadline", "2022-10-31"),
        ("latest-application", "2022-09-16"),
    ] {
        let t = s
            .text_content(&format!("[data-testid=timeline-{marker}]"))
            .unwrap();
        assert!(t.contains(date), "{marker}: {t}");
    }
    // Nothing open yet: every attention count is 0.
    for card in [
        "nonconformities",
        "overdue-tasks",
        "overdue-actions",
        "documents",
    ] {
        let t = s
            .text_content(&format!("[data-testid=attention-{card}]"))
            .unwrap();
        assert!(t.contains('0'), "{card}: {t}");
    }
    app.shot("60-overview-fresh");
    app.scroll_to("[data-testid=readiness-card]");
    app.shot("60b-overview-fresh-readiness");

    // A next step opens the screen that fixes it.
    s.click_css("[data-testid=next-step-profile_complete]")
        .unwrap();
    on_page(&app, "profile");
    s.wait("[data-testid=profile-save]", T).unwrap();
    let top = s
        .execute(
            "return document.querySelector('.app-content').scrollTop;",
            json!([]),
        )
        .unwrap();
    assert_eq!(top, json!(0), "the linked screen opens at its top");

    open_overview(&app);
    s.click_css("[data-testid=next-step-leadership_group]")
        .unwrap();
    on_page(&app, "organisation");

    // So does a statistic card, from the keyboard too.
    open_overview(&app);
    let card = s.wait("[data-testid=attention-credits]", T).unwrap();
    s.send_keys(&card, "\u{E007}").unwrap();
    on_page(&app, "training");
}

/// The app with the demo open (the folders live as long as the test).
fn demo_open() -> (tempfile::TempDir, tempfile::TempDir, App) {
    let files = tempfile::tempdir().unwrap();
    let demo = demo_file(files.path());
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    ok(app
        .session
        .invoke("project_open", json!({"path": demo}))
        .unwrap());
    (files, data, app)
}

/// A minor nonconformity against 7.2 in the first department of `audit`.
fn raise_nc(s: &guanbiao_e2e::Session, audit: &Value, fact: &str) -> Value {
    ok(s.invoke(
        "nc_raise",
        json!({"auditId": audit["id"], "input": {
            "department_id": audit["scope"][0]["department_id"],
            "clause": "7.2",
            "fact": fact,
            "grade": "minor",
            "found_on": audit["starts_on"],
            "auditor_id": audit["leader_id"],
        }}),
    )
    .unwrap())
}

/// Builds the demo project with the CLI, as a user would.
fn demo_file(dir: &Path) -> PathBuf {
    let path = dir.join("示例企业.gbproj");
    cli_demo(&cli_binary(), &path, &[]);
    path
}

#[test]
fn the_demo_opened_today_says_its_program_and_edition_are_past_and_keeps_its_dates() {
    let files = tempfile::tempdir().unwrap();
    let demo = demo_file(files.path());
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    ok(app
        .session
        .invoke("project_open", json!({"path": demo}))
        .unwrap());
    // A restart opens the last project: the demo.
    let app = app.restart();
    let s = &app.session;
    open_overview(&app);

    // The demo is a 2022 story judged today: only time stands in its way.
    s.wait_text(
        "[data-testid=overview-verdict]",
        "暂不能申请：尚有 3 项阻断",
        T,
    )
    .unwrap_or_else(|e| fail(&app, "overview-demo-failure", e));
    assert_eq!(number(&app, "[data-testid=readiness-blockers]"), 3);
    let passed = number(&app, "[data-testid=readiness-passed]");
    assert!(passed >= 19, "{passed} rules pass");
    let today = guanbiao_core::dates::today().to_string();
    let judged = s.text_content("[data-testid=readiness-judged-on]").unwrap();
    assert!(judged.contains(&today), "{judged}");
    let banner = s
        .text_content("[data-testid=time-banner]")
        .unwrap_or_else(|e| fail(&app, "overview-time-banner-failure", e));
    assert!(banner.contains("已于 2022-10-31 截止"), "{banner}");
    assert!(
        banner.contains("GB/T 29490-2013 的认证申请只受理到 2024-12-31"),
        "{banner}"
    );
    assert!(banner.contains("2025-12-31 后暂停或撤销"), "{banner}");
    assert!(banner.contains("公告 2023年第27号"), "{banner}");
    app.shot("61a-overview-demo-time-banner");
    assert!(
        s.find("[data-testid=overview-guide]").is_err(),
        "no start guide for a project under way"
    );
    let sentence = s.text_content("[data-testid=deadline-sentence]").unwrap();
    assert!(
        sentence.contains("截止日期 2022-10-31 已过") && sentence.contains("仅供回顾"),
        "{sentence}"
    );
    for stage in ["training", "implementation"] {
        let t = s
            .text_content(&format!("[data-testid=stage-{stage}]"))
            .unwrap();
        assert!(t.contains("已完成"), "{stage}: {t}");
    }

    // The key dates on the timeline.
    for (marker, date) in [
        ("implemented", "2022-05-18"),
        ("earliest", "2022-08-18"),
        ("planned", "2022-08-25"),
        ("latest-implementation", "2022-06-16"),
        ("latest-application", "2022-09-16"),
        ("deadline", "2022-10-31"),
    ] {
        let t = s
            .text_content(&format!("[data-testid=timeline-{marker}]"))
            .unwrap_or_else(|e| fail(&app, "overview-timeline-failure", e));
        assert!(t.contains(date), "{marker}: {t}");
    }
    // Everything covered, every credit reached, nothing open.
    for ring in ["credits", "diagnosis", "coverage", "auditors"] {
        let t = s
            .text_content(&format!("[data-testid=ring-{ring}]"))
            .unwrap();
        assert!(t.contains("100%"), "{ring}: {t}");
    }
    let nc = s
        .text_content("[data-testid=attention-nonconformities]")
        .unwrap();
    assert!(nc.contains('0'), "{nc}");
    app.shot("61-overview-demo");

    // The full rule list, grouped by stage, opens per stage.
    app.scroll_to("[data-testid=readiness-card]");
    app.shot("61b-overview-demo-readiness");
    s.click_css("[data-testid=rule-group-implementation]")
        .unwrap();
    let audit = s.wait("[data-testid=rule-internal_audit]", T).unwrap();
    assert!(s.text(&audit).unwrap().contains("NS-2022-01"));
    app.scroll_to("[data-testid=rule-list]");
    app.shot("61c-overview-demo-rules");
}

/// Waits until the saved application settings satisfy `f`.
fn settings_until(app: &App, what: &str, f: impl Fn(&Value) -> bool) -> Value {
    let start = Instant::now();
    loop {
        let v = ok(app
            .session
            .invoke("application_settings_get", json!({}))
            .unwrap());
        if f(&v) {
            return v;
        }
        if start.elapsed() > T {
            fail(app, "application-settings-failure", format!("{what}: {v}"));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn body_id(app: &App, name: &str) -> i64 {
    let bodies = ok(app
        .session
        .invoke("body_list", json!({"includeArchived": false}))
        .unwrap());
    bodies
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["name"] == name)
        .unwrap_or_else(|| panic!("{name} not saved: {bodies}"))["id"]
        .as_i64()
        .unwrap()
}

fn add_body(app: &App, name: &str, qualifies: bool) -> i64 {
    let s = &app.session;
    s.click_css("[data-testid=body-add]").unwrap();
    s.wait("#body_name", T).unwrap();
    s.type_into("#body_name", name).unwrap();
    if qualifies {
        s.click_css("[data-testid=body-meets-standard]").unwrap();
        s.click_css("[data-testid=body-no-dishonesty]").unwrap();
    }
    s.click_css("[data-testid=body-submit]").unwrap();
    s.wait_text("[data-testid=body-table]", name, T).unwrap();
    no_modal(app);
    body_id(app, name)
}

fn radio(id: i64) -> String {
    format!("[data-testid=body-table] tr[data-row-key=\"{id}\"] input[type=radio]")
}

#[test]
fn the_application_path_bodies_and_a_late_certificate() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    guanbiao_e2e::records::follow_shaanxi_2022(s);
    s.click_css("[data-testid=nav-application]").unwrap();
    // The card is drawn before the program's subsidies arrive: wait for them.
    let card = s
        .wait_text_content("[data-testid=application-path-card]", "补助 5 万元", T)
        .unwrap_or_else(|e| fail(&app, "overview-subsidies-failure", e));
    assert!(
        card.contains("补助 5 万元") && card.contains("补助 3 万元") && card.contains("不兼得"),
        "the subsidies and that they are not combined: {card}"
    );

    // The path: 第三方认证.
    s.click_css("[data-testid=path-certification]").unwrap();
    s.click_css("[data-testid=application-settings-save]")
        .unwrap();
    settings_until(&app, "path saved", |v| v["path"] == "certification");

    // 申请前提: the scope and the licence, saved from the card; the rules
    // read them.
    s.type_into("#preconditions_scope_products", "工业软件的研发和销售")
        .unwrap();
    s.type_into("#preconditions_scope_sites", "西安市雁塔区科技路 1 号")
        .unwrap();
    s.type_into("#preconditions_scope_headcount", "35").unwrap();
    s.click_css("[data-testid=licence-long-term]").unwrap();
    s.click_css("[data-testid=preconditions-save]").unwrap();
    let start = Instant::now();
    let saved = loop {
        let v = ok(s.invoke("preconditions_get", json!({})).unwrap());
        if v["scope_headcount"] == 35 || start.elapsed() > T {
            break v;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert_eq!(saved["scope_products"], "工业软件的研发和销售", "{saved}");
    assert_eq!(saved["licence_long_term"], true, "{saved}");
    let readiness = ok(s.invoke("readiness_get", json!({})).unwrap());
    let rule = |id: &str| {
        readiness["rules"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .cloned()
            .unwrap()
    };
    assert_eq!(rule("scope_defined")["passed"], true, "{readiness}");
    let licence = rule("licence_valid");
    assert_eq!(licence["passed"], false);
    assert!(
        licence["explanation"].as_str().unwrap().contains("存续"),
        "the status is not checked yet: {licence}"
    );
    app.scroll_to("[data-testid=preconditions-card]");
    app.shot("62a-application-preconditions");

    // A body with a dishonesty record and below the standard cannot be chosen.
    let bad = add_body(&app, "乙认证有限公司", false);
    s.wait_text(
        &format!("[data-testid=body-reason-{bad}]"),
        "不可选用：未达到服务标准、有失信记录",
        T,
    )
    .unwrap();
    let input = s.find(&radio(bad)).unwrap();
    assert_eq!(s.property(&input, "disabled").unwrap(), json!(true));
    let r = s
        .invoke(
            "application_settings_save",
            json!({"input": {"path": "certification", "body_id": bad, "planned_application_on": null, "lead_time_days": 45}}),
        )
        .unwrap();
    assert_eq!(r["err"]["code"], "conflict", "{r}");

    // A qualifying one can.
    let good = add_body(&app, "甲知识产权认证中心", true);
    s.wait(&format!("[data-testid=body-ok-{good}]"), T).unwrap();
    let input = s.find(&radio(good)).unwrap();
    assert_eq!(s.property(&input, "disabled").unwrap(), json!(false));
    s.click_css(&format!(
        "[data-testid=body-table] tr[data-row-key=\"{good}\"] .ant-radio-wrapper"
    ))
    .unwrap();
    settings_until(&app, "body chosen", |v| v["body_id"] == good);

    // An application whose certificate is dated after the deadline.
    s.click_css("[data-testid=record-add]").unwrap();
    s.wait("#record_submitted_on", T).unwrap();
    s.type_date("#record_submitted_on", "2022-09-20").unwrap();
    s.type_into("#record_certificate_no", "ZC-2022-0815")
        .unwrap();
    s.type_date("#record_certificate_on", "2022-11-15").unwrap();
    s.wait_text(".record-late", "证书日期晚于截止日期，不能获得补贴", T)
        .unwrap();
    std::thread::sleep(Duration::from_millis(400));
    app.shot("62a-application-record-modal");
    s.click_css("[data-testid=record-submit]").unwrap();

    let records = ok(s.invoke("application_record_list", json!({})).unwrap());
    let rec = &records[0];
    assert_eq!(rec["body_name"], "甲知识产权认证中心", "{rec}");
    assert_eq!(rec["misses_subsidy"], true, "{rec}");
    let id = rec["id"].as_i64().unwrap();
    s.wait_text(
        &format!("[data-testid=record-flag-{id}]"),
        "证书日期晚于截止日期，不能获得补贴",
        T,
    )
    .unwrap_or_else(|e| fail(&app, "application-flag-failure", e));
    s.wait_text("[data-testid=records-late]", "晚于截止日期 2022-10-31", T)
        .unwrap();
    no_modal(&app);
    s.execute(
        "document.querySelector('.app-content').scrollTop = 0; return null;",
        json!([]),
    )
    .unwrap();
    std::thread::sleep(Duration::from_millis(300));
    app.shot("62-application");
    app.scroll_to("[data-testid=records-card]");
    app.shot("62b-application-records");

    // Editing the record starts from what was saved, the body included.
    s.click_css(&format!("[data-testid=record-edit-{id}]"))
        .unwrap();
    let start = Instant::now();
    loop {
        // The open modal's text (an earlier, closed one stays in the page, hidden).
        let shown = s
            .execute(
                "return Array.from(document.querySelectorAll('.ant-modal-wrap')).filter(w => getComputedStyle(w).display !== 'none').map(w => w.textContent).join('');",
                json!([]),
            )
            .unwrap();
        let shown = shown.as_str().unwrap_or_default();
        if shown.contains("编辑申请记录") && shown.contains("甲知识产权认证中心") {
            break;
        }
        if start.elapsed() > T {
            fail(
                &app,
                "application-edit-failure",
                format!("edit modal: {shown}"),
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    s.click_css("[data-testid=record-cancel]").unwrap();
    no_modal(&app);
}

#[test]
fn a_next_step_opens_the_audit_holding_the_unverified_nonconformity() {
    let (_files, _data, app) = demo_open();
    let s = &app.session;

    // A new nonconformity in the demo's completed audit: its action is not verified.
    let audits = ok(s.invoke("audit_list", json!({})).unwrap());
    let audit = audits
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["completed"] == json!(true))
        .unwrap_or_else(|| panic!("a completed audit in the demo: {audits}"))
        .clone();
    let audit_id = audit["id"].as_i64().unwrap();
    let nc = raise_nc(s, &audit, "抽查发现新员工入职培训记录缺少知识产权内容");
    let nc_id = nc["id"].as_i64().unwrap();
    let readiness = ok(s.invoke("readiness_get", json!({})).unwrap());
    let rule = readiness["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "actions_verified")
        .unwrap();
    assert_eq!(rule["passed"], json!(false), "{rule}");
    assert_eq!(rule["fix"]["record_id"], json!(audit_id), "{rule}");

    // The window shows the change after a restart; the next step leads to that audit.
    let app = app.restart();
    let s = &app.session;
    open_overview(&app);
    s.wait_text("[data-testid=overview-verdict]", "暂不能申请", T)
        .unwrap_or_else(|e| fail(&app, "overview-deeplink-failure", e));
    s.click_css("[data-testid=next-step-actions_verified]")
        .unwrap();
    on_page(&app, "audits");
    let number = audit["number"].as_str().unwrap();
    s.wait("[data-testid=audit-back]", T)
        .unwrap_or_else(|e| fail(&app, "overview-deeplink-audit-failure", e));
    let header = s
        .execute(
            "return document.querySelector('[data-testid=audit-back]').closest('.page-header').textContent;",
            json!([]),
        )
        .unwrap();
    let header = header.as_str().unwrap_or_default();
    assert!(
        header.contains(number),
        "the audit {number} is open: {header}"
    );
    s.wait(".ant-tabs-tab-active [data-testid=tab-ncs]", T)
        .unwrap_or_else(|e| fail(&app, "overview-deeplink-tab-failure", e));
    let card = s
        .wait(&format!("[data-testid=nc-card-{nc_id}]"), T)
        .unwrap_or_else(|e| fail(&app, "overview-deeplink-nc-failure", e));
    assert!(
        s.text(&card).unwrap().contains("新员工入职培训记录"),
        "the new nonconformity is shown"
    );
    // Only what is still open is listed: the demo's closed ones are a click away.
    let cards = s.find_all("[data-testid^=nc-card-]").unwrap();
    assert_eq!(cards.len(), 1, "only the open nonconformity is listed");
    std::thread::sleep(Duration::from_millis(400));
    app.shot("60c-overview-deeplink");

    // Back at the list, the link is spent: the list stays a list.
    s.click_css("[data-testid=audit-back]").unwrap();
    s.wait("[data-testid=audit-table]", T).unwrap();

    // A person short of credits: the link marks that person's row on 培训.
    let credits = ok(s.invoke("credit_overview", json!({})).unwrap());
    let person = credits["people"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    let person_id = person["person_id"].as_i64().unwrap();
    ok(s.invoke(
        "online_training_save",
        json!({"personId": person_id, "input": {
            "platform_account": person["platform_account"],
            "credits": 3.0,
            "reached_on": null,
            "certificate_id": null,
        }}),
    )
    .unwrap());
    open_overview(&app);
    s.click_css("[data-testid=next-step-credits_reached]")
        .unwrap_or_else(|e| fail(&app, "overview-deeplink-credits-failure", e));
    on_page(&app, "training");
    s.wait(
        &format!("[data-testid=credit-table] tr.row-arrival[data-row-key='{person_id}']"),
        T,
    )
    .unwrap_or_else(|e| fail(&app, "overview-deeplink-row-failure", e));
    std::thread::sleep(Duration::from_millis(500));
    app.shot("60d-overview-deeplink-credits");
}

#[test]
fn the_todo_list_shows_a_late_corrective_action_first_and_opens_its_audit() {
    let (_files, _data, app) = demo_open();
    let s = &app.session;

    // A nonconformity of the demo's audit whose action was due two days ago.
    let audits = ok(s.invoke("audit_list", json!({})).unwrap());
    let audit = audits[0].clone();
    let nc = raise_nc(s, &audit, "抽查发现保密协议未按新版本签订");
    let nc_id = nc["id"].as_i64().unwrap();
    let number = nc["number"].as_str().unwrap().to_string();
    ok(s.invoke(
        "nc_cause",
        json!({"id": nc_id, "cause": "协议模板更新后未通知各部门"}),
    )
    .unwrap());
    let due = (chrono::Local::now().date_naive() - chrono::Duration::days(2)).to_string();
    ok(s.invoke(
        "nc_plan_action",
        json!({"id": nc_id, "input": {
            "correction": "补签新版保密协议",
            "corrective_action": "模板更新时由知识产权专员书面通知各部门",
            "owner_id": audit["leader_id"],
            "due_on": due,
        }}),
    )
    .unwrap());

    let app = app.restart();
    let s = &app.session;
    open_overview(&app);
    s.wait("[data-testid=todo] [data-testid=todo-item]", T)
        .unwrap_or_else(|e| fail(&app, "overview-todo-failure", e));
    // The demo's own late items (a 2022 review output) and this action:
    // late ones first, the oldest first.
    let items = s
        .execute(
            "return [...document.querySelectorAll('[data-testid=todo] [data-testid=todo-item]')]
               .map(li => [li.textContent, li.dataset.late]);",
            json!([]),
        )
        .unwrap();
    let items = items.as_array().unwrap();
    let at = items
        .iter()
        .position(|i| i[0].as_str().unwrap().contains(&number))
        .unwrap_or_else(|| panic!("the action {number} is listed: {items:?}"));
    let text = items[at][0].as_str().unwrap();
    assert_eq!(items[at][1], json!("true"), "{text}");
    assert!(text.contains("逾期 2 天"), "{text}");
    assert!(text.contains("完成纠正措施"), "{text}");
    assert!(
        items[..at].iter().all(|i| i[1] == json!("true")),
        "late ones first: {items:?}"
    );
    assert!(
        s.text(&s.wait("[data-testid=todo-late-count]", T).unwrap())
            .unwrap()
            .starts_with("逾期"),
        "the card counts what is late"
    );
    app.shot("60d-overview-todo");

    s.execute(
        "document.querySelectorAll('[data-testid=todo] [data-testid=todo-link]')[arguments[0]].click();",
        json!([at]),
    )
    .unwrap();
    on_page(&app, "audits");
    s.wait(".ant-tabs-tab-active [data-testid=tab-ncs]", T)
        .unwrap_or_else(|e| fail(&app, "overview-todo-tab-failure", e));
    s.wait(&format!("[data-testid=nc-card-{nc_id}]"), T)
        .unwrap_or_else(|e| fail(&app, "overview-todo-nc-failure", e));
}
