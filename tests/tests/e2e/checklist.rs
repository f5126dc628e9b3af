//! The auditor's checklist through the real window: an unjudged line shows
//! no judgement and is judged 符合 with one click; a note survives switching
//! department (and a refused save is kept as a draft, with the reason under
//! the line); the keyboard judges and moves between lines; the rest of a
//! department is judged 符合 after a confirmation; the NC form opens beside
//! the line; buttons the core would refuse are disabled with its reason.
//! Every outcome is read back through the app's own commands.

use std::time::{Duration, Instant};

use guanbiao_e2e::{ok, open_demo, App, Session};
use serde_json::{json, Value};

const T: Duration = Duration::from_secs(20);

/// An audit in progress (see `demo::new_audit`): its id.
fn new_audit(s: &Session) -> i64 {
    guanbiao_e2e::demo::new_audit(s)["id"].as_i64().unwrap()
}

fn checklist(s: &Session, audit: i64) -> Vec<Value> {
    ok(s.invoke("checklist_get", json!({"auditId": audit}))
        .unwrap())
    .as_array()
    .unwrap()
    .clone()
}

/// Waits until the line `id`, read back from the project, satisfies `check`.
fn saved(app: &App, audit: i64, id: i64, what: &str, check: impl Fn(&Value) -> bool) -> Value {
    let start = Instant::now();
    loop {
        let line = checklist(&app.session, audit)
            .into_iter()
            .find(|l| l["id"] == id)
            .unwrap();
        if check(&line) {
            return line;
        }
        if start.elapsed() > T {
            app.shot(&format!("checklist-save-failure-{id}"));
            panic!("line {id} never saved {what}: {line}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// The judgement shown as chosen on line `id` ("" when none is).
fn shown_judgement(s: &Session, id: i64) -> String {
    s.execute(
        "const sel = document.querySelector(`[data-testid=checklist-line-${arguments[0]}] .ant-segmented-item-selected`);
         return sel ? sel.textContent : '';",
        json!([id]),
    )
    .unwrap()
    .as_str()
    .unwrap()
    .to_string()
}

/// Chooses the department `name` in the checklist's department select.
fn department(app: &App, name: &str) {
    let s = &app.session;
    s.click_css("[data-testid=checklist-department] .ant-select-selector")
        .unwrap();
    s.click_css(&format!(
        ".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title^=\"{name}（\"]"
    ))
    .unwrap();
    app.dropdowns_closed();
}

/// Presses `key` in whatever has the focus, as the keyboard would.
fn press(s: &Session, key: &str) {
    let actions = json!({"actions": [{"type": "key", "id": "keyboard", "actions": [
        {"type": "keyDown", "value": key}, {"type": "keyUp", "value": key}
    ]}]});
    if s.cmd("POST", "/actions", Some(actions)).is_err() {
        // WebDriver without key actions: the same event, sent to the focused element.
        s.execute(
            "const t = document.activeElement;
             t.dispatchEvent(new KeyboardEvent('keydown', {key: arguments[0], bubbles: true, cancelable: true}));
             t.dispatchEvent(new KeyboardEvent('keyup', {key: arguments[0], bubbles: true}));
             return null;",
            json!([key]),
        )
        .unwrap();
    }
    let _ = s.cmd("DELETE", "/actions", None);
}

/// The `data-testid` of the focused checklist line.
fn focused_line(s: &Session) -> String {
    s.execute(
        "const l = document.activeElement && document.activeElement.closest('[data-testid^=checklist-line-]');
         return l ? l.dataset.testid : '';",
        json!([]),
    )
    .unwrap()
    .as_str()
    .unwrap()
    .to_string()
}

fn wait_focus(app: &App, testid: &str) {
    let start = Instant::now();
    while focused_line(&app.session) != testid {
        if start.elapsed() > T {
            app.shot("checklist-focus-failure");
            panic!(
                "{testid} never got the focus ({})",
                focused_line(&app.session)
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn open_checklist(app: &App, audit: i64) {
    let s = &app.session;
    s.click_css("[data-testid=nav-audits]").unwrap();
    s.click_css(&format!("[data-testid=audit-open-{audit}]"))
        .unwrap();
    s.wait("[data-testid=checklist]", T).unwrap();
}

#[test]
fn an_auditor_judges_the_checklist_by_click_and_keyboard_and_keeps_every_note() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    open_demo(&app, files.path(), |_| {});
    let s = &app.session;
    let audit = new_audit(s);
    let items = checklist(s, audit);
    let dept = items[0]["department_id"].clone();
    let dept_name = items[0]["department_name"].as_str().unwrap().to_string();
    let lines: Vec<i64> = items
        .iter()
        .filter(|i| i["department_id"] == dept)
        .map(|i| i["id"].as_i64().unwrap())
        .collect();
    assert!(lines.len() >= 5, "{} lines in {dept_name}", lines.len());
    let other = items
        .iter()
        .find(|i| i["department_id"] != dept)
        .expect("a second department")["department_name"]
        .as_str()
        .unwrap()
        .to_string();
    let (a, b, c, d, e) = (lines[0], lines[1], lines[2], lines[3], lines[4]);
    open_checklist(&app, audit);

    // An unjudged line shows no judgement chosen, only 未判定.
    s.wait(&format!("[data-testid=checklist-unjudged-{a}]"), T)
        .unwrap();
    assert_eq!(shown_judgement(s, a), "", "nothing looks judged");
    app.shot("72-checklist-unjudged");

    // One click on 符合 judges it, and it is saved.
    s.click_css(&format!("[data-testid=judge-{a}-conform]"))
        .unwrap();
    saved(&app, audit, a, "符合", |l| l["judgement"] == "conform");
    s.wait_gone(&format!("[data-testid=checklist-unjudged-{a}]"), T)
        .unwrap();
    assert_eq!(shown_judgement(s, a), "符合");

    // A note typed on a line, then another department chosen: it is saved.
    let note = "抽查 3 份合同，均有知识产权条款";
    s.type_into(&format!("[data-testid=checklist-observed-{b}]"), note)
        .unwrap();
    // 一般不符合 without a note: refused, the reason under the line, kept as a draft.
    s.click_css(&format!("[data-testid=judge-{c}-minor]"))
        .unwrap();
    s.wait_text(
        &format!("[data-testid=checklist-refusal-{c}]"),
        "请记录看到的事实",
        T,
    )
    .unwrap();
    s.wait(&format!("[data-testid=checklist-unsaved-{c}]"), T)
        .unwrap();
    app.shot("73-checklist-refused-line");
    department(&app, &other);
    s.wait_gone(&format!("[data-testid=checklist-line-{b}]"), T)
        .unwrap();
    saved(&app, audit, b, "the note", |l| l["observed"] == note);
    department(&app, &dept_name);
    let field = s
        .wait(&format!("[data-testid=checklist-observed-{b}]"), T)
        .unwrap();
    assert_eq!(s.property(&field, "value").unwrap(), note);
    // The refused line comes back as it was left: 一般不符合, unsaved.
    s.wait(&format!("[data-testid=checklist-unsaved-{c}]"), T)
        .unwrap();
    assert_eq!(shown_judgement(s, c), "一般不符合");
    assert!(checklist(s, audit)
        .iter()
        .any(|l| l["id"] == c && l["judgement"].is_null()));
    // With the fact written it saves on leaving the field.
    s.type_into(
        &format!("[data-testid=checklist-observed-{c}]"),
        "2 份合同未经知识产权审查",
    )
    .unwrap();
    s.click_css(&format!(
        "[data-testid=checklist-line-{d}] .checklist-clause"
    ))
    .unwrap();
    saved(&app, audit, c, "一般不符合", |l| {
        l["judgement"] == "minor" && l["observed"] == "2 份合同未经知识产权审查"
    });

    // Keyboard: ↓ to the next line, 4 judges it 观察项, N goes to the next unjudged line.
    s.execute(
        "document.querySelector(`[data-testid=checklist-line-${arguments[0]}]`).focus(); return null;",
        json!([c]),
    )
    .unwrap();
    press(s, "\u{E015}"); // ↓
    wait_focus(&app, &format!("checklist-line-{d}"));
    press(s, "4");
    saved(&app, audit, d, "观察项", |l| {
        l["judgement"] == "observation"
    });
    press(s, "n");
    wait_focus(&app, &format!("checklist-line-{e}"));

    // 本部门其余条款判为符合, after a confirmation: only the unjudged lines.
    s.click_css("[data-testid=checklist-rest-conform]").unwrap();
    s.click_css("[data-testid=checklist-rest-conform-confirm]")
        .unwrap();
    let n = lines.len();
    s.wait_text(
        "[data-testid=checklist-department-progress]",
        &format!("本部门 {n} / {n}"),
        T,
    )
    .unwrap();
    let after = checklist(s, audit);
    let judgement = |id: i64| after.iter().find(|l| l["id"] == id).unwrap()["judgement"].clone();
    assert_eq!(judgement(a), "conform");
    assert_eq!(judgement(b), "conform");
    assert_eq!(judgement(c), "minor", "a judged line keeps its judgement");
    assert_eq!(judgement(d), "observation");
    assert!(after
        .iter()
        .filter(|l| l["department_id"] == dept)
        .all(|l| !l["judgement"].is_null()));
    assert!(
        after
            .iter()
            .filter(|l| l["department_id"] != dept)
            .all(|l| l["judgement"].is_null()),
        "other departments untouched"
    );

    // The NC form opens beside the line, which stays in view.
    s.click_css(&format!("[data-testid=checklist-raise-{c}]"))
        .unwrap();
    s.wait("[data-testid=nc-raise-panel]", T).unwrap();
    let overlap = s
        .execute(
            "const l = document.querySelector(`[data-testid=checklist-line-${arguments[0]}]`).getBoundingClientRect();
             const p = document.querySelector('[data-testid=nc-raise-panel]').getBoundingClientRect();
             return l.right > p.left && p.right > l.left && l.bottom > p.top && p.bottom > l.top;",
            json!([c]),
        )
        .unwrap();
    assert_eq!(overlap, json!(false), "the panel does not cover the line");
    app.shot("74-checklist-nc-panel");
    s.click_css("[data-testid=nc_raise-submit]").unwrap();
    s.wait_text(&format!("[data-testid=checklist-nc-{c}]"), "NC01", T)
        .unwrap();
    s.wait_gone("[data-testid=nc-raise-panel]", T).unwrap();
    let nc = ok(s.invoke("nc_list", json!({"auditId": audit})).unwrap())[0].clone();
    assert_eq!(nc["fact"], "2 份合同未经知识产权审查");
    assert_eq!(nc["department_id"], dept);
    assert_eq!(nc["grade"], "minor");
}

#[test]
fn buttons_the_core_would_refuse_are_disabled_with_its_reason() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    open_demo(&app, files.path(), |_| {});
    let s = &app.session;
    let audit = new_audit(s);
    let total = checklist(s, audit).len();

    // 完成审核: disabled while lines are unjudged, the core's reason beside it.
    open_checklist(&app, audit);
    s.click_css("[data-testid=tab-audit-report]").unwrap();
    let reason = format!("检查表还有 {total} 条未判定，不能完成审核");
    s.wait_text("[data-testid=audit-complete-reason]", &reason, T)
        .unwrap();
    let button = s.find("[data-testid=audit-complete]").unwrap();
    assert_eq!(s.property(&button, "disabled").unwrap(), json!(true));
    // On hover as well.
    app.scroll_to("#audit_complete");
    s.execute(
        "document.querySelector('[data-testid=audit-complete-refused]')
           .dispatchEvent(new MouseEvent('mouseover', {bubbles: true})); return null;",
        json!([]),
    )
    .unwrap();
    s.wait_text(".ant-tooltip:not(.ant-tooltip-hidden)", &reason, T)
        .unwrap();
    app.shot("75-audit-complete-disabled");
    let refusal = ok(s
        .invoke(
            "action_refusal",
            json!({"intent": {"kind": "audit_complete", "id": audit}}),
        )
        .unwrap());
    assert_eq!(refusal, json!(reason), "the reason is the core's");

    // 打印审核文件: the PDF is written where the user chose, and reads back.
    let papers = files.path().join("内审文件.pdf");
    app.answer_file_dialogs(&[&papers]);
    s.click_css("[data-testid=audit-print]").unwrap();
    let start = Instant::now();
    while !papers.exists() {
        assert!(start.elapsed() < T, "no 内审文件 written");
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = std::process::Command::new("pdftotext")
        .arg(&papers)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout);
    for title in [
        "内部审核计划",
        "首次会议签到表",
        "末次会议签到表",
        "内部审核检查表（空白）",
    ] {
        assert!(text.contains(title), "{title} in {text}");
    }

    // The list: the demo's audit has nonconformities, the new one has none.
    s.click_css("[data-testid=audit-back]").unwrap();
    let first = ok(s.invoke("audit_list", json!({})).unwrap())[0]["id"]
        .as_i64()
        .unwrap();
    let refused = format!("[data-testid=audit-delete-{first}-refused]");
    s.wait_present(&refused, T).unwrap();
    let why = s
        .execute(
            "return document.querySelector(arguments[0]).getAttribute('data-refusal');",
            json!([refused]),
        )
        .unwrap();
    assert!(
        why.as_str().unwrap().contains("不符合项，不能删除"),
        "{why}"
    );
    let delete = s
        .find(&format!("[data-testid=audit-delete-{first}]"))
        .unwrap();
    assert_eq!(s.property(&delete, "disabled").unwrap(), json!(true));
    let open = s
        .find(&format!("[data-testid=audit-delete-{audit}]"))
        .unwrap();
    assert_eq!(s.property(&open, "disabled").unwrap(), json!(false));
    app.shot("76-audit-delete-disabled");

    // Judging every line (here through the app) enables 完成审核.
    let departments: std::collections::BTreeSet<i64> = checklist(s, audit)
        .iter()
        .map(|l| l["department_id"].as_i64().unwrap())
        .collect();
    for dep in departments {
        ok(s.invoke(
            "checklist_judge_rest",
            json!({"auditId": audit, "departmentId": dep}),
        )
        .unwrap());
    }
    s.click_css(&format!("[data-testid=audit-open-{audit}]"))
        .unwrap();
    s.click_css("[data-testid=tab-audit-report]").unwrap();
    s.wait_gone("[data-testid=audit-complete-reason]", T)
        .unwrap();
    let button = s.wait("[data-testid=audit-complete]", T).unwrap();
    assert_eq!(s.property(&button, "disabled").unwrap(), json!(false));
}
