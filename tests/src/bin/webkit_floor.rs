//! WebKitGTK's floor on this machine, without the app: a GTK window with one
//! web view showing a blank page of two Chinese lines (Linux only; run under
//! `xvfb-run` as the page bench is). It prints the resident memory of this
//! process (the UI side, as the app process is) and of its WebKit web
//! process, split as the kernel counts it, and the time from a DOM change to
//! the frames after it (requestAnimationFrame, 20 changes). Issue 17's memory
//! targets (app ≤ 120 MiB, web process ≤ 300 MiB) are read against it: what
//! WebKitGTK holds before any code of the app's runs.

#[cfg(target_os = "linux")]
fn main() {
    floor::run();
}

#[cfg(not(target_os = "linux"))]
fn main() {
    eprintln!("webkit_floor measures WebKitGTK: Linux only");
}

#[cfg(target_os = "linux")]
mod floor {
    use std::cell::RefCell;
    use std::rc::Rc;
    use std::time::Duration;

    use gtk::prelude::*;
    use guanbiao_e2e::measure::{descendants, median, mib, rss_kib, rss_split_kib, worst};
    use webkit2gtk::{WebView, WebViewExt};

    /// Twenty DOM changes 300 ms apart; each is timed to the first and the
    /// second animation frame after it (the second one runs once the first
    /// frame was handed over). The figures end up in the title.
    const PAGE: &str = r#"<!doctype html><html><head><meta charset="utf-8"></head>
<body><h1 id="h">贯标助手</h1><p>空白页：网页视图的下限</p><div id="list"></div><script>
const out = []; let n = 0;
function step() {
  const t0 = performance.now();
  document.getElementById("h").textContent = "第 " + (++n) + " 次";
  const p = document.createElement("p"); p.textContent = "一行文字 " + n;
  document.getElementById("list").appendChild(p);
  requestAnimationFrame(() => { const t1 = performance.now();
    requestAnimationFrame(() => { out.push([t1 - t0, performance.now() - t0]);
      if (out.length < 20) { setTimeout(step, 300); return; }
      document.title = "frames:" + JSON.stringify(out);
    });
  });
}
setTimeout(step, 1500);
</script></body></html>"#;

    /// Per DOM change: ms to the first and to the second animation frame.
    type Frames = Vec<(f64, f64)>;

    pub fn run() {
        gtk::init().expect("GTK starts (run under xvfb-run)");
        let window = gtk::Window::new(gtk::WindowType::Toplevel);
        window.set_default_size(1280, 800);
        let view = WebView::new();
        window.add(&view);
        let frames: Rc<RefCell<Option<Frames>>> = Rc::default();
        let seen = frames.clone();
        view.connect_title_notify(move |v| {
            let title = v.title().map(|t| t.to_string()).unwrap_or_default();
            if let Some(json) = title.strip_prefix("frames:") {
                let pairs: Vec<(f64, f64)> =
                    serde_json::from_str(json).expect("the page's figures");
                *seen.borrow_mut() = Some(pairs);
                // Let the process settle before its memory is read.
                gtk::glib::timeout_add_local_once(Duration::from_secs(2), gtk::main_quit);
            }
        });
        gtk::glib::timeout_add_local_once(Duration::from_secs(60), || {
            eprintln!("the blank page did not report its frames within 60 s");
            std::process::exit(1);
        });
        view.load_html(PAGE, None);
        window.show_all();
        gtk::main();

        let me = std::process::id();
        println!("WebKitGTK 的下限（本机，空白网页视图，无应用代码）");
        println!("常驻内存（MiB）：");
        print_memory(me, "界面进程（本程序，对应应用进程）");
        for (pid, name) in descendants(me) {
            print_memory(pid, &name);
        }
        let pairs = frames.borrow().clone().unwrap_or_default();
        let first: Vec<f64> = pairs.iter().map(|p| p.0).collect();
        let second: Vec<f64> = pairs.iter().map(|p| p.1).collect();
        println!(
            "一次 DOM 变更到下一帧（{} 次）：第一帧 中位数 {:.0} ms，第二帧 中位数 {:.0} ms、最差 {:.0} ms",
            pairs.len(),
            median(&first),
            median(&second),
            worst(&second)
        );
    }

    fn print_memory(pid: u32, name: &str) {
        let [anon, file, shmem] = rss_split_kib(pid);
        println!(
            "  {:7.1}  {name}（匿名 {:.0}，文件 {:.0}，共享 {:.0}）",
            mib(rss_kib(pid)),
            mib(anon),
            mib(file),
            mib(shmem)
        );
    }
}
