//! The document-text grammar, pinned between Rust and TypeScript: each
//! `tests/fixtures/doctext/NAME.txt` has a `NAME.json` beside it with what
//! `doctext::parse` and `doctext::placeholders` make of it, and
//! `ui/src/doctext/fixtures.test.ts` holds the TypeScript reader to the
//! same files. Rust is the reference (it renders the PDFs):
//! `UPDATE_FIXTURES=1 cargo test -p guanbiao-core --test core doctext_fixtures`
//! rewrites the expectations from it; review the diff before committing.

use std::path::{Path, PathBuf};

use guanbiao_core::doctext::{self, Block, TextProblem};
use serde::{Deserialize, Serialize};

/// What the two readers must agree on for one input.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Expected {
    blocks: Vec<Block>,
    /// From `parse`: ragged tables.
    problems: Vec<TextProblem>,
    placeholders: Vec<Found>,
    /// From `placeholders`: unclosed and unknown ones.
    placeholder_problems: Vec<TextProblem>,
}

#[derive(Debug, PartialEq, Serialize, Deserialize)]
struct Found {
    line: u32,
    name: String,
}

fn read(text: &str) -> Expected {
    let (blocks, problems) = doctext::parse(text);
    let (found, placeholder_problems) = doctext::placeholders(text);
    Expected {
        blocks,
        problems,
        placeholders: found
            .into_iter()
            .map(|(line, name)| Found { line, name })
            .collect(),
        placeholder_problems,
    }
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/doctext")
}

fn names(dir: &Path, ext: &str) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == ext))
        .map(|p| p.file_stem().unwrap().to_string_lossy().to_string())
        .collect();
    v.sort();
    v
}

/// Invisible characters escaped (`\u3000`, `\ufeff`…), so the JSON can be
/// reviewed by eye; the same strings once parsed.
fn visible(json: &str) -> String {
    json.chars()
        .map(|c| {
            let hidden = (c.is_whitespace() || c.is_control()) && !c.is_ascii()
                || matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}');
            if hidden {
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[test]
fn rust_reads_every_fixture_as_expected() {
    let dir = fixtures();
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let inputs = names(&dir, "txt");
    assert!(inputs.len() >= 10, "fixtures missing: {inputs:?}");
    let mut wrong = Vec::new();
    for name in &inputs {
        let text = std::fs::read_to_string(dir.join(format!("{name}.txt"))).unwrap();
        let got = read(&text);
        let path = dir.join(format!("{name}.json"));
        if update {
            let json = visible(&serde_json::to_string_pretty(&got).unwrap()) + "\n";
            std::fs::write(&path, json).unwrap();
            continue;
        }
        let want: Option<Expected> = std::fs::read_to_string(&path)
            .ok()
            .and_then(|s| serde_json::from_str(&s).ok());
        if want.as_ref() != Some(&got) {
            wrong.push(name.clone());
        }
    }
    // Every expectation has its input.
    for name in names(&dir, "json") {
        if !inputs.contains(&name) {
            wrong.push(format!("{name}.json (no {name}.txt)"));
        }
    }
    assert!(
        wrong.is_empty(),
        "doctext fixtures differ from the Rust reader: {wrong:?}. If the change is intended, run `UPDATE_FIXTURES=1 cargo test -p guanbiao-core --test core doctext_fixtures`, review and commit the JSON."
    );
}
