//! The internal-audit checklist asks each department what its part is
//! about: on the same clause R&D is asked about 研发记录 and 技术交底书,
//! purchasing about the 权属 of what it buys; on both editions' demos.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use guanbiao_core::catalog::{self, StandardEdition};
use guanbiao_core::demo::{self, DemoStage, DemoStory};
use guanbiao_core::model::{AuditInput, ChecklistItem, ScopeCell};
use guanbiao_core::Project;

/// The demo of `story` with its system issued, and its edition.
fn demo_of(story: DemoStory) -> (tempfile::TempDir, Project, StandardEdition) {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) =
        demo::create_story(&dir.path().join("d.gbproj"), 1, DemoStage::System, story).unwrap();
    let catalog = catalog::load().unwrap();
    let (_, standard) = p.program_and_standard(&catalog).unwrap();
    (dir, p, standard.into_owned())
}

/// The demo's departments by name.
fn departments(p: &Project) -> BTreeMap<String, i64> {
    p.departments(false)
        .unwrap()
        .into_iter()
        .map(|d| (d.name, d.id))
        .collect()
}

/// Plans an audit of `cells` (department name, clause key) two days after
/// the system took effect, with every qualified auditor; its checklist by
/// (department name, clause key).
fn checklist(
    p: &mut Project,
    standard: &StandardEdition,
    cells: &[(&str, &str)],
) -> BTreeMap<(String, String), ChecklistItem> {
    let deps = departments(p);
    let team: Vec<i64> = p
        .auditor_overview()
        .unwrap()
        .auditors
        .into_iter()
        .filter(|a| a.qualified)
        .map(|a| a.person_id)
        .collect();
    let start: NaiveDate = p.implemented_on().unwrap().unwrap() + chrono::Days::new(30);
    let audit = p
        .create_audit(
            standard,
            &AuditInput {
                purpose: "检查体系符合性".into(),
                leader_id: team.first().copied(),
                auditor_ids: team.clone(),
                starts_on: Some(start),
                ends_on: Some(start + chrono::Days::new(2)),
                scope: cells
                    .iter()
                    .map(|(d, c)| ScopeCell {
                        department_id: deps[*d],
                        clause: c.to_string(),
                    })
                    .collect(),
                ..Default::default()
            },
        )
        .unwrap();
    p.checklist(audit.id)
        .unwrap()
        .into_iter()
        .map(|i| ((i.department_name.clone(), i.clause.clone()), i))
        .collect()
}

fn question<'a>(
    lines: &'a BTreeMap<(String, String), ChecklistItem>,
    dep: &str,
    clause: &str,
) -> &'a str {
    &lines[&(dep.to_string(), clause.to_string())].question
}

/// No line names a clause number of the edition: the line shows its clause.
fn names_no_clause(standard: &StandardEdition, lines: &BTreeMap<(String, String), ChecklistItem>) {
    for l in lines.values() {
        for c in standard.clauses.iter().filter(|c| c.number.contains('.')) {
            assert!(
                !l.question.contains(&c.number),
                "{} {}：{}",
                l.department_name,
                l.clause,
                l.question
            );
        }
    }
}

