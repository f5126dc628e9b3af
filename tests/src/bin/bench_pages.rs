//! Prints how fast the pages come up (a benchmark, not a test; issue 12):
//! on a `--scale 10` demo project in the release app, the time from a click
//! on a menu item to the page's data on screen, for every page, and the time
//! to open a document (its drawer) and an audit (its detail); median and
//! worst against the 100 ms target. Then the resident memory of the app and
//! its WebKit processes, after start and after every page was visited.
//! Run it through `scripts/bench.sh` (Xvfb, release builds); the app is
//! `$GUANBIAO_APP_BIN`, else the release build.
//!
//! How a visit is timed, inside the window (one asynchronous script, so no
//! WebDriver round trip is counted): note `performance.now()`, click the
//! item, then check at every animation frame whether the page is ready: no
//! `useRemote` load in flight (`window.__guanbiaoPendingLoads`, see
//! `ui/src/hooks/pendingLoads.ts`), the page's own data element present
//! (e.g. a row of its table), and no spinner or skeleton left in it. A
//! component that starts its load only once its parent's data came (the
//! export page's cover thumbnails) is caught because the page must stay
//! ready for three frames running; a load starting meanwhile starts the
//! count again. The time is taken when the first of those frames has been
//! rendered (a message posted from its frame callback is handled after the
//! frame's style, layout and paint), not at the next frame: under Xvfb on a
//! busy machine frames come every 16 to 33 ms, which would add up to a frame
//! to every figure.
//!
//! Two more columns tell where the time goes: "点击处理", until React has
//! rendered the click (the new page's loads are sent by then), and "数据到达", until the last load of the visit
//! settled (`window.__guanbiaoLoadSettledAt`); between them the window waits
//! for the core. After it React renders the data: "写入页面" is when the
//! frame that found the data in the DOM began; from there to the figure the
//! browser lays the page out and paints it. `$GUANBIAO_BENCH_ROUNDS` sets
//! the rounds.

use std::time::{Duration, Instant};

use guanbiao_e2e::app::{cli_binary, release_binary};
use guanbiao_e2e::demo::cli_demo;
use guanbiao_e2e::measure::{descendants, median, mib, rss_kib, worst};
use guanbiao_e2e::App;
use serde_json::json;

