//! The CLI binary end to end: demo then info, and clear failures.

use crate::common::{cli, demo, demo_at, ok};

#[test]
fn demo_then_info() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("demo.gbproj");
    let text = demo_at(&file, &[]);
    assert!(text.contains("8 个部门"), "{text}");

    let text = ok(cli().arg("info").arg(&file).output().unwrap());
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
        text.contains("体系文件：94 份，已发布 94 份；体系2022-05-18 发布"),
        "{text}"
    );

    // With --json, the same figures as one JSON document.
    let text = ok(cli().args(["info", "--json"]).arg(&file).output().unwrap());
    let v: serde_json::Value = serde_json::from_str(&text).expect(&text);
    assert_eq!(v["name"], "陕西秦创智能装备股份有限公司", "{v}");
    assert_eq!(v["credit_code_check"], "valid", "{v}");
    assert_eq!(v["departments"], 8, "{v}");
    assert_eq!(v["progress"]["diagnosis"]["assessed"], 45, "{v}");
    assert_eq!(v["progress"]["documents_published"], 94, "{v}");

    // Refuses to overwrite without --force; --force replaces it.
    let out = cli().args(["demo", "--out"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("已存在"));
    let text = demo_at(&file, &["--scale", "2", "--force"]);
    assert!(text.contains("16 个部门"), "{text}");
    let text = demo_at(&file, &["--force", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&text).expect(&text);
    assert_eq!(
        (v["departments"].as_u64(), v["scale"].as_u64()),
        (Some(8), Some(1))
    );
}

#[test]
fn info_on_a_text_file_fails_in_chinese_with_the_wire_code() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("x.gbproj");
    std::fs::write(&file, "hello").unwrap();
    let out = cli().arg("info").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    // The code the window branches on, not the Rust variant (`NotAProject`).
    assert!(err.starts_with("错误（not_a_project）："), "{err}");
    assert!(err.contains("不是贯标助手项目文件"), "{err}");
    assert!(out.stdout.is_empty());

    // With --json the error is `{code, message}`, as the window receives it.
    let out = cli().args(["info", "--json"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let v: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(v["code"], "not_a_project", "{v}");
    assert!(
        v["message"]
            .as_str()
            .unwrap()
            .contains("不是贯标助手项目文件"),
        "{v}"
    );

    // A refusal of the CLI's own is coded alike.
    let out = cli()
        .args(["demo", "--scale", "0", "--out"])
        .arg(dir.path().join("z.gbproj"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.starts_with("错误（invalid_input）：--scale"), "{err}");
}

#[test]
fn documents_are_generated_headless() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("d.gbproj");
    demo_at(&file, &["--without-documents"]);
    let text = ok(cli().arg("documents").arg(&file).output().unwrap());
    assert!(text.contains("已生成 94 份文件草稿"), "{text}");
    assert!(
        !text.contains("未填写"),
        "the demo fills every placeholder: {text}"
    );
    // Run again: nothing new, and every reference of the set resolves in
    // the demo, whose departments play every part.
    let out = cli()
        .args(["documents", "--json"])
        .arg(&file)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["skipped"], 94, "{v}");
    assert_eq!(v["dropped"], serde_json::json!([]), "{v}");
    assert_eq!(v["unresolved"], serde_json::json!([]), "{v}");
}

#[test]
fn readiness_exits_zero_only_when_nothing_blocks() {
    let dir = tempfile::tempdir().unwrap();
    let ready = demo(dir.path());
    // The demo is the 2022 Shaanxi story: ready on its planned application date…
    let out = cli()
        .args(["readiness", "--as-of", "2022-08-25"])
        .arg(&ready)
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.starts_with("判定日期：2022-08-25\n"), "{text}");
    assert!(text.contains("结论：可以提交申请（阻断 0 项"), "{text}");
    assert!(text.contains("✓ 通过  [internal_audit]"), "{text}");

    let out = cli()
        .args(["readiness", "--json", "--as-of", "2022-08-25"])
        .arg(&ready)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(v["ready"], true);
    assert_eq!(v["judged_on"], "2022-08-25");

    // …and not today: the program has ended and the 2013 edition can no
    // longer be certified.
    let out = cli().arg("readiness").arg(&ready).output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("✗ 阻断  [program_open]"), "{text}");
    assert!(text.contains("已于 2022-10-31 截止"), "{text}");
    assert!(text.contains("✗ 阻断  [edition_certifiable]"), "{text}");
    assert!(
        text.contains("GB/T 29490-2013 的认证申请只受理到 2024-12-31"),
        "{text}"
    );
    assert!(text.contains("✗ 阻断  [no_penalty_declared]"), "{text}");
    assert!(text.contains("结论：暂不能提交申请（阻断 3 项"), "{text}");

    // A date that is not one is refused in Chinese, as a usage error.
    let out = cli()
        .args(["readiness", "--as-of", "2022-13-01"])
        .arg(&ready)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("不是有效日期，请写成 YYYY-MM-DD"), "{err}");
    assert!(v["rules"].as_array().unwrap().len() >= 20);

    let early = dir.path().join("early.gbproj");
    demo_at(&early, &["--without-documents"]);
    let out = cli().arg("readiness").arg(&early).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("✗ 阻断  [system_issued] 体系文件发布实施：体系尚未发布"),
        "{text}"
    );
    // --json, before or after the file, keeps the exit code.
    let out = cli()
        .args(["--json", "readiness"])
        .arg(&early)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["ready"], false, "{v}");
    assert!(v["blockers"].as_u64().unwrap() > 0, "{v}");

    // A file that cannot be read is a failure (2), not a verdict.
    let text_file = dir.path().join("x.gbproj");
    std::fs::write(&text_file, "hello").unwrap();
    let out = cli().arg("readiness").arg(&text_file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
