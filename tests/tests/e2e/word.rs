//! Word in and out through the real window: a published procedure of the
//! demo exported to Word from its drawer, a sentence changed in the .docx
//! (as a user would in Word), the file imported back with the difference
//! shown first and saved as the new draft; the drawer fits a 1280-pixel
//! window (and 1440, and the narrowest, 1024); the same file registered as a new document (导入现有文件).
//!
//! The system's file dialogs are answered through the UI's test hook
//! (`App::answer_file_dialogs`).

use std::path::Path;
use std::time::{Duration, Instant};

use guanbiao_core::export::rewrite_parts;

use guanbiao_e2e::demo::{ok, open_demo};
use guanbiao_e2e::App;
use serde_json::{json, Value};

const T: Duration = Duration::from_secs(20);
const CODE: &str = "IP-CX-01";
const OLD: &str = "保证体系文件的完整、协调和受控。";
const NEW: &str = "保证体系文件完整、协调、受控。";

/// The .docx with `from` replaced by `to` in its document part.
fn edited(docx: &[u8], from: &str, to: &str) -> Vec<u8> {
    rewrite_parts(docx, |name, xml| {
        (name == "word/document.xml").then(|| {
            assert!(xml.contains(from), "the exported document says {from}");
            xml.replace(from, to)
        })
    })
    .unwrap()
}