/// Rounds over every page: `$GUANBIAO_BENCH_ROUNDS`, else 5.
fn rounds() -> usize {
    std::env::var("GUANBIAO_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(5)
}

/// Documents and audits opened.
const OPENS: usize = 5;
const TARGET_MS: f64 = 100.0;

/// The shown page: the kept pages (企业信息, 领导小组, 诊断分析) stay
/// mounted but hidden while elsewhere, so exactly one of these is not hidden.
const PAGE: &str = ".app-page:not([hidden])";

/// A spinner (a table or select loading), a skeleton (a page or card
/// waiting for its data): the page is not ready while one is shown.
const BUSY: &str = ".ant-spin-spinning, .ant-skeleton, .ant-select-arrow-loading";

/// Every page in menu order (`ui/src/navigation/navigation.ts`), with what
/// must be in it once its data is on screen (all of them).
const PAGES: &[(&str, &str, &[&str])] = &[
    ("overview", "概览", &["[data-testid=rule-list]"]),
    // Kept mounted from the start: a visit shows the form loaded at start.
    ("profile", "企业信息", &[".ant-form"]),
    (
        "departments",
        "部门",
        &["[data-testid=department-table] .ant-table-row"],
    ),
    (
        "people",
        "人员",
        &["[data-testid=people-table] .ant-table-row"],
    ),
    (
        "training",
        "培训",
        &["[data-testid=credit-table] .ant-table-row"],
    ),
    (
        "organisation",
        "领导小组",
        &["[data-testid=organisation-members]"],
    ),
    (
        "plan",
        "实施计划",
        &["[data-testid=plan-table] .ant-table-row"],
    ),
    (
        "diagnosis",
        "诊断分析",
        &[
            "[data-testid=diagnosis-list] [data-testid^=diagnosis-clause-]",
            "[data-testid=diagnosis-save]",
        ],
    ),
    (
        "documents",
        "体系文件",
        &["[data-testid=document-table] .ant-table-row"],
    ),
    (
        "operation",
        "体系运行",
        &[
            "[data-testid=operation-status]",
            "[data-testid=checkin-table] .ant-table-row",
        ],
    ),
    (
        "audits",
        "内部审核",
        &["[data-testid=audit-table] .ant-table-row"],
    ),
    (
        "reviews",
        "管理评审",
        &["[data-testid=review-table] .ant-table-row"],
    ),
    (
        "application",
        "验收申请",
        &[
            "[data-testid=application-path-card]",
            "[data-testid=body-table] .ant-table-row",
        ],
    ),
    (
        "export",
        "导出材料",
        &[
            "[data-testid=cover-logo-file]",
            "[data-testid=cover-seal-file]",
        ],
    ),
    (
        "backups",
        "备份与恢复",
        &["[data-testid=backup-table] .ant-table-row"],
    ),
];

/// Clicks `arguments[0]` and answers how long until `arguments[1]` (a
/// scope) holds every selector of `arguments[2]` and nothing of
/// `arguments[3]`, with no load in flight, for three frames running.
const MEASURE: &str = r#"
const [click, scope, data, busy, timeout] = arguments;
const done = arguments[arguments.length - 1];
const target = document.querySelector(click);
if (!target) { done({error: "没有可点击的 " + click}); return; }
const state = () => {
  const root = document.querySelector(scope);
  return {
    pending: window.__guanbiaoPendingLoads,
    scope: !!root,
    missing: root ? data.filter(s => !root.querySelector(s)) : data,
    busy: root ? Array.from(root.querySelectorAll(busy)).map(e => e.className).slice(0, 3) : [],
  };
};
const ready = () => {
  const s = state();
  return s.pending === 0 && s.scope && s.missing.length === 0 && s.busy.length === 0;
};
// The page is painted once the frame that found it ready has rendered: a
// message posted from that frame's callback arrives after its rendering.
const paint = new MessageChannel();
let run = 0, shown = null, painted = null, frames = 0;
paint.port1.onmessage = () => { if (run > 0 && painted === null) painted = performance.now(); };
const settledBefore = window.__guanbiaoLoadSettledAt;
const t0 = performance.now();
target.click();
// React renders a click's update (and sends the new page's loads) before
// click() returns, or at the latest in a microtask queued during it: this
// one runs after either.
let handled = null;
queueMicrotask(() => { handled = performance.now() - t0; });
const tick = () => {
  const now = performance.now();
  frames += 1;
  if (ready()) {
    run += 1;
    if (run === 1) { shown = now; paint.port2.postMessage(0); }
    if (run >= 3 && painted !== null) {
      const settled = window.__guanbiaoLoadSettledAt;
      const elements = document.querySelector(scope).getElementsByTagName("*").length;
      done({ms: painted - t0, click_ms: handled, dom_ms: shown - t0, data_ms: settled !== settledBefore && settled > t0 ? settled - t0 : null, elements, frames});
      return;
    }
  } else {
    run = 0;
    painted = null;
  }
  if (now - t0 > timeout) { done({error: "超时", state: state(), frames}); return; }
  requestAnimationFrame(tick);
};
requestAnimationFrame(tick);
"#;

/// Waits until no load has been in flight for five frames running (the
/// previous page is done before the next click).
const SETTLE: &str = r#"
const done = arguments[arguments.length - 1];
const t0 = performance.now();
let run = 0;
const tick = () => {
  run = window.__guanbiaoPendingLoads === 0 ? run + 1 : 0;
  if (run >= 5) { done(true); return; }
  if (performance.now() - t0 > 20000) { done(false); return; }
  requestAnimationFrame(tick);
};
requestAnimationFrame(tick);
"#;

/// The median interval of 30 animation frames, in ms.
const FRAME: &str = r#"
const done = arguments[arguments.length - 1];
const times = [];
const tick = (t) => {
  times.push(t);
  if (times.length > 30) {
    const d = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
    done(d[Math.floor(d.length / 2)]);
    return;
  }
  requestAnimationFrame(tick);
};
requestAnimationFrame(tick);
"#;

/// One timed visit, in ms from the click: until the data was on screen;
/// until React had rendered the click (the new page's loads started); and,
/// when a load settled in it, until the last one did.
#[derive(Clone, Copy)]
struct Visit {
    ms: f64,
    click_ms: f64,
    data_ms: Option<f64>,
    /// Until the frame that found the data in the DOM began: React had
    /// rendered it; the browser had yet to lay it out and paint it.
    dom_ms: f64,
    /// How many elements the page (or drawer) holds once ready.
    elements: u64,
}

/// The figures printed for a set of visits.
struct Figures {
    median: f64,
    worst: f64,
    first: f64,
    /// Medians of the visits' `click_ms`, `data_ms` and `dom_ms`.
    click: f64,
    data: Option<f64>,
    dom: f64,
    elements: u64,
}

impl Figures {
    fn of(visits: &[Visit]) -> Figures {
        let ms: Vec<f64> = visits.iter().map(|v| v.ms).collect();
        let click: Vec<f64> = visits.iter().map(|v| v.click_ms).collect();
        let dom: Vec<f64> = visits.iter().map(|v| v.dom_ms).collect();
        let data: Vec<f64> = visits.iter().filter_map(|v| v.data_ms).collect();
        Figures {
            median: median(&ms),
            worst: worst(&ms),
            first: visits.first().map_or(f64::NAN, |v| v.ms),
            click: median(&click),
            dom: median(&dom),
            data: (!data.is_empty()).then(|| median(&data)),
            elements: visits.iter().map(|v| v.elements).max().unwrap_or(0),
        }
    }

    /// "中位数 最差 首次 点击处理 数据到达 写入页面 元素", aligned under `HEADING`.
    fn columns(&self) -> String {
        let data = self
            .data
            .map_or_else(|| "—".to_string(), |d| format!("{d:.0}"));
        format!(
            "{:7.0} {:6.0} {:6.0} {:8.0} {:>8} {:8.0} {:6}",
            self.median, self.worst, self.first, self.click, data, self.dom, self.elements
        )
    }
}

const HEADING: &str = " 中位数   最差   首次  点击处理  数据到达  写入页面   元素";

fn fail(app: &App, name: &str, message: String) -> ! {
    app.shot(name);
    panic!("{message}")
}

fn settle(app: &App) {
    let v = app.session.execute_async(SETTLE, json!([])).unwrap();
    if v != json!(true) {
        fail(
            app,
            "bench-pages-settle",
            "loads still in flight after 20 s".into(),
        );
    }
}

/// Clicks `click` and times until `scope` shows `data` (see `MEASURE`).
fn measure(app: &App, what: &str, click: &str, scope: &str, data: &[&str]) -> Visit {
    settle(app);
    let v = app
        .session
        .execute_async(MEASURE, json!([click, scope, data, BUSY, 20000]))
        .unwrap_or_else(|e| fail(app, "bench-pages-failure", format!("{what}: {e}")));
    match v["ms"].as_f64() {
        Some(ms) => Visit {
            ms,
            click_ms: v["click_ms"].as_f64().unwrap_or(f64::NAN),
            dom_ms: v["dom_ms"].as_f64().unwrap_or(f64::NAN),
            data_ms: v["data_ms"].as_f64(),
            elements: v["elements"].as_u64().unwrap_or(0),
        },
        None => fail(app, "bench-pages-failure", format!("{what}: {v}")),
    }
}

fn nav(key: &str) -> String {
    format!("[data-testid=nav-{key}]")
}

fn flag(ms: f64) -> &'static str {
    if ms > TARGET_MS {
        "  ← 超过目标"
    } else {
        ""
    }
}

