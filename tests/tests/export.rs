//! The 导出材料 screen through the real window: open the demo project,
//! export the application package into a folder, see the progress finish
//! and the produced files listed, and find the ZIP on disk.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use guanbiao_e2e::App;

/// The CLI beside the app binary (`GUANBIAO_CLI` overrides it).
fn cli() -> PathBuf {
    std::env::var_os("GUANBIAO_CLI")
        .map(PathBuf::from)
        .unwrap_or_else(|| guanbiao_e2e::app::app_binary().with_file_name("guanbiao-cli"))
}

#[test]
fn export_the_demo_package_from_the_export_screen() {
    let data = tempfile::tempdir().unwrap();
    // The app opens `projects/贯标项目.gbproj` on a first start: make it the demo.
    let demo = data.path().join("projects").join("贯标项目.gbproj");
    let out = Command::new(cli())
        .args(["demo", "--out"])
        .arg(&demo)
        .output()
        .expect("guanbiao-cli (cargo build -p guanbiao-cli)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let app = App::start(data.path());
    let s = &app.session;
    s.click_css("[data-testid=nav-export]").unwrap();
    s.wait_page_text("导出材料包", Duration::from_secs(10))
        .unwrap();
    let dir = data.path().join("材料");
    s.type_into("[data-testid=export-dir]", &dir.display().to_string())
        .unwrap();
    s.click_css("[data-testid=export-run]").unwrap();
    let zip = s
        .wait_text(
            "[data-testid=export-zip-path]",
            ".zip",
            Duration::from_secs(90),
        )
        .unwrap();
    app.shot("export-done");
    let zip = PathBuf::from(zip.trim());
    assert!(zip.starts_with(&dir), "{}", zip.display());
    let len = std::fs::metadata(&zip).expect("the ZIP exists").len();
    assert!(len > 100_000, "{len} bytes");
    s.wait_page_text("01_申报材料.pdf", Duration::from_secs(5))
        .unwrap();
}
