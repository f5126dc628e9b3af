//! The reader's tools (poppler-utils, qpdf) as test helpers for the
//! package export tests.

#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

/// Runs a tool on `file` and returns its standard output; fails the test
/// with a hint when the tool is missing.
pub fn tool(name: &str, args: &[&str], file: &Path) -> String {
    let out = Command::new(name)
        .args(args)
        .arg(file)
        .output()
        .unwrap_or_else(|e| panic!("{name} not found ({e}): run `bash scripts/setup.sh test`"));
    assert!(
        out.status.success(),
        "{name} {args:?} failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn text_of(file: &Path) -> String {
    pages_text(file, 1, 100_000, false)
}

/// The text of pages `from..=to`, with `-layout` when `layout`.
pub fn pages_text(file: &Path, from: usize, to: usize, layout: bool) -> String {
    let mut cmd = Command::new("pdftotext");
    if layout {
        cmd.arg("-layout");
    }
    let out = cmd
        .args(["-f", &from.to_string(), "-l", &to.to_string()])
        .arg(file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

pub fn page_count(file: &Path) -> usize {
    tool("pdfinfo", &[], file)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("pdfinfo prints Pages:")
}

pub fn assert_valid(file: &Path) {
    let check = tool("qpdf", &["--check"], file);
    assert!(
        check.contains("No syntax or stream encoding errors"),
        "{}: {check}",
        file.display()
    );
}

/// `pdffonts`: one font, embedded, subset (ABCDEF+ prefix), with a Unicode map.
pub fn assert_fonts_subset(file: &Path) {
    let out = tool("pdffonts", &[], file);
    let fonts: Vec<&str> = out
        .lines()
        .skip(2)
        .filter(|l| !l.trim().is_empty())
        .collect();
    assert_eq!(fonts.len(), 1, "one font: {out}");
    let cols: Vec<&str> = fonts[0].split_whitespace().collect();
    let (tag, family) = cols[0].split_once('+').expect("subset prefix");
    assert!(tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()));
    assert!(family.starts_with("NotoSansSC"), "{}", cols[0]);
    let n = cols.len();
    assert_eq!(&cols[n - 5..n - 2], &["yes", "yes", "yes"], "emb sub uni");
}

/// The outline as (depth, title, page) in reading order, from `qpdf --json`.
pub fn outline(file: &Path) -> Vec<(usize, String, usize)> {
    let json: serde_json::Value =
        serde_json::from_str(&tool("qpdf", &["--json", "--json-key=outlines"], file)).unwrap();
    fn walk(v: &serde_json::Value, depth: usize, out: &mut Vec<(usize, String, usize)>) {
        for o in v.as_array().unwrap() {
            out.push((
                depth,
                o["title"].as_str().unwrap().to_string(),
                o["destpageposfrom1"].as_u64().unwrap() as usize,
            ));
            walk(&o["kids"], depth + 1, out);
        }
    }
    let mut out = Vec::new();
    walk(&json["outlines"], 0, &mut out);
    out
}

/// Dark pixels (< 128) on a page rendered in grey by pdftoppm at `dpi`.
pub fn dark_pixels(file: &Path, page: usize, dpi: u32) -> usize {
    let p = page.to_string();
    let out = Command::new("pdftoppm")
        .args(["-r", &dpi.to_string(), "-gray", "-f", &p, "-l", &p])
        .arg(file)
        .output()
        .expect("pdftoppm (poppler-utils)");
    assert!(out.status.success());
    // Binary PGM on stdout: "P5", width, height, maxval, one whitespace, pixels.
    let bytes = out.stdout;
    let mut i = 0;
    let mut fields = 0;
    while fields < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields += 1;
    }
    bytes[i + 1..].iter().filter(|&&v| v < 128).count()
}

pub fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
