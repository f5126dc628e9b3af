//! How the window is drawn on Linux. WebKitGTK hands each composited frame
//! from its web process to the window in DMA-BUF buffers by default. Where
//! those are not served by a GPU driver (Mesa's software renderer: virtual
//! machines, remote desktops, Xvfb) every frame that follows a change of a
//! scrolled area waited about 100 ms: opening a document ran the window at
//! 10 frames a second for 1.5 s while the web process sat idle, and every
//! page switch paid the same. With shared-memory buffers instead (page bench,
//! release, Xvfb): median page 161 -> 99 ms (demo) and 182 -> 114 ms
//! (`--scale 10`), web process 683 -> 460 and 744 -> 483 MiB after three
//! rounds. Compositing itself stays on (turning it off stalled frames).
//! A user who wants DMA-BUF back sets `WEBKIT_DISABLE_DMABUF_RENDERER=0`
//! (any value set beforehand is left as it is). Windows' WebView2 is untouched.

/// WebKitGTK's switch, read when the first web view is created.
#[cfg(target_os = "linux")]
const NO_DMABUF: &str = "WEBKIT_DISABLE_DMABUF_RENDERER";

/// Called first thing in `run()`, before any thread or window exists.
pub fn choose() {
    #[cfg(target_os = "linux")]
    if std::env::var_os(NO_DMABUF).is_none() {
        std::env::set_var(NO_DMABUF, "1");
    }
}
