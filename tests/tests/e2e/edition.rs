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
    assert_eq!(report["created"], 105, "{report}");
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

/// A user holding the official text corrects the provisional table: the
/// table goes out from the window's command, is corrected (a retitle and a
/// renumbering), comes back with its differences listed, and once applied
/// the diagnosis shows the official number and title, with no 暂定 mark
/// left and 企业信息 saying when the table was checked.
#[test]
fn a_corrected_clause_table_renumbers_the_diagnosis_and_ends_the_provisional_marks() {
    let data = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    let s = &app.session;
    s.click_css("[data-testid=nav-profile]").unwrap();
    s.wait_text("[data-testid=clause-table-state]", "暂定表", T)
        .unwrap();
    s.click_css("[data-testid=clause-table-correct]").unwrap();
    s.wait_text(".ant-modal-title", "按正式文本更正条款表", T)
        .unwrap();
    app.shot("edition-05-correct-dialog");
    s.click_css(".ant-modal-close").unwrap();

    let table = data.path().join("条款表.tsv");
    ok(s.invoke("clause_table_export", json!({"path": table}))
        .unwrap());
    let text = std::fs::read_to_string(&table).unwrap();
    assert!(text.contains("\n4.5\t知识产权合规义务\t4\n"), "{text}");
    // The official text (say) names 4.5 differently and numbers the objectives 6.2.
    let corrected = text
        .replace("\n4.5\t知识产权合规义务\t4\n", "\n4.5\t合规义务\t4\n")
        .replace("\n6.2\t应对风险和机会的措施\t6\n", "\n")
        .replace(
            "\n6.3\t知识产权目标及其实现的策划\t6\n",
            "\n6.2\t知识产权目标及其实现的策划\t6\n",
        );
    std::fs::write(&table, corrected).unwrap();
    let preview = ok(s
        .invoke("clause_table_preview", json!({"path": table}))
        .unwrap());
    let kinds: Vec<String> = preview
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] != "confirmed")
        .map(|c| {
            format!(
                "{}:{}",
                c["kind"].as_str().unwrap(),
                c["key"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "retitled:compliance_obligations",
            "renumbered:ip_objectives",
            "removed:risks_opportunities"
        ],
        "{preview}"
    );
    ok(s.invoke("clause_table_apply", json!({"path": table}))
        .unwrap());

    s.wait_text("[data-testid=clause-table-state]", "按正式文本核对", T)
        .unwrap();
    app.shot("edition-06-profile-checked");
    s.click_css("[data-testid=nav-diagnosis]").unwrap();
    // The list shows numbers: the objectives are 6.2 now, and 6.3 is gone
    // with the risk clause the official table does not have.
    let list = s
        .wait_text("[data-testid=diagnosis-list]", "6 策划0/3", T)
        .unwrap();
    assert!(list.contains("6.2") && !list.contains("6.3"), "{list}");
    let diagnosis = ok(s.invoke("diagnosis_get", json!({})).unwrap());
    let obligations = diagnosis["clauses"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["clause"] == "compliance_obligations")
        .cloned()
        .unwrap();
    assert_eq!(
        (
            obligations["number"].as_str(),
            obligations["title"].as_str()
        ),
        (Some("4.5"), Some("合规义务"))
    );
    assert!(
        s.find("[data-testid=diagnosis-provisional-notice]")
            .is_err(),
        "no provisional notice once checked"
    );
    assert!(
        s.find("[data-testid=diagnosis-list] [data-testid=clause-provisional]")
            .is_err(),
        "no 暂定 marks once checked"
    );
    app.shot("edition-07-diagnosis-checked");
}

/// 换版 in the window: the 2013 demo, converted from 企业信息 after its
/// confirmation, is on 2023 with its old documents kept as history, the
/// 2023 set drafted, and the edition no longer blocking the application.
#[test]
fn converting_the_2013_demo_in_the_window() {
    let data = tempfile::tempdir().unwrap();
    let demo = data.path().join("projects").join("贯标项目.gbproj");
    guanbiao_e2e::demo::cli_demo(&guanbiao_e2e::app::cli_binary(), &demo, &[]);
    let app = App::start(data.path());
    let s = &app.session;
    let before = ok(s.invoke("document_list", json!({})).unwrap());
    let before = before.as_array().unwrap().len();
    s.click_css("[data-testid=nav-profile]").unwrap();
    s.click_css("[data-testid=convert-edition-open]").unwrap();
    s.wait_text(".ant-modal-title", "将项目转换为 GB/T 29490-2023", T)
        .unwrap();
    // A click while the modal is still zooming in can miss the radio (seen once
    // in a full run): clicked until it shows as chosen.
    let radio = ".ant-modal .ant-radio-wrapper:has(input[value=\"surveillance\"])";
    let start = std::time::Instant::now();
    loop {
        s.click_css(radio).unwrap();
        std::thread::sleep(Duration::from_millis(200));
        if !s
            .find_all(&format!("{radio}.ant-radio-wrapper-checked"))
            .unwrap()
            .is_empty()
        {
            break;
        }
        assert!(start.elapsed() < T, "the route could not be chosen");
    }
    s.type_date(".ant-modal .ant-picker input", "2027-03-31")
        .unwrap();
    app.shot("edition-08-convert-confirm");
    s.click_css("[data-testid=convert-edition-ok]").unwrap();
    let result = s
        .wait_text("[data-testid=convert-edition-result]", "换版前备份", T)
        .unwrap();
    assert!(result.contains("新生成文件草稿 105 份"), "{result}");
    app.shot("edition-09-converted");

    let profile = ok(s.invoke("profile_get", json!({})).unwrap());
    assert_eq!(profile["standard_edition"], "GB/T 29490-2023");
    let conversions = ok(s.invoke("edition_conversions", json!({})).unwrap());
    assert_eq!(conversions[0]["route"], "surveillance", "{conversions}");
    assert_eq!(conversions[0]["deadline"], "2027-03-31", "{conversions}");
    let docs = ok(s.invoke("document_list", json!({})).unwrap());
    let docs = docs.as_array().unwrap();
    assert_eq!(docs.len(), before + 105, "the old documents are kept");
    assert_eq!(
        docs.iter().filter(|d| d["archived"] == true).count(),
        before,
        "every 2013 document is history now"
    );
    let readiness = ok(s.invoke("readiness_get", json!({})).unwrap());
    let edition = readiness["rules"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == "edition_certifiable")
        .cloned()
        .unwrap();
    assert_eq!(edition["passed"], true, "{edition}");
}
