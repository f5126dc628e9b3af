//! The 导出材料 screen through the real window: open the demo project,
//! see the cover logo and seal chosen for it, export the application
//! package into a folder, see the progress finish and the produced files
//! listed, find the ZIP on disk and the pictures on the PDF's cover; then
//! remove the seal.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use guanbiao_e2e::app::cli_binary;
use guanbiao_e2e::demo::{cli_demo, ok};
use guanbiao_e2e::App;
use serde_json::json;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../src-tauri/core/tests/fixtures")
        .join(name)
}

#[test]
fn export_the_demo_package_from_the_export_screen() {
    let data = tempfile::tempdir().unwrap();
    // The app opens `projects/贯标项目.gbproj` on a first start: make it the demo.
    let demo = data.path().join("projects").join("贯标项目.gbproj");
    cli_demo(&cli_binary(), &demo, &[]);

    let app = App::start(data.path());
    let s = &app.session;
    // The file dialog is the system's: the pictures are chosen through the
    // command it calls, and the screen must show them.
    for (kind, file) in [("logo", "logo.jpg"), ("seal", "seal.png")] {
        ok(s.invoke(
            "cover_image_set",
            json!({"kind": kind, "path": fixture(file)}),
        )
        .unwrap());
    }
    let bad = data.path().join("不是图片.png");
    std::fs::write(&bad, "文本").unwrap();
    let refused = s
        .invoke("cover_image_set", json!({"kind": "seal", "path": bad}))
        .unwrap();
    assert_eq!(refused["err"]["code"], "invalid_input", "{refused}");
    s.click_css("[data-testid=nav-export]").unwrap();
    s.wait_page_text("导出材料包", Duration::from_secs(10))
        .unwrap();
    s.wait_text(
        "[data-testid=cover-logo-file]",
        "logo.jpg（640 × 200 像素",
        Duration::from_secs(10),
    )
    .unwrap();
    s.wait_text(
        "[data-testid=cover-seal-file]",
        "seal.png（480 × 480 像素",
        Duration::from_secs(10),
    )
    .unwrap();
    s.wait(
        "[data-testid=cover-seal-thumb] img",
        Duration::from_secs(10),
    )
    .unwrap();
    let src = s
        .execute(
            "return document.querySelector('[data-testid=cover-seal-thumb] img').getAttribute('src');",
            json!([]),
        )
        .unwrap();
    assert!(
        src.as_str()
            .unwrap_or("")
            .starts_with("data:image/png;base64,"),
        "{src}"
    );
    s.execute(
        "document.querySelector('[data-testid=cover-seal]').scrollIntoView(); return null;",
        json!([]),
    )
    .unwrap();
    app.shot("export-cover-images-set");
    let dir = data.path().join("材料");
    s.type_into("[data-testid=export-dir]", &dir.display().to_string())
        .unwrap();
    // The 2022 demo judged today is blocked by time: the page says so, and
    // exporting asks first (the package is still useful to check).
    let warned = s
        .wait_text(
            "[data-testid=export-blockers]",
            "项阻断",
            Duration::from_secs(15),
        )
        .unwrap();
    assert!(
        warned.contains("截止") || warned.contains("标准"),
        "{warned}"
    );
    s.click_css("[data-testid=export-run]").unwrap();
    s.wait_page_text("仍要导出", Duration::from_secs(15))
        .unwrap();
    app.shot("export-blocked-confirm");
    s.click_css("[data-testid=export-blocked-ok]").unwrap();
    let zip = s
        .wait_text(
            "[data-testid=export-zip-path]",
            ".zip",
            Duration::from_secs(90),
        )
        .unwrap();
    app.shot("export-done");
    let zip = PathBuf::from(zip.trim());
    let pdf = zip.with_extension("pdf");
    let images = Command::new("pdfimages")
        .arg("-list")
        .arg(&pdf)
        .output()
        .expect("pdfimages (poppler-utils)");
    let list = String::from_utf8_lossy(&images.stdout);
    assert_eq!(
        list.lines()
            .skip(2)
            .filter(|l| l.trim_start().starts_with("1 "))
            .count(),
        3,
        "logo, seal and the seal's mask on page 1:\n{list}"
    );
    assert!(zip.starts_with(&dir), "{}", zip.display());
    let len = std::fs::metadata(&zip).expect("the ZIP exists").len();
    assert!(len > 100_000, "{len} bytes");
    s.wait_page_text("01_申报材料.pdf", Duration::from_secs(5))
        .unwrap();

    // Removing the seal, after confirming.
    s.click_css("[data-testid=cover-seal-clear]").unwrap();
    s.click_css("[data-testid=cover-seal-clear-confirm]")
        .unwrap();
    s.wait_text(
        "[data-testid=cover-seal-file]",
        "未设置",
        Duration::from_secs(10),
    )
    .unwrap();
    app.shot("export-cover-images");
    let left = ok(s.invoke("cover_image_list", json!({})).unwrap());
    assert_eq!(left.as_array().map(Vec::len), Some(1), "{left}");
    assert_eq!(left[0]["kind"], "logo");
}
