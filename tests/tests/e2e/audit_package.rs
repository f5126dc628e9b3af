//! 内审工作包 through two real windows (issue 19): the IP manager makes an
//! auditor's package; a second app instance with its own data directory
//! opens it in the audit-only mode (banner, two pages), the auditor judges a
//! line, attaches a photo of what was seen and exports the results; the
//! first window imports them (preview, then merge): the line is judged in
//! the project and the photo, carried in the results, is in this computer's
//! store and opens from the line.

use std::path::Path;
use std::time::{Duration, Instant};

use guanbiao_e2e::{ok, open_demo, App};
use serde_json::{json, Value};

const T: Duration = Duration::from_secs(20);

fn wait_file(app: &App, path: &Path, what: &str) {
    let start = Instant::now();
    while !path.exists() {
        if start.elapsed() > T {
            app.shot(&format!("audit-package-{what}-failure"));
            panic!("{what} never written: {}", path.display());
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn checklist(app: &App, audit: i64) -> Vec<Value> {
    ok(app
        .session
        .invoke("checklist_get", json!({"auditId": audit}))
        .unwrap())
    .as_array()
    .unwrap()
    .clone()
}

#[test]
fn a_package_recorded_in_a_second_instance_merges_back_into_the_project() {
    let data1 = tempfile::tempdir().unwrap();
    let data2 = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = App::start(data1.path());
    open_demo(&app, files.path(), |_| {});
    let s = &app.session;
    let audit = guanbiao_e2e::demo::new_audit(s);
    let audit_id = audit["id"].as_i64().unwrap();
    // An auditor the schedule gives a department.
    let slot = audit["schedule"]
        .as_array()
        .unwrap()
        .iter()
        .find(|x| x["kind"] == "department" && !x["auditor_names"].as_array().unwrap().is_empty())
        .unwrap()
        .clone();
    let auditor = slot["auditor_names"][0].as_str().unwrap().to_string();

    // 生成内审工作包 on the audit.
    s.click_css("[data-testid=nav-audits]").unwrap();
    s.click_css(&format!("[data-testid=audit-open-{audit_id}]"))
        .unwrap();
    s.wait("[data-testid=audit-package]", T).unwrap();
    s.click_css("[data-testid=audit-package]").unwrap();
    s.wait_present("#audit_package_auditor", T)
        .unwrap_or_else(|e| {
            app.shot("audit-package-modal-failure");
            panic!("{e}")
        });
    app.pick_option("#audit_package_auditor", &auditor);
    let pkg = files.path().join("内审工作包.gbaudit");
    app.answer_file_dialogs(&[&pkg]);
    app.shot("90-audit-package-auditor");
    s.click_css("[data-testid=audit-package-ok]").unwrap();
    wait_file(&app, &pkg, "package");

    // The auditor's laptop: a second instance with its own data directory,
    // started as a double-click on the package starts it.
    let laptop = App::start_opening(data2.path(), &pkg);
    let l = &laptop.session;
    let banner = l
        .wait_text("[data-testid=package-banner]", &auditor, T)
        .unwrap();
    assert!(banner.contains("内审工作包"), "{banner}");
    let nav = l.find_all(".app-nav .ant-menu-item").unwrap();
    assert_eq!(nav.len(), 2, "only 内部审核 and 体系文件");
    l.wait("[data-testid=checklist]", T).unwrap();
    let lines = checklist(&laptop, audit_id);
    let line = lines[0]["id"].as_i64().unwrap();
    assert!(lines[0]["judgement"].is_null());
    l.wait(&format!("[data-testid=judge-{line}-conform]"), T)
        .unwrap();
    l.click_css(&format!("[data-testid=judge-{line}-conform]"))
        .unwrap();
    let start = Instant::now();
    while checklist(&laptop, audit_id)
        .iter()
        .find(|x| x["id"] == line)
        .unwrap()["judgement"]
        != "conform"
    {
        assert!(start.elapsed() < T, "the judgement was never saved");
        std::thread::sleep(Duration::from_millis(100));
    }
    // A photo of the evidence, from the laptop's camera folder.
    let photo = files.path().join("现场照片.jpg");
    let mut jpeg = vec![
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00,
    ];
    jpeg.extend_from_slice("现场看到的台账".as_bytes());
    jpeg.extend_from_slice(&[0xFF, 0xD9]);
    std::fs::write(&photo, &jpeg).unwrap();
    laptop.answer_file_dialogs(&[&photo]);
    l.click_css(&format!("[data-testid=evidence-add-line-{line}]"))
        .unwrap();
    l.wait_text_content(
        &format!("[data-testid=evidence-line-{line}]"),
        "现场照片.jpg",
        T,
    )
    .unwrap_or_else(|e| {
        laptop.shot("audit-package-evidence-failure");
        panic!("{e}")
    });
    laptop.shot("91-audit-package-audit-only");
    // The documents are there to read, not to change.
    l.click_css("[data-testid=nav-documents]").unwrap();
    l.wait("[data-testid=documents-read-only]", T).unwrap();
    l.wait("[data-testid=document-table] .ant-table-row", T)
        .unwrap();
    assert!(
        l.find_all("[data-testid=document-add], [data-testid=document-table] .ant-checkbox")
            .unwrap()
            .is_empty(),
        "no 新增文件 and no batch selection in a work package"
    );
    laptop.shot("91b-audit-package-documents");
    // A document opens to read: no workflow, no Word round trip, no saving.
    l.click_css("[data-testid^=document-open-]").unwrap();
    l.wait("[data-testid=document-drawer]", T).unwrap();
    l.wait("[data-testid=doc-tab-properties]", T).unwrap();
    l.click_css("[data-testid=doc-tab-properties]").unwrap();
    laptop.wait_animations();
    assert!(
        l.find_all(
            ".doc-drawer-root .ant-drawer-footer, [data-testid=document-save], \
             [data-testid=document-export-docx], [data-testid=distribution-add]"
        )
        .unwrap()
        .is_empty(),
        "the document drawer offers no change in a work package"
    );
    laptop.shot("91c-audit-package-document-drawer");
    l.execute(
        "document.querySelector('.ant-drawer-close').click(); return null;",
        json!([]),
    )
    .unwrap();
    l.wait_gone("[data-testid=document-drawer]", T).unwrap();
    l.click_css("[data-testid=nav-audits]").unwrap();
    l.wait("[data-testid=checklist]", T).unwrap();
    let results = files.path().join("审核结果.gbresult");
    laptop.answer_file_dialogs(&[&results]);
    l.click_css("[data-testid=package-export]").unwrap();
    wait_file(&laptop, &results, "results");
    drop(laptop);

    // Back in the project: the import lists the change, then merges it.
    assert!(checklist(&app, audit_id)
        .iter()
        .find(|x| x["id"] == line)
        .unwrap()["judgement"]
        .is_null());
    app.answer_file_dialogs(&[&results]);
    s.click_css("[data-testid=audit-results-import]").unwrap();
    s.wait_text("[data-testid=audit-results-changes]", "符合", T)
        .unwrap();
    s.wait_text_content("[data-testid=audit-results-changes]", "现场照片.jpg", T)
        .unwrap();
    app.shot("92-audit-results-preview");
    s.click_css("[data-testid=audit-results-merge]").unwrap();
    let start = Instant::now();
    loop {
        let judged = checklist(&app, audit_id)
            .into_iter()
            .find(|x| x["id"] == line)
            .unwrap();
        if judged["judgement"] == "conform" {
            break;
        }
        if start.elapsed() > T {
            app.shot("audit-package-merge-failure");
            panic!("the line was never merged: {judged}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    // The window shows it judged too (the checklist reloads by itself).
    s.wait_gone(&format!("[data-testid=checklist-unjudged-{line}]"), T)
        .unwrap();
    s.wait_text_content(
        &format!("[data-testid=evidence-line-{line}]"),
        "现场照片.jpg",
        T,
    )
    .unwrap();
    app.shot("93-audit-results-merged");
    // The photo came in the results file: it is in this computer's store, unaltered.
    let evidence = ok(s
        .invoke("audit_evidence_list", json!({"auditId": audit_id}))
        .unwrap());
    let sha = evidence[0]["attachment"]["sha256"].as_str().unwrap();
    let stored = data1.path().join("attachments").join(&sha[..2]).join(sha);
    assert_eq!(
        std::fs::read(&stored).unwrap(),
        jpeg,
        "{}",
        stored.display()
    );
    assert_eq!(evidence[0]["checklist_item_id"], line);
    let history = ok(s
        .invoke(
            "history_for",
            json!({"entity": "checklist_item", "recordId": line.to_string()}),
        )
        .unwrap());
    assert_eq!(history[0]["operator"], auditor.as_str(), "{history}");
    assert!(history[0]["source"]
        .as_str()
        .unwrap()
        .contains("内审工作包"));
}