#[test]
fn the_2013_checklist_asks_each_department_about_its_part() {
    let (_dir, mut p, standard) = demo_of(DemoStory::Shaanxi2022);
    assert_eq!(standard.code, "gbt29490-2013");
    let lines = checklist(
        &mut p,
        &standard,
        &[
            ("研发中心", "8.2"),
            ("采购部", "8.2"),
            ("研发中心", "8.3"),
            ("采购部", "8.3"),
            ("人力资源部", "6.1.4"),
            ("人力资源部", "6.1.5"),
            ("财务部", "6.1.4"),
            ("生产部", "7.6"),
            ("总经理办公室", "7.6"),
            ("知识产权部", "9.2"),
            ("市场销售部", "9.2"),
        ],
    );
    let rd = question(&lines, "研发中心", "8.2");
    let buy = question(&lines, "采购部", "8.2");
    assert_ne!(rd, buy);
    for want in ["检索分析", "研发记录", "技术交底书"] {
        assert!(rd.contains(want), "{rd}");
    }
    assert!(buy.contains("权属") && !buy.contains("技术交底书"), "{buy}");
    let buy = question(&lines, "采购部", "8.3");
    for want in ["供方知识产权信息登记", "采购合同"] {
        assert!(buy.contains(want), "{buy}");
    }
    assert_ne!(question(&lines, "研发中心", "8.3"), buy);
    // HR is asked about background checks and leaving reminders; finance,
    // playing no part in hiring, gets the question for any department.
    assert!(question(&lines, "人力资源部", "6.1.4").contains("背景调查"));
    assert!(question(&lines, "人力资源部", "6.1.5").contains("离职知识产权提醒单"));
    let finance = question(&lines, "财务部", "6.1.4");
    assert!(finance.starts_with("询问本部门近期新入职员工"), "{finance}");
    assert!(question(&lines, "生产部", "7.6").contains("工艺文件"));
    assert!(question(&lines, "总经理办公室", "7.6").contains("来访"));
    // The organisation's IP department is asked as the IP department.
    let ip = question(&lines, "知识产权部", "9.2");
    assert!(ip.contains("年度审核计划") && ip.contains("内审员"), "{ip}");
    assert!(question(&lines, "市场销售部", "9.2").starts_with("查本部门在上次内部审核"));
    names_no_clause(&standard, &lines);
}

#[test]
fn the_2023_checklist_asks_each_department_about_its_part() {
    let (_dir, mut p, standard) = demo_of(DemoStory::Current2023);
    assert_eq!(standard.code, "gbt29490-2023");
    let lines = checklist(
        &mut p,
        &standard,
        &[
            ("研发中心", "research_development"),
            ("采购部", "research_development"),
            ("采购部", "procurement"),
            ("人力资源部", "human_resources"),
            ("市场销售部", "compliance_obligations"),
            ("财务部", "compliance_obligations"),
        ],
    );
    let rd = question(&lines, "研发中心", "research_development");
    let buy = question(&lines, "采购部", "research_development");
    assert_ne!(rd, buy);
    assert!(rd.contains("研发记录") && rd.contains("技术交底书"), "{rd}");
    assert!(buy.contains("权属") && !buy.contains("技术交底书"), "{buy}");
    let buy = question(&lines, "采购部", "procurement");
    assert!(
        buy.contains("供方知识产权信息") && buy.contains("采购合同"),
        "{buy}"
    );
    let hr = question(&lines, "人力资源部", "human_resources");
    assert!(hr.contains("背景调查") && hr.contains("竞业限制"), "{hr}");
    let sales = question(&lines, "市场销售部", "compliance_obligations");
    assert!(sales.contains("客户合同"), "{sales}");
    assert_ne!(sales, question(&lines, "财务部", "compliance_obligations"));
    names_no_clause(&standard, &lines);
}

/// The default scope (the 职能分配表) gets a question on every line, each
/// department's own where the table has one for its part.
#[test]
fn every_line_of_a_default_scope_has_its_question() {
    let (_dir, mut p, standard) = demo_of(DemoStory::Shaanxi2022);
    let lines = checklist(&mut p, &standard, &[]);
    assert!(lines.len() > 40, "{}", lines.len());
    assert!(lines.values().all(|l| l.question.contains("。查看：")));
    // The same clause in two departments reads differently somewhere.
    let mut by_clause: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for l in lines.values() {
        by_clause.entry(&l.clause).or_default().push(&l.question);
    }
    let differing = by_clause
        .values()
        .filter(|qs| qs.iter().any(|q| *q != qs[0]))
        .count();
    assert!(differing >= 10, "{differing} clauses differ by department");
    names_no_clause(&standard, &lines);
}