/// The resident memory (KiB) of the app and of its WebKit processes: pid, name, KiB.
fn memory(app: &App) -> Vec<(u32, String, u64)> {
    let pids = app.pids();
    let [pid] = pids[..] else {
        panic!("expected one app process, found {pids:?}");
    };
    let mut rows = vec![(pid, "应用进程 guanbiao".to_string(), rss_kib(pid))];
    for (p, name) in descendants(pid) {
        rows.push((p, name, rss_kib(p)));
    }
    rows
}

/// Opens `OPENS` of the items whose open buttons match `open_prefix`
/// (cycling through them), timing each until `scope` shows `data`; `close`
/// goes back before the next.
fn opens(
    app: &App,
    what: &str,
    open_prefix: &str,
    scope: &str,
    data: &[&str],
    close: impl Fn(&App),
) -> Vec<Visit> {
    let ids = app
        .session
        .execute(
            "return Array.from(document.querySelectorAll(`[data-testid^=${arguments[0]}]`)).map(e => e.dataset.testid);",
            json!([open_prefix]),
        )
        .unwrap();
    let ids: Vec<String> = ids
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    if ids.is_empty() {
        fail(
            app,
            "bench-pages-open-failure",
            format!("{what}: nothing to open ({open_prefix}…)"),
        );
    }
    (0..OPENS)
        .map(|i| {
            let id = &ids[i % ids.len()];
            let v = measure(app, what, &format!("[data-testid={id}]"), scope, data);
            close(app);
            v
        })
        .collect()
}

