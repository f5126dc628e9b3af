//! How the window is drawn on Linux. WebKitGTK composites pages with OpenGL
//! by default; for a window of forms and tables that costs more than it
//! gives: measured with the page bench (`--scale 10`, release, Xvfb, whose GL
//! is Mesa's software renderer), drawing without compositing brought the
//! median page from 191 to 123 ms and the web process from 779 to 543 MiB.
//! A user who wants compositing back sets `WEBKIT_DISABLE_COMPOSITING_MODE=0`
//! (any value set beforehand is left as it is). Windows' WebView2 is untouched.

/// WebKitGTK's switch, read when the web view is created.
#[cfg(target_os = "linux")]
const NO_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Called first thing in `run()`, before any thread or window exists.
pub fn choose() {
    #[cfg(target_os = "linux")]
    if std::env::var_os(NO_COMPOSITING).is_none() {
        std::env::set_var(NO_COMPOSITING, "1");
    }
}
