//! Starts the app through tauri-driver with an isolated data directory, and
//! stops it cleanly (SIGTERM, so WebKitWebDriver is not orphaned).

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::webdriver::Session;

pub struct App {
    pub session: Session,
    /// Taken when the app is dropped: the session ends, then the driver stops.
    driver: Option<Driver>,
    pub data_dir: PathBuf,
}

/// The workspace's target folder: `$CARGO_TARGET_DIR`, else `target/`.
pub fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../target"))
}

/// A binary of the workspace's release build (what the benches measure).
pub fn release_binary(name: &str) -> PathBuf {
    target_dir()
        .join("release")
        .join(format!("{name}{}", std::env::consts::EXE_SUFFIX))
}

/// The app binary: `$GUANBIAO_APP_BIN`, else the workspace's debug build.
pub fn app_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("GUANBIAO_APP_BIN") {
        return PathBuf::from(p);
    }
    target_dir().join("debug").join("guanbiao")
}

/// The CLI: `$GUANBIAO_CLI` (a copy, when the target folder is shared), else
/// the one built beside the app binary.
pub fn cli_binary() -> PathBuf {
    std::env::var_os("GUANBIAO_CLI")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            app_binary().with_file_name(format!("guanbiao-cli{}", std::env::consts::EXE_SUFFIX))
        })
}

/// Where screenshots (and the files tests write to look at) go:
/// `target/e2e-screenshots/`, made if missing (the test command empties it).
pub fn screenshot_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/e2e-screenshots");
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("cannot make {}: {e}", dir.display());
    }
    dir
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn driver_binary() -> PathBuf {
    if let Some(p) = std::env::var_os("TAURI_DRIVER") {
        return PathBuf::from(p);
    }
    let home = std::env::var_os("HOME")
        .map(PathBuf::from)
        .unwrap_or_default();
    let cargo_bin = home.join(".cargo/bin/tauri-driver");
    if cargo_bin.exists() {
        cargo_bin
    } else {
        PathBuf::from("tauri-driver")
    }
}

impl App {
    /// Starts the app with its data in `data_dir`.
    pub fn start(data_dir: &Path) -> App {
        App::start_with_env(data_dir, &[])
    }

    /// Starts the app with its data in `data_dir` and these environment
    /// variables set (e.g. a `PATH` leading to a stand-in for the system's viewer).
    pub fn start_with_env(data_dir: &Path, env: &[(&str, &std::ffi::OsStr)]) -> App {
        App::launch(data_dir, env, &[])
    }

    /// Starts the app as a double-click on `file` does: with the file's path
    /// as its argument (a project, or a work package opening in the audit-only mode).
    pub fn start_opening(data_dir: &Path, file: &Path) -> App {
        App::launch(data_dir, &[], &[file.to_string_lossy().to_string()])
    }

    fn launch(data_dir: &Path, env: &[(&str, &std::ffi::OsStr)], args: &[String]) -> App {
        let bin = app_binary();
        assert!(
            bin.exists(),
            "app binary missing: {} (build it with `cargo build -p guanbiao`)",
            bin.display()
        );
        assert!(
            std::env::var_os("DISPLAY").is_some(),
            "no DISPLAY: run the end-to-end tests under xvfb-run"
        );
        let (driver, session) = start_session(&bin, data_dir, env, args);
        let app = App {
            session,
            driver: Some(driver),
            data_dir: data_dir.to_path_buf(),
        };
        app.session
            .wait_present("[data-testid=app-ready]", Duration::from_secs(30))
            .unwrap_or_else(|e| {
                app.shot("startup-failure");
                panic!("the app did not finish loading: {e}")
            });
        app
    }

    /// Closes the window and starts the app again on the same data directory.
    pub fn restart(self) -> App {
        let dir = self.data_dir.clone();
        // Dropping waits until the closed instance has gone (it may still be
        // writing its last checkpoint and holding its project's lock).
        drop(self);
        App::start(&dir)
    }

    /// Saves a screenshot as `target/e2e-screenshots/NAME.png`, once the
    /// window's finite animations (a drawer sliding in, a toast appearing)
    /// have ended and no spinner is left (antd drops a table's spinner one
    /// render after its rows arrive), for at most two seconds: a screenshot
    /// shows what the user sees, not a frame of a transition.
    ///
    /// The picture is taken from the X display (ImageMagick's `import`, the
    /// window's area of the screen): what the user sees, drawn however WebKit
    /// draws it. WebKit's own WebDriver screenshot waits for a new frame, and
    /// timed out after 90 s when WebKit was told to draw otherwise than by
    /// default (without compositing, or frames in shared memory).
    pub fn shot(&self, name: &str) {
        self.wait_animations();
        let path = screenshot_dir().join(format!("{name}.png"));
        if let Err(e) = self.screen_capture(&path) {
            eprintln!("screenshot {name} failed: {e}");
        }
    }