/// Waits until nothing matches `css` (a closing drawer has gone).
fn gone(app: &App, css: &str) {
    let start = Instant::now();
    while app
        .session
        .execute(
            "return !!document.querySelector(arguments[0]);",
            json!([css]),
        )
        .unwrap()
        == json!(true)
    {
        if start.elapsed() > Duration::from_secs(10) {
            fail(app, "bench-pages-close-failure", format!("{css} stays"));
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The one-minute load average: the figures mean little on a busy machine.
fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "?".into())
}

fn main() {
    // The app and the CLI the window tests use are `$GUANBIAO_APP_BIN` and
    // the CLI beside it: the release build unless told otherwise.
    if std::env::var_os("GUANBIAO_APP_BIN").is_none() {
        std::env::set_var("GUANBIAO_APP_BIN", release_binary("guanbiao"));
    }
    let bin = guanbiao_e2e::app::app_binary();
    assert!(
        bin.exists() && cli_binary().exists(),
        "build first: cargo build --release -p guanbiao -p guanbiao-cli (missing {} or {})",
        bin.display(),
        cli_binary().display()
    );
    assert!(std::env::var_os("DISPLAY").is_some(), "run under xvfb-run");

    // The app opens `projects/贯标项目.gbproj` on a first start: make it the demo.
    let data = tempfile::tempdir().unwrap();
    let project = data.path().join("projects").join("贯标项目.gbproj");
    let made = cli_demo(&cli_binary(), &project, &["--scale", "10"]);
    let app = App::start(data.path());
    let s = &app.session;
    s.wait_present("[data-testid=project-title]", Duration::from_secs(30))
        .unwrap();
    // The start page is the one last shown: begin on 概览, so that the round
    // (企业信息 … 备份与恢复, 概览) makes every visit a change of page.
    s.click_css(&nav("overview")).unwrap();
    settle(&app);
    std::thread::sleep(Duration::from_secs(1));
    let at_start = memory(&app);
    let frame = s.execute_async(FRAME, json!([])).unwrap();

    let rounds = rounds();
    let binary = if bin == release_binary("guanbiao") {
        "release 构建".to_string()
    } else {
        format!("应用 {}", bin.display())
    };
    println!(
        "贯标助手 页面基准（{} 核，{binary}，--scale 10 示例项目，{rounds} 轮）",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0)
    );
    // "已生成示例项目：PATH（80 个部门，…）": the counts, without the temporary path.
    if let Some(counts) = made
        .lines()
        .next()
        .and_then(|l| Some(&l[l.find('（')?..l.find('）')? + '）'.len_utf8()]))
    {
        println!("示例项目{counts}");
    }
    println!(
        "计时在窗口内：点击菜单项起，到页面数据显示且已绘制（每帧检查一次，帧间隔 {:.1} ms；计到数据所在的帧绘制完成）",
        frame.as_f64().unwrap_or(f64::NAN)
    );

    let load_before = load();
    let order: Vec<usize> = (1..PAGES.len()).chain([0]).collect();
    let mut visits: Vec<Vec<Visit>> = vec![Vec::new(); PAGES.len()];
    let mut per_round = Vec::new();
    for _ in 0..rounds {
        let mut round = Vec::new();
        for &i in &order {
            let (key, label, data) = PAGES[i];
            let v = measure(&app, label, &nav(key), PAGE, data);
            round.push(v.ms);
            visits[i].push(v);
        }
        let total: u64 = memory(&app).iter().map(|(_, _, k)| k).sum();
        per_round.push((median(&round), total));
    }
    let after_pages = memory(&app);

    // A document's drawer, from the register (体系文件 → 文件清单).
    s.click_css(&nav("documents")).unwrap();
    settle(&app);
    let documents = opens(
        &app,
        "打开文件",
        "document-open-",
        "[data-testid=document-drawer]",
        &["[data-testid=revision-preview] > *"],
        |app| {
            // As the window tests do: let the drawer finish sliding in, close
            // it, and wait until it has gone (its closing animation too).
            std::thread::sleep(Duration::from_millis(700));
            app.session
                .click_css(".ant-drawer-open .ant-drawer-close")
                .unwrap();
            gone(app, ".ant-drawer-open");
            std::thread::sleep(Duration::from_millis(500));
        },
    );
    // An audit's detail (its checklist), from the list (内部审核).
    s.click_css(&nav("audits")).unwrap();
    settle(&app);
    let audits = opens(
        &app,
        "打开审核",
        "audit-open-",
        PAGE,
        &["[data-testid=checklist] [data-testid^=checklist-line-]"],
        |app| {
            app.session.click_css("[data-testid=audit-back]").unwrap();
            app.session
                .wait(
                    "[data-testid=audit-table] .ant-table-row",
                    Duration::from_secs(20),
                )
                .unwrap();
        },
    );

    println!();
    println!("从点击菜单到页面数据显示（ms，{rounds} 次；目标 ≤ {TARGET_MS:.0} ms）");
    println!("点击处理：React 渲染完这次点击（新页面的读取已发出）；数据到达：最后一个读取返回；");
    println!("写入页面：React 已把数据写入 DOM 的第一帧开始（此后为浏览器排版与绘制）；均为中位数；元素：页面的 DOM 元素数");
    println!("{HEADING}  页面");
    let mut all = Vec::new();
    let mut over = Vec::new();
    for ((key, label, _), v) in PAGES.iter().zip(&visits) {
        let f = Figures::of(v);
        all.extend(v.iter().copied());
        if f.worst > TARGET_MS {
            over.push(label.to_string());
        }
        println!("{}  {label}（{key}）{}", f.columns(), flag(f.worst));
    }
    let f = Figures::of(&all);
    let slowest = PAGES
        .iter()
        .zip(&visits)
        .max_by(|a, b| Figures::of(a.1).worst.total_cmp(&Figures::of(b.1).worst))
        .map(|((_, label, _), _)| *label)
        .unwrap_or_default();
    println!(
        "全部页面（{} 次）：中位数 {:.0} ms，最差 {:.0} ms（{slowest}）",
        all.len(),
        f.median,
        f.worst
    );
    println!();
    println!("{HEADING}  打开（{OPENS} 次）");
    for (what, v) in [
        ("打开文件（体系文件 → 文件抽屉，正文显示）", &documents),
        ("打开审核（内部审核 → 审核详情，检查表显示）", &audits),
    ] {
        let f = Figures::of(v);
        if f.worst > TARGET_MS {
            over.push(what.split('（').next().unwrap_or(what).to_string());
        }
        println!("{}  {what}{}", f.columns(), flag(f.worst));
    }
    if over.is_empty() {
        println!("全部在 {TARGET_MS:.0} ms 以内。");
    } else {
        println!("最差超过 {TARGET_MS:.0} ms：{}", over.join("、"));
    }

    println!(
        "机器负载（1 分钟平均）：开始 {load_before}，结束 {}",
        load()
    );
    println!();
    println!("常驻内存（MiB）：启动后 → 访问全部页面后");
    let mut totals = (0, 0);
    for (pid, name, after) in &after_pages {
        let before = at_start
            .iter()
            .find(|(p, _, _)| p == pid)
            .map_or(0, |(_, _, k)| *k);
        totals.0 += before;
        totals.1 += after;
        println!("  {:7.1} → {:7.1}  {name}", mib(before), mib(*after));
    }
    println!("  {:7.1} → {:7.1}  合计", mib(totals.0), mib(totals.1));
    // Whether the figures drift as the window is used: each round's median
    // visit and the memory after it.
    println!(
        "每轮之后（中位数 / 合计内存）：{}",
        per_round
            .iter()
            .map(|(ms, k)| format!("{ms:.0} ms / {:.0} MiB", mib(*k)))
            .collect::<Vec<_>>()
            .join("，")
    );
}
