//! The shipped document set: it parses, covers every clause, and generation
//! fills it from the project or lists what is missing.

use crate::support::standard;
use guanbiao_core::catalog::{self, templates};
use guanbiao_core::model::{DocType, PersonInput, Role};
use guanbiao_core::Project;

#[test]
fn the_default_set_is_complete_and_covers_every_clause() {
    let std = &standard();
    let all = templates::builtin(std).unwrap();
    let count = |t: DocType| all.iter().filter(|x| x.doc_type == t).count();
    assert_eq!(count(DocType::Policy), 1);
    assert_eq!(count(DocType::Manual), 1);
    assert!(
        count(DocType::Procedure) >= 20,
        "{}",
        count(DocType::Procedure)
    );
    assert!(count(DocType::Form) >= 30, "{}", count(DocType::Form));
    for leaf in std.leaves() {
        assert!(
            all.iter().any(|t| t.clauses.contains(&leaf.number)),
            "clause {} is covered",
            leaf.number
        );
    }
    let mut keys: Vec<_> = all.iter().map(|t| t.key.clone()).collect();
    keys.dedup();
    assert_eq!(keys.len(), all.len(), "keys are unique");
    // Every procedure calls for the forms it uses by their R keys.
    let p01 = all.iter().find(|t| t.key == "P01").unwrap();
    assert!(p01.body.contains("R"), "procedures list their records");
}

#[test]
fn generation_fills_from_the_project_and_lists_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Project::create(&dir.path().join("t.gbproj")).unwrap();
    let c = catalog::load().unwrap();
    let (std, prog) = (&standard(), &c.programs[0]);
    p.create_person(&PersonInput {
        name: "王总".into(),
        roles: vec![Role::TopManager],
        ..Default::default()
    })
    .unwrap();
    let report = p.generate_documents(std, prog).unwrap();
    assert_eq!(
        report.created as usize,
        templates::builtin(std).unwrap().len()
    );
    assert!(
        report.unfilled.iter().any(|u| u.contains("企业名称")),
        "{:?}",
        report.unfilled
    );
    let docs = p.documents().unwrap();
    let manual = docs.iter().find(|d| d.doc_type == DocType::Manual).unwrap();
    let w = manual.working.as_ref().unwrap();
    assert!(w.content.contains("王总"), "the top manager is filled in");
    assert!(w.unfilled.contains(&"企业名称".to_string()));
    assert!(
        !w.content.contains("{{文件编号}}"),
        "each document gets its own code"
    );
    assert!(w.content.contains(&manual.code));
    // Generating again creates nothing new.
    let again = p.generate_documents(std, prog).unwrap();
    assert_eq!((again.created, again.skipped as usize), (0, docs.len()));
}

#[test]
fn the_demo_system_is_issued_and_fully_covered() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = guanbiao_core::demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    let std = &standard();
    let issue = p.system_issue().unwrap().expect("issued");
    assert_eq!(issue.implemented_on, "2022-05-18".parse().unwrap());
    let cov = p.coverage(std).unwrap();
    assert!(cov.gaps.is_empty(), "{:?}", cov.gaps);
    assert!(
        cov.rows.iter().any(|r| !r.applicable),
        "the demo has a 不适用 clause"
    );
    let docs = p.documents().unwrap();
    assert!(docs
        .iter()
        .all(|d| d.published.is_some() && d.working.is_none()));
    assert!(
        docs.iter()
            .all(|d| d.published.as_ref().unwrap().unfilled.is_empty()),
        "no placeholder left"
    );
    let diag = p.diagnosis(std, "2022-05-01".parse().unwrap()).unwrap();
    assert!(diag.unassessed.is_empty());
    assert!(!p.allocation().unwrap().is_empty());
}

#[test]
fn the_code_scheme_and_policy_texts_are_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Project::create(&dir.path().join("s.gbproj")).unwrap();
    let c = catalog::load().unwrap();
    let mut s = p.document_settings().unwrap();
    assert_eq!(s.code_prefix, "IP");
    s.code_prefix = "秦创".into();
    assert!(p
        .save_document_settings(&s)
        .unwrap_err()
        .message
        .contains("只能包含字母"));
    s.code_prefix = "QC".into();
    s.policy = "创新引领，规范保护".into();
    s.objectives = "".into();
    assert!(p
        .save_document_settings(&s)
        .unwrap_err()
        .message
        .contains("请填写知识产权目标"));
    s.objectives = "年度申请发明专利 5 件".into();
    p.save_document_settings(&s).unwrap();
    p.generate_documents(&standard(), &c.programs[0]).unwrap();
    let manual = p
        .documents()
        .unwrap()
        .into_iter()
        .find(|d| d.doc_type == DocType::Manual)
        .unwrap();
    assert_eq!(manual.code, "QC-SC-01");
    let text = manual.working.unwrap().content;
    assert!(
        text.contains("创新引领，规范保护") && text.contains("年度申请发明专利 5 件"),
        "the policy texts fill the manual"
    );
}
