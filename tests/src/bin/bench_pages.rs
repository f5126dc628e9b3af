//! Prints how fast the pages come up (a benchmark, not a test; issues 12
//! and 17): on the demo project and on a `--scale 10` demo, in the release
//! app, the time from a click on a menu item until the page has settled,
//! for every page, and the time to open a document (its drawer), an audit
//! (its detail) and a person's change history; median and worst against
//! issue 17's targets (≤ 150 ms median, ≤ 300 ms worst). Then the resident
//! memory of the app and its WebKit processes, after start and after every
//! page was visited (3 rounds by default). Run it through `scripts/bench.sh`
//! (Xvfb, release builds); the app is `$GUANBIAO_APP_BIN`, else the release
//! build.
//!
//! How a visit is timed, inside the window (one asynchronous script, so no
//! WebDriver round trip is counted): a MutationObserver notes the last
//! change under the page host (for a drawer: inside the drawer's content,
//! not its sliding frame); note `performance.now()`, click the item, then at
//! every animation frame check whether the page is ready — no `useRemote`
//! load in flight (`window.__guanbiaoPendingLoads`, see
//! `ui/src/hooks/pendingLoads.ts`), the page's own data element present
//! (e.g. a row of its table), no spinner or skeleton left in it — and has
//! not changed for 150 ms. The figure is when the first frame after the last
//! change was painted (a message posted from a frame callback is handled
//! after that frame's rendering). A component that loads only once its
//! parent's data came, or a table that renders its rows in a second pass,
//! is counted to its last change.
//!
//! More columns tell where the time goes: "点击处理", until React has
//! rendered the click (the new page's loads are sent by then); "数据到达",
//! until the last load of the visit settled
//! (`window.__guanbiaoLoadSettledAt`); "数据就绪", the first frame with the
//! data in the DOM. `$GUANBIAO_BENCH_ROUNDS` sets the rounds,
//! `$GUANBIAO_BENCH_PROJECTS` (`demo`, `scale10`) the projects.

use std::time::{Duration, Instant};

use guanbiao_e2e::app::{cli_binary, release_binary};
use guanbiao_e2e::demo::cli_demo;
use guanbiao_e2e::measure::{descendants, median, mib, rss_kib, rss_split_kib, worst};
use guanbiao_e2e::App;
use serde_json::json;

