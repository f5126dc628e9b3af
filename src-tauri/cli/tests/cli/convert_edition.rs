//! `convert-edition FILE --to gbt29490-2023`: 换版 of the 2013 demo, with a
//! backup in the data directory; bad arguments exit 2 in Chinese.

use std::path::Path;

use crate::common::{cli, demo, ok};

/// Runs `convert-edition ARGS PROJECT` and expects a refusal (exit 2) whose
/// message says `why`.
fn refused(data: &Path, project: &Path, args: &[&str], why: &str) {
    let out = cli()
        .env("GUANBIAO_DATA_DIR", data)
        .arg("convert-edition")
        .args(args)
        .arg(project)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(why), "{err}");
}

#[test]
fn convert_edition_converts_the_demo_and_refuses_bad_arguments() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let project = demo(dir.path());

    // A route the command line does not know: exit 2, in Chinese, nothing changed.
    refused(
        &data,
        &project,
        &["--to", "gbt29490-2023", "--route", "audit"],
        "不是转换方式",
    );
    refused(&data, &project, &["--to", "gbt29490-2099"], "没有标准版本");

    let out = ok(cli()
        .env("GUANBIAO_DATA_DIR", &data)
        .args([
            "convert-edition",
            "--to",
            "gbt29490-2023",
            "--route",
            "transition-audit",
            "--deadline",
            "2027-06-30",
            "--json",
        ])
        .arg(&project)
        .output()
        .unwrap());
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["conversion"]["to_edition"], "GB/T 29490-2023");
    assert_eq!(v["conversion"]["route"], "transition_audit");
    assert_eq!(v["conversion"]["deadline"], "2027-06-30");
    assert_eq!(v["documents_created"], 105);
    assert!(std::path::Path::new(v["conversion"]["backup_file"].as_str().unwrap()).exists());
    assert!(v["conversion"]["backup_file"]
        .as_str()
        .unwrap()
        .starts_with(data.to_str().unwrap()));

    // Converted: the edition is 2023 now, so a second run has nothing to do.
    let info = ok(cli().arg("info").arg(&project).output().unwrap());
    assert!(info.contains("GB/T 29490-2023"), "{info}");
    refused(&data, &project, &["--to", "gbt29490-2023"], "无需换版");
}
