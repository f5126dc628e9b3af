//! Export figures: the application package of the demo enterprise and of a
//! `--scale 10` project (wall time, peak memory of the export process,
//! sizes), and, for comparison with what enterprises do today, the same
//! application text written as HTML and converted by
//! `libreoffice --headless --convert-to pdf` in the same run. Run it
//! through `scripts/bench.sh` (release builds).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use guanbiao_e2e::app::release_binary;
use guanbiao_e2e::demo::cli_demo;

/// Runs a command to completion: (wall ms, peak resident KiB, stdout).
/// The child is reaped by `wait4`, which also gives its own peak memory.
#[allow(clippy::zombie_processes)]
fn measure(cmd: &mut Command) -> (f64, u64, String) {
    let t = Instant::now();
    let child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let pid = child.id() as libc::pid_t;
    let mut out = String::new();
    let mut err = String::new();
    use std::io::Read;
    let (mut so, mut se) = (child.stdout.unwrap(), child.stderr.unwrap());
    let reader = std::thread::spawn(move || {
        let mut e = String::new();
        se.read_to_string(&mut e).ok();
        e
    });
    so.read_to_string(&mut out).ok();
    err.push_str(&reader.join().unwrap());
    let mut status = 0;
    // SAFETY: plain FFI call with valid out-pointers; the child is ours.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let ms = t.elapsed().as_secs_f64() * 1000.0;
    assert!(
        r == pid && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "{cmd:?} failed: {out}{err}"
    );
    (ms, usage.ru_maxrss as u64, out)
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / 1048576.0
}

/// The application text as simple HTML: section titles as headings, lines
/// as paragraphs, one page after another (what a Word/HTML workflow holds).
fn html_of(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-layout"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout);
    let mut html = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>申报材料</title>\
         <style>body{font-family:'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif;font-size:10.5pt}\
         p{margin:0.2em 0;white-space:pre-wrap}</style></head><body>\n",
    );
    for page in text.split('\u{c}') {
        for line in page.lines().filter(|l| !l.trim().is_empty()) {
            let esc = line
                .replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;");
            let t = esc.trim();
            if t.contains('、') && t.chars().count() < 24 && !t.contains("  ") {
                html += &format!("<h2>{t}</h2>\n");
            } else {
                html += &format!("<p>{esc}</p>\n");
            }
        }
        html += "<div style=\"page-break-after:always\"></div>\n";
    }
    html + "</body></html>\n"
}

