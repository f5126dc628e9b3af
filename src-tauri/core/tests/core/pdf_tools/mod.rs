//! The reader's tools (poppler-utils, qpdf) as test helpers for the PDF
//! and package export tests.

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
    let line = fonts[0];
    let cols: Vec<&str> = line.split_whitespace().collect();
    let name = cols[0];
    let (tag, family) = name.split_once('+').expect("subset prefix");
    assert!(
        tag.len() == 6 && tag.chars().all(|c| c.is_ascii_uppercase()),
        "{name}"
    );
    assert!(family.starts_with("NotoSansSC"), "{name}");
    // name, type (may be several words), encoding, emb, sub, uni, object, gen
    let n = cols.len();
    assert_eq!(
        &cols[n - 5..n - 2],
        &["yes", "yes", "yes"],
        "emb sub uni: {line}"
    );
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

/// A page rendered in grey levels by pdftoppm (portable graymap).
pub struct Gray {
    pub width: usize,
    pub height: usize,
    pub pixels: Vec<u8>,
}

impl Gray {
    /// Pixels in `lo..=hi` inside the central third of the page.
    pub fn count_central(&self, lo: u8, hi: u8) -> usize {
        let (x0, x1) = (self.width / 3, 2 * self.width / 3);
        let (y0, y1) = (self.height / 3, 2 * self.height / 3);
        (y0..y1)
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|(x, y)| (lo..=hi).contains(&self.pixels[y * self.width + x]))
            .count()
    }

    /// Dark pixels (< 128).
    pub fn dark(&self) -> usize {
        self.pixels.iter().filter(|&&v| v < 128).count()
    }
}

/// Page `page` rendered in grey by pdftoppm at `dpi`.
pub fn render(file: &Path, page: usize, dpi: u32) -> Gray {
    let (width, height, pixels) = render_pnm(file, page, dpi, true);
    Gray {
        width,
        height,
        pixels,
    }
}

/// Page `page` rendered in colour at `dpi`: width, height, RGB bytes.
pub fn render_rgb(file: &Path, page: usize, dpi: u32) -> (usize, usize, Vec<u8>) {
    render_pnm(file, page, dpi, false)
}

fn render_pnm(file: &Path, page: usize, dpi: u32, gray: bool) -> (usize, usize, Vec<u8>) {
    let p = page.to_string();
    let mut cmd = Command::new("pdftoppm");
    cmd.args(["-r", &dpi.to_string(), "-f", &p, "-l", &p]);
    if gray {
        cmd.arg("-gray");
    }
    let out = cmd.arg(file).output().expect("pdftoppm (poppler-utils)");
    assert!(out.status.success());
    parse_pnm(&out.stdout, if gray { ("P5", 1) } else { ("P6", 3) })
}

/// Binary PGM/PPM: magic, width, height, maxval, one whitespace, then the
/// pixels (`channels` bytes each).
fn parse_pnm(bytes: &[u8], (magic, channels): (&str, usize)) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(std::str::from_utf8(&bytes[start..i]).unwrap().to_string());
    }
    assert_eq!(fields[0], magic);
    let (width, height): (usize, usize) = (fields[1].parse().unwrap(), fields[2].parse().unwrap());
    let pixels = bytes[i + 1..].to_vec();
    assert_eq!(pixels.len(), width * height * channels);
    (width, height, pixels)
}

/// Dark pixels (< 128) on a page rendered in grey at `dpi`.
pub fn dark_pixels(file: &Path, page: usize, dpi: u32) -> usize {
    render(file, page, dpi).dark()
}

/// The text of page `page`.
pub fn page_text(file: &Path, page: usize) -> String {
    pages_text(file, page, page, false)
}

pub fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}
