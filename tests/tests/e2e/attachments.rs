//! An attachment opens in the system's program for its type: the window hands
//! a read-only copy under the file's own name to the desktop's opener
//! (`xdg-open` here, played by a script that notes what it was asked to open).

use std::time::{Duration, Instant};

use std::os::unix::fs::PermissionsExt;

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_e2e::demo::open_demo;
use guanbiao_e2e::App;

const T: Duration = Duration::from_secs(15);

#[test]
fn the_licence_scan_opens_in_the_system_viewer_as_a_read_only_copy() {
    let data = tempfile::tempdir().unwrap();
    let bin = tempfile::tempdir().unwrap();
    let asked = bin.path().join("opened.txt");
    let opener = bin.path().join("xdg-open");
    std::fs::write(
        &opener,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
            asked.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let path = std::env::join_paths(std::iter::once(bin.path().to_path_buf()).chain(
        std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()),
    ))
    .unwrap();

    let app = App::start_with_env(data.path(), &[("PATH", path.as_os_str())]);
    let s = &app.session;
    let store = AttachmentStore::new(data.path());
    guanbiao_core::demo::store_files(&store).unwrap();
    open_demo(&app, data.path(), |_| {});

    s.click_css("[data-testid=nav-application]").unwrap();
    app.set_window_size(1280, 720);
    s.wait("[data-testid=licence-scan-open]", T).unwrap();
    app.scroll_to("[data-testid=licence-scan-open]");
    s.click_css("[data-testid=licence-scan-open]").unwrap();
    s.wait_text(".ant-message", "已用系统程序打开", T).unwrap();
    app.shot("attachment-01-opened");

    let start = Instant::now();
    while !asked.exists() {
        assert!(start.elapsed() < T, "the opener was not called");
        std::thread::sleep(Duration::from_millis(100));
    }
    let opened = std::fs::read_to_string(&asked).unwrap();
    let copy = std::path::PathBuf::from(opened.trim());
    assert_eq!(
        copy.file_name().unwrap().to_string_lossy(),
        guanbiao_core::demo::LICENCE_FILE,
        "the viewer gets the file under its own name: {}",
        copy.display()
    );
    assert!(copy.starts_with(data.path()), "{}", copy.display());
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        guanbiao_core::demo::licence_png()
    );
    assert!(
        std::fs::metadata(&copy).unwrap().permissions().readonly(),
        "changes in the viewer cannot pass for the project's file"
    );
}
