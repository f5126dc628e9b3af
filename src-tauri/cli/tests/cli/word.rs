//! `export-document … --format docx`, `export-compilation --format docx`
//! and `import-document`: a document out to Word and back as a new draft,
//! the difference shown first, a second draft refused, an enterprise's own
//! document registered as new.

use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Output;

use guanbiao_core::export::rewrite_parts;

use crate::common::{cli, demo, ok};

const OLD: &str = "保证体系文件的完整、协调和受控。";
const NEW: &str = "保证体系文件完整、协调、受控。";

fn run(file: &Path, args: &[&str], docx: Option<&Path>) -> Output {
    let mut c = cli();
    c.arg(args[0]).arg(file).args(&args[1..]);
    if let Some(d) = docx {
        c.arg(d);
    }
    c.output().unwrap()
}

/// The .docx with `from` replaced by `to` in its document part.
fn edited(docx: &[u8], from: &str, to: &str) -> Vec<u8> {
    rewrite_parts(docx, |name, xml| {
        (name == "word/document.xml").then(|| {
            assert!(xml.contains(from));
            xml.replace(from, to)
        })
    })
    .unwrap()
}

#[test]
fn word_out_and_back_as_a_new_draft() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let out = dir.path().join("p01.docx");
    let path = out.to_str().unwrap();
    let text = ok(run(
        &file,
        &[
            "export-document",
            "--code",
            "IP-CX-01",
            "--format",
            "docx",
            "--out",
            path,
        ],
        None,
    ));
    assert!(text.contains("已导出 IP-CX-01（文件控制程序）"), "{text}");
    let bytes = std::fs::read(&out).unwrap();
    assert!(bytes.starts_with(b"PK"));
    let changed = dir.path().join("changed.docx");
    std::fs::write(&changed, edited(&bytes, OLD, NEW)).unwrap();

    // --dry-run: the difference, nothing saved.
    let args = ["import-document", "--code", "IP-CX-01"];
    let shown = ok(run(
        &file,
        &[&args[..], &["--dry-run"]].concat(),
        Some(&changed),
    ));
    assert!(shown.contains("+ ") && shown.contains(NEW), "{shown}");
    assert!(shown.contains("- ") && shown.contains(OLD), "{shown}");
    assert!(
        shown.contains("未保存（--dry-run）；保存时将保存为新草稿 A/1"),
        "{shown}"
    );

    // Saved as the new draft A/1, reported in JSON too.
    let saved = ok(run(
        &file,
        &[&args[..], &["--json"]].concat(),
        Some(&changed),
    ));
    let v: serde_json::Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(v["saved"], "A/1");
    assert_eq!(v["unsupported"], serde_json::json!([]));
    let changes: Vec<&serde_json::Value> = v["diff"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["op"] != "same")
        .collect();
    assert_eq!(changes.len(), 2, "{changes:?}");

    // The first export again would overwrite that draft: refused.
    let refused = run(&file, &args, Some(&out));
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(err.contains("已有草稿 A/1"), "{err}");

    // The draft itself goes out to Word marked as a draft.
    let draft = dir.path().join("draft.docx");
    ok(run(
        &file,
        &[
            "export-document",
            "--code",
            "IP-CX-01",
            "--draft",
            "--format",
            "docx",
            "--out",
            draft.to_str().unwrap(),
        ],
        None,
    ));
    let draft = std::fs::read(&draft).unwrap();
    let mut zip = zip::ZipArchive::new(Cursor::new(draft)).unwrap();
    let mut header = String::new();
    zip.by_name("word/header1.xml")
        .unwrap()
        .read_to_string(&mut header)
        .unwrap();
    assert!(
        header.contains("A/1") && header.contains("草稿（非受控）"),
        "{header}"
    );
}

#[test]
fn an_enterprise_document_registered_as_new() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let out = dir.path().join("p02.docx");
    ok(run(
        &file,
        &[
            "export-document",
            "--code",
            "IP-CX-02",
            "--format",
            "docx",
            "--out",
            out.to_str().unwrap(),
        ],
        None,
    ));
    let text = ok(run(
        &file,
        &[
            "import-document",
            "--new",
            "--type",
            "rule",
            "--title",
            "专利管理办法",
            "--clause",
            "4.2.2",
        ],
        Some(&out),
    ));
    assert!(
        text.contains("已登记新文件 IP-ZD-01（专利管理办法）"),
        "{text}"
    );
    // --new needs a type and a title.
    let e = run(&file, &["import-document", "--new"], Some(&out));
    assert!(!e.status.success());
}

#[test]
fn every_published_document_and_the_volume_as_word_files() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let folder = dir.path().join("docx");
    let text = ok(run(
        &file,
        &[
            "export-document",
            "--all",
            "--format",
            "docx",
            "--out",
            folder.to_str().unwrap(),
        ],
        None,
    ));
    assert!(text.contains("已导出 94 份 Word 文件"), "{text}");
    assert!(folder.join("IP-SC-01 知识产权手册.docx").exists());
    let volume = dir.path().join("汇编.docx");
    let text = ok(run(
        &file,
        &[
            "export-compilation",
            "--format",
            "docx",
            "--out",
            volume.to_str().unwrap(),
        ],
        None,
    ));
    assert!(text.contains("已导出体系文件汇编"), "{text}");
    assert!(std::fs::read(&volume).unwrap().starts_with(b"PK"));
}
