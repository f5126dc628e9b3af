//! A new project today is on GB/T 29490-2023, honestly provisional: 企业信息
//! shows the edition with its one-line explanation, 诊断分析 marks every
//! number 暂定编号 and says why, and a document's PDF prints numbers, not
//! keys (its first page rendered for a look).

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use guanbiao_e2e::app::screenshot_dir;
use guanbiao_e2e::{ok, App};
use serde_json::json;

const T: Duration = Duration::from_secs(15);

#[test]
fn a_new_project_today_is_on_2023_with_provisional_numbers_marked() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    // First start creates the project on the edition certifiable today.
    let profile = ok(s.invoke("profile_get", json!({})).unwrap());
    assert_eq!(profile["standard_edition"], "GB/T 29490-2023", "{profile}");
    let standard = ok(s.invoke("standard_get", json!({})).unwrap());
    assert_eq!(standard["provisional"], true);

    s.click_css("[data-testid=nav-profile]").unwrap();
    let note = s
        .wait_text(
            "[data-testid=profile-edition-note]",
            "今天可按此版本申请认证",
            T,
        )
        .unwrap();
    assert!(note.contains("暂定"), "{note}");
    app.shot("edition-01-profile");

    s.click_css("[data-testid=nav-diagnosis]").unwrap();
    let notice = s
        .wait_text("[data-testid=diagnosis-provisional-notice]", "暂定表", T)
        .unwrap();
    assert!(notice.contains("openstd.samr.gov.cn"), "{notice}");
    s.wait(
        "[data-testid=diagnosis-list] [data-testid=clause-provisional]",
        T,
    )
    .unwrap();
    let detail = s.wait_text(".diag-detail", "暂定编号", T).unwrap();
    assert!(
        detail.contains("4.1"),
        "the first clause by its number: {detail}"
    );
    let list = s.text_content("[data-testid=diagnosis-list]").unwrap();
    assert!(
        !list.contains("compliance_obligations") && list.contains("4.5"),
        "numbers, not keys: {list}"
    );
    app.shot("edition-02-diagnosis");

    // The 2023 set, and a document's PDF with its references as numbers.
    let report = ok(s.invoke("documents_generate", json!({})).unwrap());
    assert_eq!(report["created"], 102, "{report}");
    s.click_css("[data-testid=nav-documents]").unwrap();
    s.wait("[data-testid=documents-provisional-notice]", T)
        .unwrap();
    app.shot("edition-03-documents");
    let docs = ok(s.invoke("document_list", json!({})).unwrap());
    let manual = docs
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"].as_str().is_some_and(|c| c.contains("SC")))
        .unwrap_or(&docs[0]);
    let pdf = screenshot_dir().join("edition-manual.pdf");
    ok(s.invoke(
        "export_document_pdf",
        json!({"documentId": manual["id"], "path": pdf.to_string_lossy()}),
    )
    .unwrap());
    let text = pdf_text(&pdf);
    assert!(!text.contains("{{条款"), "references rendered");
    assert!(text.contains("4.5※"), "the cover marks provisional numbers");
    let png = screenshot_dir().join("edition-04-manual-page1");
    let st = Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile"])
        .arg(&pdf)
        .arg(&png)
        .status()
        .unwrap();
    assert!(st.success());
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}
