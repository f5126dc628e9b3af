//! Prints the foundation's figures (a benchmark, not a test):
//! cold start of the release app to its first answered command, resident
//! memory of the app and its WebKit processes after start, and demo creation
//! time at scale 1 and 10. Run it through `scripts/bench.sh` (Xvfb, release builds).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use guanbiao_e2e::app::release_binary;
use guanbiao_e2e::demo::cli_demo;
use guanbiao_e2e::measure::{descendants, median, mib, rss_kib};

fn startup_once(app: &Path) -> (f64, u64, Vec<(String, u64)>) {
    let data = tempfile::tempdir().unwrap();
    let t = Instant::now();
    let mut child = Command::new(app)
        .env("GUANBIAO_DATA_DIR", data.path())
        .env("GUANBIAO_STARTUP_PROBE", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("release app starts");
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut ms = f64::NAN;
    for line in lines.by_ref() {
        if line.unwrap_or_default().contains("guanbiao:first-command") {
            ms = t.elapsed().as_secs_f64() * 1000.0;
            break;
        }
        if t.elapsed() > Duration::from_secs(30) {
            break;
        }
    }
    // Let the UI settle before reading memory.
    std::thread::sleep(Duration::from_secs(2));
    let pid = child.id();
    let app_rss = rss_kib(pid);
    let kids: Vec<(String, u64)> = descendants(pid)
        .into_iter()
        .map(|(p, n)| (n, rss_kib(p)))
        .collect();
    let _ = child.kill();
    let _ = child.wait();
    (ms, app_rss, kids)
}

fn main() {
    let app = release_binary("guanbiao");
    let cli = release_binary("guanbiao-cli");
    assert!(
        app.exists() && cli.exists(),
        "build first: cargo build --release -p guanbiao -p guanbiao-cli"
    );
    assert!(std::env::var_os("DISPLAY").is_some(), "run under xvfb-run");
    let runs = 5;

    println!(
        "贯标助手 基准数据（{} 核，release 构建）",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0)
    );
    let mut times = Vec::new();
    let mut last = (0, Vec::new());
    for _ in 0..runs {
        let (ms, rss, kids) = startup_once(&app);
        times.push(ms);
        last = (rss, kids);
    }
    println!(
        "冷启动到首个命令应答：中位数 {:.0} ms（{runs} 次：{:?}；目标 ≤ 1000 ms）",
        median(&times),
        times.iter().map(|t| t.round() as i64).collect::<Vec<_>>()
    );
    let (rss, kids) = last;
    let mut total = rss;
    println!("常驻内存：应用进程 {:.1} MiB", mib(rss));
    for (name, k) in &kids {
        total += k;
        println!("          {name} {:.1} MiB", mib(*k));
    }
    println!("          合计 {:.1} MiB", mib(total));

    {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("docs.gbproj");
        cli_demo(&cli, &file, &["--without-documents"]);
        let t = Instant::now();
        let out = Command::new(&cli)
            .arg("documents")
            .arg(&file)
            .output()
            .unwrap();
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        println!(
            "整套体系文件生成（示例企业，含进程启动）：{ms:.0} ms（目标 < 1000 ms）；{}",
            String::from_utf8_lossy(&out.stdout)
                .lines()
                .next()
                .unwrap_or_default()
        );
    }
    for scale in [1, 10] {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("demo.gbproj");
        let t = Instant::now();
        cli_demo(&cli, &file, &["--scale", &scale.to_string()]);
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
        println!(
            "示例项目生成（--scale {scale}）：{ms:.0} ms，文件 {:.0} KiB",
            size as f64 / 1024.0
        );
    }
}
