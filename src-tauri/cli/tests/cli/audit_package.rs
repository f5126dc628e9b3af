//! `audit-package`, `audit-results` and `audit-merge` (issue 19): a work
//! package made headless, recorded on (through the core, as the app does),
//! its results merged; a conflict refused until decided with --keep; a
//! replay refused with the project unchanged.

use std::path::Path;

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::catalog;
use guanbiao_core::model::*;
use guanbiao_core::Project;

use crate::common::{cli, demo, ok};

fn day(s: &str) -> Option<chrono::NaiveDate> {
    Some(s.parse().unwrap())
}

/// Plans an audit on the demo project; returns its number and an auditor
/// with departments in its schedule.
fn plan_audit(project: &Path) -> (String, String) {
    let c = catalog::load().unwrap();
    let mut p = Project::open(project).unwrap();
    let std = p.standard(&c).unwrap().into_owned();
    let team: Vec<i64> = p
        .auditor_overview()
        .unwrap()
        .auditors
        .into_iter()
        .filter(|a| a.qualified)
        .map(|a| a.person_id)
        .collect();
    let audit = p
        .create_audit(
            &std,
            &AuditInput {
                purpose: "补充审核".into(),
                leader_id: Some(team[0]),
                auditor_ids: team.clone(),
                starts_on: day("2022-08-10"),
                ends_on: day("2022-08-12"),
                ..Default::default()
            },
        )
        .unwrap();
    let slot = audit
        .schedule
        .iter()
        .find(|s| s.kind == SlotKind::Department && !s.auditor_names.is_empty())
        .unwrap();
    let name = slot.auditor_names[0].clone();
    p.close().unwrap();
    (audit.number, name)
}

/// On the auditor's laptop: judges the package's first line (and raises a
/// nonconformity when `fact` is given, with a photo of the evidence stored in
/// the laptop's data directory `laptop`).
fn record(
    package: &Path,
    judgement: Judgement,
    observed: &str,
    fact: Option<&str>,
    laptop: &Path,
) -> i64 {
    let c = catalog::load().unwrap();
    let mut p = Project::open(package).unwrap();
    let std = p.standard(&c).unwrap().into_owned();
    let info = p.info().unwrap().package.unwrap();
    let line = p.checklist(info.audit_id).unwrap().remove(0);
    p.judge_checklist_item(
        line.id,
        &ChecklistJudgementInput {
            question: line.question.clone(),
            judgement: Some(judgement),
            observed: observed.into(),
        },
    )
    .unwrap();
    if let Some(fact) = fact {
        let a = p.audit(info.audit_id).unwrap();
        p.raise_nonconformity(
            &std,
            info.audit_id,
            &NonconformityInput {
                department_id: line.department_id,
                clause: line.clause.clone(),
                fact: fact.into(),
                grade: Some(Grade::Minor),
                found_on: Some(a.starts_on),
                auditor_id: Some(info.auditor_id),
            },
        )
        .unwrap();
        let photo = laptop.join("现场.jpg");
        std::fs::create_dir_all(laptop).unwrap();
        std::fs::write(
            &photo,
            b"\xFF\xD8\xFF\xE0\x00\x10JFIF\x00 site photo \xFF\xD9",
        )
        .unwrap();
        let store = AttachmentStore::new(laptop);
        let a = p.attach_file(&store, &photo).unwrap();
        p.add_audit_evidence(&AuditEvidenceInput {
            checklist_item_id: Some(line.id),
            nonconformity_id: None,
            attachment_id: a.id,
            note: String::new(),
        })
        .unwrap();
    }
    p.close().unwrap();
    line.id
}

