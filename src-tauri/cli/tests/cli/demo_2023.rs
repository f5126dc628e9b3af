//! `demo --edition gbt29490-2023`: today's story on 2023, ready today.

use crate::common::{cli, demo_at, ok};

#[test]
fn the_2023_demo_is_ready_today() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("demo23.gbproj");
    demo_at(&file, &["--edition", "gbt29490-2023"]);
    let text = ok(cli().arg("readiness").arg(&file).output().unwrap());
    assert!(text.contains("结论：可以提交申请（阻断 0 项"), "{text}");
    let info = ok(cli().arg("info").arg(&file).output().unwrap());
    assert!(info.contains("GB/T 29490-2023"), "{info}");

    let out = cli()
        .args(["demo", "--edition", "gbt29490-2099", "--out"])
        .arg(dir.path().join("x.gbproj"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("没有标准版本"));
}
