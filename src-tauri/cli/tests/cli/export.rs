//! `guanbiao-cli export-document`: one document by code, every published
//! document into a folder, byte-identical output under SOURCE_DATE_EPOCH.

use std::path::Path;
use std::process::Output;

use crate::common::{cli, demo, ok};

fn export_one(file: &Path, code: &str, out: &Path) -> Output {
    cli()
        .args(["export-document"])
        .arg(file)
        .args(["--code", code, "--out"])
        .arg(out)
        .env("SOURCE_DATE_EPOCH", "1652832000")
        .output()
        .unwrap()
}

#[test]
fn one_document_by_code_is_reproducible() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let (a, b) = (dir.path().join("a.pdf"), dir.path().join("b.pdf"));
    let text = ok(export_one(&file, "IP-CX-01", &a));
    assert!(text.contains("已导出 IP-CX-01（文件控制程序）"), "{text}");
    ok(export_one(&file, "IP-CX-01", &b));
    let (x, y) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert!(x.starts_with(b"%PDF-"));
    assert!(x == y, "two exports of the same project differ");
    // The creation date is SOURCE_DATE_EPOCH (2022-05-18 00:00:00 UTC).
    let as_text = String::from_utf8_lossy(&x);
    assert!(as_text.contains("D:20220518000000"), "creation date");

    let out = export_one(&file, "IP-XX-99", &dir.path().join("c.pdf"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("没有编号为 IP-XX-99 的文件"));
    assert!(!dir.path().join("c.pdf").exists());
}

#[test]
fn all_published_documents_into_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let out_dir = dir.path().join("pdf");
    let text = ok(cli()
        .args(["export-document"])
        .arg(&file)
        .args(["--all", "--out"])
        .arg(&out_dir)
        .output()
        .unwrap());
    assert!(text.contains("已导出 94 份 PDF"), "{text}");
    let pdfs = std::fs::read_dir(&out_dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".pdf")
        })
        .count();
    assert_eq!(pdfs, 94);
    assert!(out_dir.join("IP-SC-01 知识产权手册.pdf").exists());

    // --code and --all together, or neither, are refused by the parser.
    let out = cli()
        .args(["export-document"])
        .arg(&file)
        .args(["--out"])
        .arg(&out_dir)
        .output()
        .unwrap();
    assert!(!out.status.success());
}

#[test]
fn the_compilation_in_one_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = demo(dir.path());
    let out = dir.path().join("汇编.pdf");
    let text = ok(cli()
        .args(["export-compilation"])
        .arg(&file)
        .args(["--out"])
        .arg(&out)
        .output()
        .unwrap());
    assert!(text.contains("已导出体系文件汇编"), "{text}");
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
}