fn failed(out: std::process::Output) -> String {
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
fn a_package_made_recorded_and_merged_headless() {
    let dir = tempfile::tempdir().unwrap();
    let project = demo(dir.path());
    let (number, auditor) = plan_audit(&project);
    let (pkg1, pkg2) = (dir.path().join("一.gbaudit"), dir.path().join("二.gbaudit"));
    for pkg in [&pkg1, &pkg2] {
        let text = ok(cli()
            .arg("audit-package")
            .arg(&project)
            .args(["--audit", &number, "--auditor", &auditor, "--out"])
            .arg(pkg)
            .output()
            .unwrap());
        assert!(text.contains("已生成") && text.contains(&auditor), "{text}");
    }
    let e = failed(
        cli()
            .arg("audit-package")
            .arg(&project)
            .args(["--audit", &number, "--auditor", "无此人", "--out"])
            .arg(dir.path().join("x.gbaudit"))
            .output()
            .unwrap(),
    );
    assert!(e.contains("没有“无此人”"), "{e}");

    // Two computers: the auditor's laptop and the IP manager's.
    let (laptop, office) = (dir.path().join("laptop"), dir.path().join("office"));
    let line = record(
        &pkg1,
        Judgement::Minor,
        "未见记录",
        Some("未见专利检索报告"),
        &laptop,
    );
    record(&pkg2, Judgement::Conform, "已核实", None, &laptop);
    let (r1, r2) = (
        dir.path().join("一.gbresult"),
        dir.path().join("二.gbresult"),
    );
    for (pkg, r) in [(&pkg1, &r1), (&pkg2, &r2)] {
        let text = ok(cli()
            .env("GUANBIAO_DATA_DIR", &laptop)
            .arg("audit-results")
            .arg(pkg)
            .arg("--out")
            .arg(r)
            .output()
            .unwrap());
        assert!(text.contains("已导出审核结果"), "{text}");
    }

    let dry = ok(cli()
        .arg("audit-merge")
        .arg(&project)
        .arg(&r1)
        .arg("--dry-run")
        .output()
        .unwrap());
    assert!(
        dry.contains("未写入")
            && dry.contains("未见专利检索报告")
            && dry.contains("证据“现场.jpg”"),
        "{dry}"
    );
    let before = std::fs::read(&project).unwrap();
    let merged = ok(cli()
        .env("GUANBIAO_DATA_DIR", &office)
        .args(["audit-merge", "--json"])
        .arg(&project)
        .arg(&r1)
        .output()
        .unwrap());
    let v: serde_json::Value = serde_json::from_str(&merged).unwrap();
    assert_eq!(v["applied"], true);
    assert_eq!(v["report"]["nonconformities"].as_array().unwrap().len(), 1);
    // The photo came with the results into the office's store.
    assert_eq!(v["report"]["evidence_files"], 1);
    let sha =
        guanbiao_core::attachments::sha256_hex(&std::fs::read(laptop.join("现场.jpg")).unwrap());
    assert!(AttachmentStore::new(&office).read(&sha).is_some());
    assert_ne!(before, std::fs::read(&project).unwrap());

    // Replayed: refused, the file unchanged.
    let before = std::fs::read(&project).unwrap();
    let e = failed(
        cli()
            .arg("audit-merge")
            .arg(&project)
            .arg(&r1)
            .output()
            .unwrap(),
    );
    assert!(e.contains("不能重复导入"), "{e}");
    assert_eq!(before, std::fs::read(&project).unwrap());

    // The second package judged the same line: listed, refused until decided.
    let e = failed(
        cli()
            .arg("audit-merge")
            .arg(&project)
            .arg(&r2)
            .output()
            .unwrap(),
    );
    assert!(e.contains("冲突") && e.contains("--keep"), "{e}");
    assert!(e.contains("一般不符合") && e.contains("符合"), "{e}");
    assert_eq!(before, std::fs::read(&project).unwrap());
    let text = ok(cli()
        .arg("audit-merge")
        .arg(&project)
        .arg(&r2)
        .args(["--keep", "package"])
        .output()
        .unwrap());
    assert!(text.contains("采用工作包 1 处"), "{text}");
    let p = Project::open(&project).unwrap();
    let audit = p
        .audits()
        .unwrap()
        .into_iter()
        .find(|a| a.number == number)
        .unwrap();
    let l = p
        .checklist(audit.id)
        .unwrap()
        .into_iter()
        .find(|l| l.id == line)
        .unwrap();
    assert_eq!(l.judgement, Some(Judgement::Conform));
    assert_eq!(l.observed, "已核实");
    let h = p.history_for("checklist_item", &line.to_string()).unwrap();
    assert_eq!(h[0].operator, auditor);
    assert!(h[0].source.contains("内审工作包"), "{}", h[0].source);
}
