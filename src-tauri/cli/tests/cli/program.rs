//! `program check FILE.json` and `program set PROJECT (--file | --none)`:
//! a good file exits 0, a bad one exits 2 listing each field and why; a
//! bad file given to `set` changes nothing.

use std::path::Path;

use crate::common::{cli, demo, ok};

/// Exports the demo's (catalog) program as a file: the starting point.
fn program_file(project: &Path, dir: &Path) -> std::path::PathBuf {
    let file = dir.join("陕西2022.json");
    ok(cli()
        .args(["program", "export"])
        .arg(project)
        .arg("--out")
        .arg(&file)
        .output()
        .unwrap());
    file
}

#[test]
fn program_check_accepts_a_good_file_and_lists_each_bad_field() {
    let dir = tempfile::tempdir().unwrap();
    let project = demo(dir.path());
    let good = program_file(&project, dir.path());
    let text = ok(cli()
        .args(["program", "check"])
        .arg(&good)
        .output()
        .unwrap());
    assert!(text.contains("计划文件无误"), "{text}");
    assert!(text.contains("shaanxi-2022"), "{text}");

    // Two bad fields: both listed, each with its field and why; exit 2.
    let bad = dir.path().join("bad.json");
    let json = std::fs::read_to_string(&good).unwrap();
    std::fs::write(
        &bad,
        json.replace("\"2022-04-30\"", "\"2022-03-01\"")
            .replace("\"min_operation_months\": 3", "\"min_operation_months\": 0"),
    )
    .unwrap();
    let out = cli().args(["program", "check"]).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("✗ stages[0].end："), "{text}");
    assert!(text.contains("早于开始日期"), "{text}");
    assert!(text.contains("✗ min_operation_months："), "{text}");
    assert!(text.contains("有 2 处错误"), "{text}");

    // --json: the problems as a list.
    let out = cli()
        .args(["program", "check", "--json"])
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["valid"], false);
    let fields: Vec<&str> = v["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["field"].as_str().unwrap())
        .collect();
    assert_eq!(fields, ["stages[0].end", "min_operation_months"]);

    // Not JSON, and a file that is not there: exit 2 in Chinese.
    std::fs::write(&bad, "{ \"id\": ").unwrap();
    let out = cli().args(["program", "check"]).arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stdout).contains("文件不完整"));
    let out = cli()
        .args(["program", "check"])
        .arg(dir.path().join("none.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("无法读取计划文件"));
}

#[test]
fn program_set_takes_a_file_or_none_and_refuses_a_bad_file_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let project = demo(dir.path());
    let file = program_file(&project, dir.path());
    let readiness = |day: &str| {
        cli()
            .arg("readiness")
            .arg(&project)
            .args(["--as-of", day])
            .output()
            .unwrap()
    };

    // A city's 2025 program, made from the 2022 one.
    let json = std::fs::read_to_string(&file)
        .unwrap()
        .replace("shaanxi-2022", "xian-2025")
        .replace("2022年度陕西省", "2025年度西安市")
        .replace("2022-", "2025-")
        .replace("\"year\": 2022", "\"year\": 2025");
    let xian = dir.path().join("西安2025.json");
    std::fs::write(&xian, json).unwrap();
    let text = ok(cli()
        .args(["program", "set"])
        .arg(&project)
        .arg("--file")
        .arg(&xian)
        .output()
        .unwrap());
    assert!(text.contains("已设置贯标计划：2025年度西安市"), "{text}");
    let text = ok(cli().arg("info").arg(&project).output().unwrap());
    assert!(
        text.contains("2025年度西安市企业知识产权贯标工作"),
        "{text}"
    );

    // A bad file: refused with its field, and the project keeps its program.
    let bad = dir.path().join("bad.json");
    std::fs::write(
        &bad,
        std::fs::read_to_string(&xian)
            .unwrap()
            .replace("\"subsidy_yuan\": 50000", "\"subsidy_yuan\": -1"),
    )
    .unwrap();
    let out = cli()
        .args(["program", "set"])
        .arg(&project)
        .arg("--file")
        .arg(&bad)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("acceptance_paths[0].subsidy_yuan"), "{err}");
    let text = ok(cli().arg("info").arg(&project).output().unwrap());
    assert!(text.contains("2025年度西安市"), "unchanged: {text}");

    // No program: certification only, no deadline; the 2022 story is ready
    // without one too.
    let text = ok(cli()
        .args(["program", "set"])
        .arg(&project)
        .arg("--none")
        .output()
        .unwrap());
    assert!(text.contains("不参加政府贯标计划"), "{text}");
    let out = readiness("2022-08-25");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("没有计划截止日期"), "{text}");
    let out = cli()
        .args(["program", "export"])
        .arg(&project)
        .arg("--out")
        .arg(dir.path().join("x.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));

    // Back to the 2022 plan from its file: the demo's story again.
    ok(cli()
        .args(["program", "set"])
        .arg(&project)
        .arg("--file")
        .arg(&file)
        .output()
        .unwrap());
    assert_eq!(readiness("2022-08-25").status.code(), Some(0));
    assert_eq!(readiness("2022-11-01").status.code(), Some(1));

    // Exactly one of --file and --none.
    let out = cli()
        .args(["program", "set"])
        .arg(&project)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}