/// Waits until `path` holds a whole file (written atomically by the app).
fn wait_file(path: &Path) -> Vec<u8> {
    let start = Instant::now();
    loop {
        if let Ok(bytes) = std::fs::read(path) {
            if !bytes.is_empty() {
                return bytes;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(60),
            "{} was not written",
            path.display()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

fn document(app: &App, code: &str) -> Value {
    ok(app.session.invoke("document_list", json!({})).unwrap())
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == code)
        .unwrap_or_else(|| panic!("no document {code}"))
        .clone()
}

/// The right edges of the drawer's panel and of the preview, and the page's width.
fn drawer_edges(app: &App) -> Value {
    app.session
        .execute(
            "const right = (css) => { const e = document.querySelector(css); return e ? e.getBoundingClientRect().right : null; };
             return {
               viewport: document.documentElement.clientWidth,
               panel: right('.doc-drawer-root .ant-drawer-content-wrapper'),
               preview: right('[data-testid=revision-preview]'),
               previewBox: right('.doc-drawer .doc-preview-scroll'),
               extra: right('.doc-drawer .ant-drawer-extra'),
               scrollWidth: document.querySelector('.doc-drawer .ant-drawer-body').scrollWidth,
               clientWidth: document.querySelector('.doc-drawer .ant-drawer-body').clientWidth,
             };",
            json!([]),
        )
        .unwrap()
}

fn assert_drawer_fits(app: &App, width: u32) {
    let e = drawer_edges(app);
    let viewport = e["viewport"].as_f64().unwrap();
    assert!(viewport <= f64::from(width), "{e}");
    for key in ["panel", "preview", "previewBox", "extra"] {
        let right = e[key]
            .as_f64()
            .unwrap_or_else(|| panic!("{key} missing: {e}"));
        assert!(
            right <= viewport + 0.5,
            "at {width} px the drawer's {key} ends at {right}, beyond {viewport}: {e}"
        );
    }
    assert!(
        e["scrollWidth"].as_f64() <= e["clientWidth"].as_f64(),
        "the drawer's body scrolls sideways at {width} px: {e}"
    );
}

#[test]
fn a_document_out_to_word_and_back_as_its_new_draft() {
    let data = tempfile::tempdir().unwrap();
    let files = tempfile::tempdir().unwrap();
    let app = App::start(data.path());
    open_demo(&app, data.path(), |_| {});
    let s = &app.session;
    let doc = document(&app, CODE);
    assert!(
        doc["working"].is_null() && !doc["published"].is_null(),
        "{doc}"
    );
    let id = doc["id"].as_i64().unwrap();
    let title = doc["title"].as_str().unwrap().to_string();

    s.click_css("[data-testid=nav-documents]").unwrap();
    s.wait_text("[data-testid=document-table]", CODE, T)
        .unwrap();
    s.click_css(&format!("[data-testid=document-open-{id}]"))
        .unwrap();
    s.wait("[data-testid=document-drawer]", T).unwrap();
    s.wait_text("[data-testid=revision-status]", "已发布", T)
        .unwrap();

    // 导出 Word: the save dialog offers "<code> <title>.docx".
    let out = files.path().join("导出.docx");
    app.answer_file_dialogs(&[&out]);
    s.click_css("[data-testid=document-export-docx]").unwrap();
    let bytes = wait_file(&out);
    assert!(bytes.starts_with(b"PK"), "a .docx is a ZIP");
    let asked = app.dialogs_asked();
    assert_eq!(
        asked[0]["defaultPath"],
        format!("{CODE} {title}.docx"),
        "{asked}"
    );
    s.wait_page_text("已导出", T).unwrap();

    // The sentence changed in Word, the file imported: the difference first.
    let changed = files.path().join("修改稿.docx");
    std::fs::write(&changed, edited(&bytes, OLD, NEW)).unwrap();
    app.answer_file_dialogs(&[&changed]);
    s.click_css("[data-testid=document-import-docx]").unwrap();
    s.wait_text("[data-testid=word-import-diff]", NEW, T)
        .unwrap();
    let added = s
        .execute(
            "return [...document.querySelectorAll('[data-testid=word-import-diff] .doc-diff-added')].map(e => e.textContent).join('\\n');",
            json!([]),
        )
        .unwrap();
    assert!(added.as_str().unwrap().contains(NEW), "{added}");
    let removed = s
        .execute(
            "return [...document.querySelectorAll('[data-testid=word-import-diff] .doc-diff-removed')].map(e => e.textContent).join('\\n');",
            json!([]),
        )
        .unwrap();
    assert!(removed.as_str().unwrap().contains(OLD), "{removed}");
    s.wait_text("[data-testid=word-import-action]", "保存为新草稿 A/1", T)
        .unwrap();
    app.shot("word-01-import-preview");
    // 保存为新草稿 has the focus: Enter saves.
    let start = Instant::now();
    while s
        .execute(
            "return document.activeElement && document.activeElement.dataset.testid;",
            json!([]),
        )
        .unwrap()
        != json!("word-import-save")
    {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the save button is not focused"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let save = s.find("[data-testid=word-import-save]").unwrap();
    s.send_keys(&save, "\u{E007}").unwrap();
    s.wait_gone("[data-testid=word-import-save]", T).unwrap();
    s.wait_text("[data-testid=revision-status]", "草稿", T)
        .unwrap();
    let doc = ok(s.invoke("document_get", json!({"id": id})).unwrap());
    assert_eq!(doc["working"]["status"], "draft", "{doc}");
    assert_eq!(doc["working"]["version"], "A/1");
    let text = doc["working"]["content"].as_str().unwrap();
    assert!(text.contains(NEW) && !text.contains(OLD), "{text}");

    // The same file again: a draft exists that it was not exported from.
    app.answer_file_dialogs(&[&changed]);
    s.click_css("[data-testid=document-import-docx]").unwrap();
    s.wait_text("[data-testid=word-import-refused]", "已有草稿", T)
        .unwrap();
    let disabled = s
        .execute(
            "return document.querySelector('[data-testid=word-import-save]').disabled;",
            json!([]),
        )
        .unwrap();
    assert_eq!(disabled, json!(true));
    s.click_css("[data-testid=word-import-cancel]").unwrap();
    s.wait_gone("[data-testid=word-import-cancel]", T).unwrap();

    // The draft's editor and preview fit a 1280-pixel window, and a 1440 one.
    s.wait("[data-testid=revision-editor]", T).unwrap();
    app.set_window_size(1280, 800);
    assert_drawer_fits(&app, 1280);
    app.shot("word-02-drawer-1280");
    app.set_window_size(1440, 900);
    assert_drawer_fits(&app, 1440);
    app.shot("word-03-drawer-1440");
    // The narrowest window the app allows (tauri.conf.json minWidth): narrower than the drawer's 1100 px.
    app.set_window_size(1024, 700);
    assert_drawer_fits(&app, 1024);
    app.shot("word-03-drawer-1024");
    app.set_window_size(1280, 800);

    // 导入现有文件: the Word file registered as a new document.
    app.escape("[data-testid=document-drawer]");
    s.wait_gone("[data-testid=revision-editor]", T).unwrap();
    let own = files.path().join("商业秘密保护办法.docx");
    std::fs::write(&own, std::fs::read(&changed).unwrap()).unwrap();
    app.answer_file_dialogs(&[&own]);
    s.click_css("[data-testid=document-import-word]").unwrap();
    s.wait_text("[data-testid=document-import-preview]", NEW, T)
        .unwrap();
    app.pick_option("#document_import_doc_type", "管理制度");
    app.dropdowns_closed();
    // The modal's zoom and the page's first paint.
    std::thread::sleep(Duration::from_millis(500));
    app.shot("word-04-import-new");
    s.click_css("[data-testid=document-import-submit]").unwrap();
    s.wait_text("[data-testid=revision-status]", "草稿", T)
        .unwrap();
    let created = ok(s.invoke("document_list", json!({})).unwrap())
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["title"] == "商业秘密保护办法")
        .cloned()
        .expect("the document registered under the file's name");
    assert_eq!(created["doc_type"], "rule");
    // The list carries no text (document_register): the document whole.
    let created = ok(s
        .invoke("document_get", json!({"id": created["id"]}))
        .unwrap());
    let text = created["working"]["content"].as_str().unwrap_or_default();
    assert!(
        text.contains(NEW),
        "its first draft is the file's text: {created}"
    );
    app.shot("word-05-imported-document");

    // 导出材料: the three registers as Word, into a folder.
    app.escape("[data-testid=document-drawer]");
    s.wait_gone("[data-testid=revision-editor]", T).unwrap();
    s.click_css("[data-testid=nav-export]").unwrap();
    let dir = files.path().join("登记表");
    app.answer_file_dialogs(&[&dir]);
    s.click_css("[data-testid=export-registers-docx]").unwrap();
    s.wait_page_text("已导出 3 份登记表", T).unwrap();
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().all(|n| n.ends_with(".docx")), "{names:?}");
    app.scroll_to("[data-testid=export-registers-docx]");
    app.shot("word-06-export-page");

    // And as Excel workbooks, which a spreadsheet reads back.
    let xlsx = files.path().join("登记表 Excel");
    app.answer_file_dialogs(&[&xlsx]);
    s.wait_gone(".ant-message-notice", T).unwrap();
    s.click_css("[data-testid=export-registers-xlsx]").unwrap();
    s.wait_page_text("已导出 3 份登记表", T).unwrap();
    let rows =
        guanbiao_core::tabular::read(&xlsx.join("不符合项及纠正措施登记表.xlsx"), 10 << 20, "")
            .unwrap();
    assert_eq!(rows[0][0], "不符合项及纠正措施登记表");
    assert_eq!(std::fs::read_dir(&xlsx).unwrap().count(), 3);
}