/// Rounds over every page: `$GUANBIAO_BENCH_ROUNDS`, else 3.
fn rounds() -> usize {
    std::env::var("GUANBIAO_BENCH_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or(3)
}

/// Documents and audits opened.
const OPENS: usize = 5;
/// The targets of issue 17: median and worst per page or opening.
const TARGET_MEDIAN_MS: f64 = 150.0;
const TARGET_WORST_MS: f64 = 300.0;
/// Settled: the DOM unchanged for this long (issue 17).
const QUIET_MS: u32 = 150;
/// Where a page visit's changes count: the page host (not the menu).
const CONTENT: &str = ".app-content";

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

/// Clicks `arguments[0]` and answers how long until the page settled
/// (issue 17): the DOM under `arguments[4]` (the page host, or the whole
/// document for a drawer) has not changed for `QUIET_MS`, while
/// `arguments[1]` (a scope) holds every selector of `arguments[2]` and
/// nothing of `arguments[3]` (no spinner), with no load in flight. The
/// figure is when the frame after the last change was painted.
const MEASURE: &str = r#"
const [click, scope, data, busy, watch, quiet, timeout] = arguments;
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
// Changes count inside `watch` (and the one that brings it in): not a
// drawer's sliding frame or the menu's highlight.
const inside = (n) => n.nodeType === 1 ? !!n.closest(watch) : !!n.parentElement && !!n.parentElement.closest(watch);
const counts = (r) => inside(r.target) || Array.from(r.addedNodes).some(n => n.nodeType === 1 && (n.matches(watch) || !!n.querySelector(watch)));
let last = null, mutations = 0, firstReady = null;
const observer = new MutationObserver((records) => {
  const n = records.filter(counts).length;
  if (n > 0) { mutations += n; last = performance.now(); }
});
observer.observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
// A frame is painted once a message posted from its frame callback arrives.
const paints = [];
const paint = new MessageChannel();
paint.port1.onmessage = () => { paints.push(performance.now()); };
const settledBefore = window.__guanbiaoLoadSettledAt;
const t0 = performance.now();
target.click();
let handled = null;
queueMicrotask(() => { handled = performance.now() - t0; });
const tick = () => {
  const now = performance.now();
  paint.port2.postMessage(0);
  if (ready()) {
    if (firstReady === null) firstReady = now - t0;
    const changed = last === null ? t0 : last;
    const painted = paints.find(p => p >= changed);
    if (now - changed >= quiet && painted !== undefined) {
      observer.disconnect();
      const settled = window.__guanbiaoLoadSettledAt;
      const elements = document.querySelector(scope).getElementsByTagName("*").length;
      done({ms: painted - t0, click_ms: handled, dom_ms: firstReady, data_ms: settled !== settledBefore && settled > t0 ? settled - t0 : null, elements, mutations});
      return;
    }
  } else {
    firstReady = null;
  }
  if (now - t0 > timeout) { observer.disconnect(); done({error: "超时", state: state()}); return; }
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

/// One timed visit, in ms from the click: until the data was on screen;
/// until React had rendered the click (the new page's loads started); and,
/// when a load settled in it, until the last one did.
#[derive(Clone, Copy)]
struct Visit {
    ms: f64,
    click_ms: f64,
    data_ms: Option<f64>,
    /// Until the first frame that found the data in the DOM (no spinner,
    /// no load in flight); the figure waits on until nothing changes.
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

const HEADING: &str = " 中位数   最差   首次  点击处理  数据到达  数据就绪   元素";

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

/// Clicks `click` and times until `scope` shows `data` and nothing under
/// `watch` changed for `QUIET_MS` (see `MEASURE`).
fn measure(app: &App, what: &str, click: &str, scope: &str, watch: &str, data: &[&str]) -> Visit {
    settle(app);
    let v = app
        .session
        .execute_async(
            MEASURE,
            json!([click, scope, data, BUSY, watch, QUIET_MS, 20000]),
        )
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

fn flag(f: &Figures) -> &'static str {
    if f.median > TARGET_MEDIAN_MS || f.worst > TARGET_WORST_MS {
        "  ← 超过目标"
    } else {
        ""
    }
}

/// Waits until the app has loaded every page's code after start
/// (`window.__guanbiaoPagesPreloaded`); the time since the project was shown.
/// For a build that does not say (an older commit, for a comparison), 10 s
/// are waited instead: `None`.
fn wait_preloaded(app: &App) -> Option<Duration> {
    let t0 = Instant::now();
    while t0.elapsed() < Duration::from_secs(60) {
        let said = app
            .session
            .execute("return window.__guanbiaoPagesPreloaded ?? null;", json!([]))
            .unwrap_or_default();
        match said {
            serde_json::Value::Bool(true) => return Some(t0.elapsed()),
            serde_json::Value::Null if t0.elapsed() > Duration::from_secs(10) => return None,
            _ => std::thread::sleep(Duration::from_millis(100)),
        }
    }
    panic!("the app did not load its pages' code within 60 s after start");
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
            let watch = if scope == PAGE { CONTENT } else { scope };
            let v = measure(
                app,
                what,
                &format!("[data-testid={id}]"),
                scope,
                watch,
                data,
            );
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

/// What one project's run measured.
struct Run {
    /// "已生成示例项目：…（counts）": the counts.
    counts: String,
    pages: Vec<Vec<Visit>>,
    opens: Vec<(&'static str, Vec<Visit>)>,
    at_start: Vec<(u32, String, u64)>,
    after_pages: Vec<(u32, String, u64)>,
    /// `after_pages` split into anonymous, file-backed and shared memory.
    after_split: Vec<[u64; 3]>,
    per_round: Vec<(f64, u64)>,
    load: (String, String),
    /// From the project shown until every page's code was loaded (`None`: a
    /// build that does not say).
    preloaded: Option<Duration>,
}

/// Starts the app on a demo made with `demo_args`, visits every page
/// `rounds` times, then opens documents, audits and a person's history.
fn run(demo_args: &[&str], rounds: usize) -> Run {
    // The app opens `projects/贯标项目.gbproj` on a first start: make it the demo.
    let data = tempfile::tempdir().unwrap();
    let project = data.path().join("projects").join("贯标项目.gbproj");
    let made = cli_demo(&cli_binary(), &project, demo_args);
    // "已生成示例项目：PATH（80 个部门，…）": the counts, without the temporary path.
    let counts = made
        .lines()
        .next()
        .and_then(|l| Some(l[l.find('（')?..l.find('）')? + '）'.len_utf8()].to_string()))
        .unwrap_or_default();
    let app = App::start(data.path());
    let s = &app.session;
    s.wait_present("[data-testid=project-title]", Duration::from_secs(30))
        .unwrap();
    // The start page is the one last shown: begin on 概览, so that the round
    // (企业信息 … 备份与恢复, 概览) makes every visit a change of page.
    s.click_css(&nav("overview")).unwrap();
    settle(&app);
    // 1.5 s after start the app loads every page's code in the background
    // (layout/pageViews.ts): the rounds begin once it has, as a user's first
    // click a few seconds after opening a project would, not beside it.
    let preloaded = wait_preloaded(&app);
    std::thread::sleep(Duration::from_secs(1));
    let at_start = memory(&app);

    let load_before = load();
    let order: Vec<usize> = (1..PAGES.len()).chain([0]).collect();
    let mut pages: Vec<Vec<Visit>> = vec![Vec::new(); PAGES.len()];
    let mut per_round = Vec::new();
    for _ in 0..rounds {
        let mut round = Vec::new();
        for &i in &order {
            let (key, label, data) = PAGES[i];
            let v = measure(&app, label, &nav(key), PAGE, CONTENT, data);
            round.push(v.ms);
            pages[i].push(v);
        }
        let total: u64 = memory(&app).iter().map(|(_, _, k)| k).sum();
        per_round.push((median(&round), total));
    }
    let after_pages = memory(&app);
    let after_split = after_pages
        .iter()
        .map(|(p, _, _)| rss_split_kib(*p))
        .collect();

    // A document's drawer, from the register (体系文件 → 文件清单).
    s.click_css(&nav("documents")).unwrap();
    settle(&app);
    let close_drawer = |app: &App| {
        // As the window tests do: let the drawer finish sliding in, close
        // it, and wait until it has gone (its closing animation too).
        std::thread::sleep(Duration::from_millis(700));
        app.session
            .click_css(".ant-drawer-open .ant-drawer-close")
            .unwrap();
        gone(app, ".ant-drawer-open");
        std::thread::sleep(Duration::from_millis(500));
    };
    let documents = opens(
        &app,
        "打开文件",
        "document-open-",
        "[data-testid=document-drawer]",
        &["[data-testid=revision-preview] > *"],
        close_drawer,
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
    // A person's change history (人员 → 变更记录).
    s.click_css(&nav("people")).unwrap();
    settle(&app);
    let history = opens(
        &app,
        "人员变更记录",
        "history-person-",
        "[data-testid=record-history]",
        &["[data-testid=change-entry]"],
        close_drawer,
    );
    Run {
        counts,
        pages,
        opens: vec![
            ("打开文件（体系文件 → 文件抽屉，正文显示）", documents),
            ("打开审核（内部审核 → 审核详情，检查表显示）", audits),
            ("人员变更记录（人员 → 变更记录抽屉）", history),
        ],
        at_start,
        after_pages,
        after_split,
        preloaded,
        per_round,
        load: (load_before, load()),
    }
}

fn report(name: &str, r: &Run, rounds: usize) {
    println!();
    println!("== {name}{} ==", r.counts);
    println!(
        "从点击到页面稳定（ms，{rounds} 轮；数据已显示、无加载中、DOM {QUIET_MS} ms 不变；目标 中位数 ≤ {TARGET_MEDIAN_MS:.0}、最差 ≤ {TARGET_WORST_MS:.0}）"
    );
    println!("点击处理：React 渲染完这次点击；数据到达：最后一个读取返回；数据就绪：数据首次出现在 DOM；均为中位数；元素：页面的 DOM 元素数");
    println!("{HEADING}  页面");
    let mut all = Vec::new();
    let mut over = Vec::new();
    for ((key, label, _), v) in PAGES.iter().zip(&r.pages) {
        let f = Figures::of(v);
        all.extend(v.iter().copied());
        if !flag(&f).is_empty() {
            over.push(label.to_string());
        }
        println!("{}  {label}（{key}）{}", f.columns(), flag(&f));
    }
    let f = Figures::of(&all);
    println!(
        "全部页面（{} 次）：中位数 {:.0} ms，最差 {:.0} ms",
        all.len(),
        f.median,
        f.worst
    );
    println!("{HEADING}  打开（{OPENS} 次）");
    for (what, v) in &r.opens {
        let f = Figures::of(v);
        if !flag(&f).is_empty() {
            over.push(what.split('（').next().unwrap_or(what).to_string());
        }
        println!("{}  {what}{}", f.columns(), flag(&f));
    }
    if over.is_empty() {
        println!("全部达到目标。");
    } else {
        println!("超过目标：{}", over.join("、"));
    }
    println!(
        "机器负载（1 分钟平均）：开始 {}，结束 {}",
        r.load.0, r.load.1
    );
    match r.preloaded {
        Some(w) => println!(
            "打开项目后各页代码载入完成：{} ms（之后才开始计时）",
            w.as_millis()
        ),
        None => println!("此构建不报告各页代码载入（等待 10 s 后开始计时）"),
    }
    println!("常驻内存（MiB）：启动后 → 访问全部页面 {rounds} 轮后（目标：WebKitWebProcess ≤ 300，应用进程 ≤ 120）");
    let mut totals = (0, 0);
    for ((pid, name, after), [anon, file, shmem]) in r.after_pages.iter().zip(&r.after_split) {
        let before = r
            .at_start
            .iter()
            .find(|(p, _, _)| p == pid)
            .map_or(0, |(_, _, k)| *k);
        totals.0 += before;
        totals.1 += after;
        println!(
            "  {:7.1} → {:7.1}  {name}（匿名 {:.0}，文件 {:.0}，共享 {:.0}）",
            mib(before),
            mib(*after),
            mib(*anon),
            mib(*file),
            mib(*shmem)
        );
    }
    println!("  {:7.1} → {:7.1}  合计", mib(totals.0), mib(totals.1));
    // Whether the figures drift as the window is used: each round's median
    // visit and the memory after it.
    println!(
        "每轮之后（中位数 / 合计内存）：{}",
        r.per_round
            .iter()
            .map(|(ms, k)| format!("{ms:.0} ms / {:.0} MiB", mib(*k)))
            .collect::<Vec<_>>()
            .join("，")
    );
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
    let rounds = rounds();
    let binary = if bin == release_binary("guanbiao") {
        "release 构建".to_string()
    } else {
        format!("应用 {}", bin.display())
    };
    println!(
        "贯标助手 页面基准（{} 核，{binary}，示例项目与 --scale 10 示例项目，各 {rounds} 轮）",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0)
    );
    // `$GUANBIAO_BENCH_PROJECTS`: `demo`, `scale10` or both (the default).
    let which = std::env::var("GUANBIAO_BENCH_PROJECTS").unwrap_or_default();
    let projects: &[(&str, &str, &[&str])] = &[
        ("demo", "示例项目", &[]),
        ("scale10", "--scale 10 示例项目", &["--scale", "10"]),
    ];
    let runs: Vec<(&str, Run)> = projects
        .iter()
        .filter(|(key, _, _)| which.is_empty() || which.split(',').any(|w| w == *key))
        .map(|(_, name, args)| (*name, run(args, rounds)))
        .collect();
    for (name, r) in &runs {
        report(name, r, rounds);
    }
    // One line per page for README's table: median / worst of each project.
    println!();
    println!(
        "汇总（中位数 / 最差 ms）：页面 | {}",
        runs.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(" | ")
    );
    let line = |label: &str, figures: Vec<Figures>| {
        println!(
            "  {label} | {}",
            figures
                .iter()
                .map(|f| format!("{:.0} / {:.0}", f.median, f.worst))
                .collect::<Vec<_>>()
                .join(" | ")
        );
    };
    for (i, (_, label, _)) in PAGES.iter().enumerate() {
        line(
            label,
            runs.iter().map(|(_, r)| Figures::of(&r.pages[i])).collect(),
        );
    }
    for i in 0..3 {
        let what = runs.first().map_or("", |(_, r)| r.opens[i].0);
        line(
            what.split('（').next().unwrap_or(what),
            runs.iter()
                .map(|(_, r)| Figures::of(&r.opens[i].1))
                .collect(),
        );
    }
}