    /// The window's area of the X screen, saved as a PNG.
    fn screen_capture(&self, path: &Path) -> Result<(), String> {
        let area = self.session.execute(
            "return [window.screenX, window.screenY, window.innerWidth, window.innerHeight];",
            serde_json::json!([]),
        )?;
        let n = |i: usize| area[i].as_f64().unwrap_or(0.0).round() as i64;
        let crop = format!("{}x{}+{}+{}", n(2), n(3), n(0), n(1));
        let out = Command::new("import")
            .args(["-window", "root", "-crop", &crop, "+repage"])
            .arg(path)
            .output()
            .map_err(|e| format!("import (ImageMagick): {e}"))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(format!(
                "import {crop}: {}",
                String::from_utf8_lossy(&out.stderr).trim()
            ))
        }
    }

    /// Waits, at most 2 s, until no finite animation is running and no
    /// spinner is left: a frame in the middle of a transition is not what
    /// the user sees once it has ended.
    pub fn wait_animations(&self) {
        let _ = self.session.execute_async(
            "const done = arguments[arguments.length - 1]; const start = Date.now(); \
             const finite = () => (document.getAnimations ? document.getAnimations() : []) \
               .filter(a => a.playState === 'running' && a.effect && \
                 a.effect.getComputedTiming().iterations !== Infinity); \
             const settled = () => finite().length === 0 && !document.querySelector('.ant-spin-spinning'); \
             const tick = () => { if (settled() || Date.now() - start > 2000) done(null); \
               else setTimeout(tick, 50); }; tick();",
            serde_json::json!([]),
        );
    }

    /// Chooses the option titled `title` in the antd select whose input is
    /// `select_input`, opening the dropdown unless it is already open (a
    /// multiple select stays open between picks).
    pub fn pick_option(&self, select_input: &str, title: &str) {
        let s = &self.session;
        let option = format!(
            ".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title=\"{title}\"]"
        );
        let open = s
            .find(&option)
            .ok()
            .is_some_and(|e| s.displayed(&e).unwrap_or(false));
        if !open {
            // A multiple select's own input can be zero-width: click the box around it.
            s.click_css(&format!(
                ".ant-select:has({select_input}) .ant-select-selector"
            ))
            .unwrap_or_else(|e| panic!("{e}"));
        }
        s.click_css(&option).unwrap_or_else(|e| {
            self.shot("select-failure");
            panic!("{e}")
        });
    }

    /// Waits until no select's dropdown list is open.
    pub fn dropdowns_closed(&self) {
        let start = Instant::now();
        while !self
            .session
            .find_all(".ant-select-dropdown:not(.ant-select-dropdown-hidden)")
            .unwrap()
            .is_empty()
        {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "a select's list stays open"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Scrolls the page area so that `css` is at its top (for a screenshot).
    pub fn scroll_to(&self, css: &str) {
        self.session
            .execute(
                "document.querySelector(arguments[0]).scrollIntoView({block: 'start'}); return null;",
                serde_json::json!([css]),
            )
            .unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300));
    }

    /// Presses Escape in `css` (closes a dropdown or a modal).
    pub fn escape(&self, css: &str) {
        let e = self.session.find(css).unwrap_or_else(|e| panic!("{e}"));
        self.session.send_keys(&e, "\u{E00C}").unwrap();
    }

    /// The system's file dialogs cannot be driven through WebDriver: the
    /// next dialogs the window opens answer `paths` in order instead (the
    /// UI's `window.__guanbiaoDialogAnswers`, components/fileDialogAnswers.ts).
    /// Lasts until the page reloads.
    pub fn answer_file_dialogs(&self, paths: &[&Path]) {
        let paths: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        self.session
            .execute(
                "window.__guanbiaoDialogAnswers = arguments[0]; window.__guanbiaoDialogsAsked = []; return null;",
                serde_json::json!([paths]),
            )
            .unwrap();
    }

    /// The dialogs answered since `answer_file_dialogs`: `[{title, defaultPath}]`.
    pub fn dialogs_asked(&self) -> serde_json::Value {
        self.session
            .execute(
                "return window.__guanbiaoDialogsAsked || [];",
                serde_json::json!([]),
            )
            .unwrap()
    }

    /// Resizes the window (its outer size) and waits until the page has seen it.
    pub fn set_window_size(&self, width: u32, height: u32) {
        let s = &self.session;
        s.cmd(
            "POST",
            "/window/rect",
            Some(serde_json::json!({"width": width, "height": height})),
        )
        .unwrap_or_else(|e| panic!("window rect {width}×{height}: {e}"));
        let start = Instant::now();
        loop {
            // No window manager under Xvfb: the page is the window's width, give or take a frame.
            let w = s
                .execute("return window.innerWidth;", serde_json::json!([]))
                .unwrap();
            if w.as_u64()
                .is_some_and(|w| w <= u64::from(width) && w + 40 >= u64::from(width))
            {
                break;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the window stays {w} wide, not {width}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        // A frame for the layout to follow.
        std::thread::sleep(Duration::from_millis(300));
    }

    pub fn port(&self) -> u16 {
        self.driver.as_ref().expect("running").port
    }

    /// The app's process ids (one, unless an instance was left behind).
    pub fn pids(&self) -> Vec<u32> {
        app_processes(&self.data_dir)
            .into_iter()
            .map(|p| p as u32)
            .collect()
    }
}

impl Drop for App {
    /// Ends the session, stops the driver, and waits until the app process
    /// has gone: one left behind would hold its project's lock and take CPU
    /// from the tests after it.
    fn drop(&mut self) {
        let _ = self.session.end();
        drop(self.driver.take());
        wait_for_exit(&self.data_dir, Duration::from_secs(15));
    }
}

/// A running tauri-driver; stopped with SIGTERM when dropped, so that
/// WebKitWebDriver is not orphaned even when a session never started.
struct Driver {
    child: Child,
    port: u16,
}

impl Driver {
    fn spawn(data_dir: &Path, env: &[(&str, &std::ffi::OsStr)]) -> Driver {
        let port = free_port();
        let native_port = free_port();
        let child = Command::new(driver_binary())
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .env("GUANBIAO_DATA_DIR", data_dir)
            .envs(env.iter().copied())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("tauri-driver starts (cargo install --locked --version 2.1.0 tauri-driver)");
        let driver = Driver { child, port };
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "tauri-driver did not listen on {port}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // SIGTERM lets tauri-driver stop WebKitWebDriver too; SIGKILL would orphan it.
        unsafe {
            libc::kill(self.child.id() as libc::pid_t, libc::SIGTERM);
        }
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts a driver and a session on the app; on a loaded machine the first
/// session can time out, so a failed start is retried once with a new driver.
fn start_session(
    bin: &Path,
    data_dir: &Path,
    env: &[(&str, &std::ffi::OsStr)],
    args: &[String],
) -> (Driver, Session) {
    let mut last = String::new();
    for attempt in 1..=2 {
        let driver = Driver::spawn(data_dir, env);
        match Session::start(
            &format!("http://127.0.0.1:{}", driver.port),
            &bin.to_string_lossy(),
            args,
        ) {
            Ok(session) => return (driver, session),
            Err(e) => {
                eprintln!("session start attempt {attempt} failed: {e}");
                last = e.to_string();
            }
        }
    }
    panic!("could not start a session: {last}")
}

/// The app processes running with `GUANBIAO_DATA_DIR` set to `data_dir`
/// (read from `/proc`; the end-to-end tests run on Linux only).
fn app_processes(data_dir: &Path) -> Vec<libc::pid_t> {
    let needle = format!("GUANBIAO_DATA_DIR={}", data_dir.display()).into_bytes();
    let bin = std::fs::canonicalize(app_binary()).unwrap_or_else(|_| app_binary());
    std::fs::read_dir("/proc")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let pid: libc::pid_t = e.file_name().to_str()?.parse().ok()?;
            let dir = e.path();
            let ours = std::fs::read_link(dir.join("exe")).is_ok_and(|exe| exe == bin)
                && std::fs::read(dir.join("environ"))
                    .is_ok_and(|env| env.split(|b| *b == 0).any(|var| var == needle.as_slice()));
            ours.then_some(pid)
        })
        .collect()
}

/// Waits until no app process runs on `data_dir`. One still running after
/// `timeout` (its window closed by the driver, it was left behind when the
/// driver stopped) is stopped with SIGTERM, then SIGKILL: it holds the
/// project's lock, and the next instance could not open the project.
fn wait_for_exit(data_dir: &Path, timeout: Duration) {
    let gone_within = |limit: Duration| {
        let start = Instant::now();
        while start.elapsed() < limit {
            if app_processes(data_dir).is_empty() {
                return true;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        false
    };
    let start = Instant::now();
    if gone_within(timeout) {
        if start.elapsed() > Duration::from_secs(2) {
            eprintln!(
                "the app took {:?} to exit after its window closed",
                start.elapsed()
            );
        }
        return;
    }
    for signal in [libc::SIGTERM, libc::SIGKILL] {
        let left = app_processes(data_dir);
        eprintln!(
            "app still running after its window closed: pids {left:?}, sending signal {signal}"
        );
        for pid in left {
            unsafe {
                libc::kill(pid, signal);
            }
        }
        if gone_within(Duration::from_secs(5)) {
            return;
        }
    }
}