fn main() {
    // GUANBIAO_CLI: a copy of the binary (the target folder may be shared).
    let cli = std::env::var_os("GUANBIAO_CLI")
        .map(PathBuf::from)
        .unwrap_or_else(|| release_binary("guanbiao-cli"));
    assert!(
        cli.exists(),
        "build first: cargo build --release -p guanbiao-cli"
    );
    println!("申报材料包导出 基准数据（release 构建）");
    let mut demo_pdf: Option<(PathBuf, f64, u64)> = None;
    let dir = tempfile::tempdir().unwrap();
    // The default package (documents in the 汇编), the scaled project, and
    // the demo again with every document also as its own PDF.
    for (scale, separate) in [(1usize, false), (10, false), (1, true)] {
        let file = dir.path().join(format!("demo{scale}-{separate}.gbproj"));
        cli_demo(&cli, &file, &["--force", "--scale", &scale.to_string()]);
        let out_dir = dir.path().join(format!("out{scale}-{separate}"));
        let mut export = Command::new(&cli);
        export.args(["export", "--quiet"]);
        if separate {
            export.arg("--separate-documents");
        }
        let (ms, peak_kib, stdout) = measure(export.arg("--out").arg(&out_dir).arg(&file));
        let mut zip = 0;
        let mut pdf = None;
        for e in std::fs::read_dir(&out_dir).unwrap().flatten() {
            let len = e.metadata().unwrap().len();
            match e.path().extension().and_then(|x| x.to_str()) {
                Some("zip") => zip = len,
                Some("pdf") => pdf = Some((e.path(), len)),
                _ => {}
            }
        }
        let (pdf, pdf_len) = pdf.expect("the application PDF");
        let target = match (scale, separate) {
            (1, false) => "≤ 1000 ms，≤ 3 MB",
            (1, true) => "另附每份文件的单独 PDF，无目标",
            _ => "≤ 10000 ms",
        };
        let label = if separate {
            " --separate-documents"
        } else {
            ""
        };
        println!(
            "--scale {scale}{label}：{ms:.0} ms（含进程启动；目标 {target}），峰值内存 {:.1} MiB，材料包 {:.2} MB，申报材料 PDF {:.0} KB",
            peak_kib as f64 / 1024.0,
            mib(zip),
            pdf_len as f64 / 1024.0
        );
        for l in stdout.lines() {
            println!("    {l}");
        }
        if scale == 1 && !separate {
            demo_pdf = Some((pdf, ms, pdf_len));
        }
    }

    let (pdf, package_ms, _) = demo_pdf.unwrap();
    // The same text as LibreOffice gets: the application PDF alone.
    let app_dir = dir.path().join("app-only");
    let (ours_ms, ours_kib, _) = measure(
        Command::new(&cli)
            .args(["export", "--pdf-only", "--out"])
            .arg(&app_dir)
            .arg(dir.path().join("demo1-false.gbproj")),
    );
    let ours_len = std::fs::read_dir(&app_dir)
        .unwrap()
        .flatten()
        .map(|e| e.metadata().unwrap().len())
        .sum::<u64>();
    println!(
        "申报材料 PDF 单独导出（--pdf-only，含进程启动）：{ours_ms:.0} ms，峰值内存 {:.1} MiB，{:.0} KB",
        ours_kib as f64 / 1024.0,
        ours_len as f64 / 1024.0
    );
    let html = dir.path().join("申报材料.html");
    std::fs::write(&html, html_of(&pdf)).unwrap();
    let lo = ["libreoffice", "soffice"]
        .into_iter()
        .find(|b| Command::new(b).arg("--version").output().is_ok());
    let Some(lo) = lo else {
        println!(
            "LibreOffice 未安装：跳过对比（scripts/bench.sh 会安装 libreoffice-writer-nogui）"
        );
        return;
    };
    // A fresh profile so a first-run setup is part of neither run.
    let profile = dir.path().join("lo-profile");
    let lo_out = dir.path().join("lo");
    let run = || {
        measure(
            Command::new(lo)
                .arg(format!(
                    "-env:UserInstallation=file://{}",
                    profile.display()
                ))
                .args(["--headless", "--convert-to", "pdf", "--outdir"])
                .arg(&lo_out)
                .arg(&html),
        )
    };
    let (first_ms, _, _) = run();
    let (lo_ms, lo_kib, _) = run();
    let lo_len = std::fs::metadata(lo_out.join("申报材料.pdf"))
        .unwrap()
        .len();
    println!(
        "LibreOffice 转换同一申报文本（HTML → PDF）：{lo_ms:.0} ms（首次 {first_ms:.0} ms），峰值内存 {:.1} MiB，PDF {:.0} KB",
        lo_kib as f64 / 1024.0,
        lo_len as f64 / 1024.0
    );
    println!(
        "对比同一申报文本：我们 {ours_ms:.0} ms，LibreOffice {lo_ms:.0} ms —— 快 {:.1} 倍；PDF {:.0} KB 对 {:.0} KB —— 小 {:.1} 倍（目标均 ≥ 10 倍）。整个材料包（默认内容）{package_ms:.0} ms",
        lo_ms / ours_ms,
        ours_len as f64 / 1024.0,
        lo_len as f64 / 1024.0,
        lo_len as f64 / ours_len as f64
    );
}
