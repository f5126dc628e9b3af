//! `clauses export PROJECT --out FILE` then `clauses import PROJECT FILE
//! [--apply]`: the table out, checked and corrected, back in — differences
//! listed first and nothing written without --apply; a bad row is refused
//! with its line (exit 2) and the project is left as it was.

use std::path::Path;

use crate::common::{cli, demo, ok};

/// The project's table as `clauses export` writes it to `file`.
fn exported(project: &Path, file: &Path) -> String {
    ok(cli()
        .args(["clauses", "export"])
        .arg(project)
        .arg("--out")
        .arg(file)
        .output()
        .unwrap());
    std::fs::read_to_string(file).unwrap()
}

#[test]
fn a_table_exported_corrected_and_imported_lists_then_applies_its_differences() {
    let dir = tempfile::tempdir().unwrap();
    let project = demo(dir.path());
    let table = dir.path().join("条款表.tsv");
    let text = ok(cli()
        .args(["clauses", "export"])
        .arg(&project)
        .arg("--out")
        .arg(&table)
        .output()
        .unwrap());
    assert!(
        text.contains("GB/T 29490-2013") && text.contains("58 条"),
        "{text}"
    );
    let first = std::fs::read_to_string(&table).unwrap();
    assert!(first.starts_with("条款号\t标题\t上级\n"), "{first}");
    assert!(first.contains("\n4.2.2\t文件控制\t4.2\n"), "{first}");

    std::fs::write(
        &table,
        first.replace("4.2.2\t文件控制", "4.2.2\t成文信息的控制"),
    )
    .unwrap();
    let preview = ok(cli()
        .args(["clauses", "import"])
        .arg(&project)
        .arg(&table)
        .output()
        .unwrap());
    assert!(
        preview.contains("改名  4.2.2 文件控制 → 成文信息的控制"),
        "{preview}"
    );
    assert!(preview.contains("57 条一致，1 处变化；未写入"), "{preview}");
    // Nothing was written: exported again, the title is the old one.
    let again = dir.path().join("again.csv");
    assert!(exported(&project, &again).contains("4.2.2,文件控制,4.2"));

    let applied = ok(cli()
        .args(["clauses", "import", "--json"])
        .arg(&project)
        .arg(&table)
        .arg("--apply")
        .output()
        .unwrap());
    let v: serde_json::Value = serde_json::from_str(&applied).unwrap();
    assert_eq!(v["applied"], true);
    let changed: Vec<&serde_json::Value> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["kind"] != "confirmed")
        .collect();
    assert_eq!(changed.len(), 1, "{applied}");
    assert_eq!(changed[0]["kind"], "retitled");
    assert!(exported(&project, &again).contains("4.2.2,成文信息的控制,4.2"));

    // A bad row: refused with its line, exit 2, the project as it was.
    let bad = dir.path().join("bad.tsv");
    std::fs::write(&bad, "条款号\t标题\n4\t甲\n5.x\t乙\n").unwrap();
    let out = cli()
        .args(["clauses", "import"])
        .arg(&project)
        .arg(&bad)
        .arg("--apply")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("第 3 行") && err.contains("5.x"), "{err}");
    assert!(exported(&project, &again).contains("4.2.2,成文信息的控制,4.2"));
}
