//! The CLI binary end to end: demo then info, and clear failures.

use std::process::Command;

fn cli() -> Command {
    Command::new(env!("CARGO_BIN_EXE_guanbiao-cli"))
}

#[test]
fn demo_then_info() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("demo.gbproj");
    let out = cli().args(["demo", "--out"]).arg(&file).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("8 个部门"), "{text}");

    let out = cli().arg("info").arg(&file).output().unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("陕西秦创智能装备股份有限公司"), "{text}");
    assert!(text.contains("校验通过"), "{text}");
    assert!(
        text.contains("2022年度陕西省企业知识产权贯标工作"),
        "{text}"
    );
    assert!(!text.contains("未设定"), "every role filled: {text}");
    assert!(text.contains("全员培训：已参加 80/80 人"), "{text}");
    assert!(text.contains("诊断分析：已诊断 45/45 条"), "{text}");
    assert!(
        text.contains("体系文件：87 份，已发布 87 份；体系2022-05-18 发布"),
        "{text}"
    );

    // Refuses to overwrite without --force; --force replaces it.
    let out = cli().args(["demo", "--out"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("已存在"));
    let out = cli()
        .args(["demo", "--scale", "2", "--force", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("16 个部门"));
}

#[test]
fn info_on_a_text_file_fails_in_chinese() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.gbproj");
    std::fs::write(&file, "hello").unwrap();
    let out = cli().arg("info").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("不是贯标助手项目文件"));
}

#[test]
fn documents_are_generated_headless() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("d.gbproj");
    let out = cli()
        .args(["demo", "--without-documents", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success());
    let out = cli().arg("documents").arg(&file).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("已生成 87 份文件草稿"), "{text}");
    assert!(
        !text.contains("未填写"),
        "the demo fills every placeholder: {text}"
    );
}
