//! Other subsidies for the same 贯标 and the business licence scan (issue
//! 13): the store's checks, the readiness rules passing and failing on fixed
//! days, the demo's licence in the package, and files older than the
//! migration still opening.

use std::path::Path;

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::catalog::{self, ProgramProfile};
use guanbiao_core::model::{OtherSubsidyInput, Readiness, RuleId, RuleResult, Severity};
use guanbiao_core::store::migrations;
use guanbiao_core::{demo, Project};

use crate::support::{d, new_project, standard, ymd};

/// The demo's planned application day.
const APPLIES: &str = "2022-08-25";

const CITY: &str = "西安市市场监督管理局";

fn shaanxi() -> ProgramProfile {
    catalog::load().unwrap().programs.remove(0)
}

fn judged(p: &Project, program: &ProgramProfile, day: &str) -> Readiness {
    p.readiness(program, &standard(), ymd(day)).unwrap()
}

fn rule(r: &Readiness, id: RuleId) -> RuleResult {
    r.rules.iter().find(|x| x.id == id).unwrap().clone()
}

fn failing(r: &Readiness) -> Vec<String> {
    r.rules
        .iter()
        .filter(|x| !x.passed)
        .map(|x| x.id.code())
        .collect()
}

fn city_award() -> OtherSubsidyInput {
    OtherSubsidyInput {
        grantor: format!("  {CITY} "),
        amount_yuan: Some(20_000),
        received_on: d("2022-06-30"),
        note: "市级贯标奖励".into(),
    }
}

#[test]
fn other_subsidies_are_checked_saved_and_logged() {
    let (_d, mut p) = new_project();
    assert!(p.other_subsidies().unwrap().is_empty());
    let saved = p.add_other_subsidy(&city_award()).unwrap();
    assert_eq!(saved.grantor, CITY, "trimmed");
    assert_eq!(saved.amount_yuan, 20_000);
    let tomorrow = guanbiao_core::dates::add_days(guanbiao_core::dates::today(), 1);
    // Each refusal names its field, and nothing changes.
    for (bad, needle) in [
        (
            OtherSubsidyInput {
                grantor: "  ".into(),
                ..city_award()
            },
            "奖补单位",
        ),
        (
            OtherSubsidyInput {
                amount_yuan: None,
                ..city_award()
            },
            "请填写奖补金额",
        ),
        (
            OtherSubsidyInput {
                amount_yuan: Some(-1),
                ..city_award()
            },
            "奖补金额 -1 元不能为负数",
        ),
        (
            OtherSubsidyInput {
                amount_yuan: Some(1_000_000_000),
                ..city_award()
            },
            "不合理",
        ),
        (
            OtherSubsidyInput {
                received_on: None,
                ..city_award()
            },
            "请填写收到日期",
        ),
        (
            OtherSubsidyInput {
                received_on: Some(tomorrow),
                ..city_award()
            },
            "晚于今天",
        ),
    ] {
        let e = p.add_other_subsidy(&bad).unwrap_err();
        assert!(e.message.contains(needle), "{}", e.message);
        let e = p.update_other_subsidy(saved.id, &bad).unwrap_err();
        assert!(e.message.contains(needle), "{}", e.message);
    }
    assert_eq!(p.other_subsidies().unwrap(), vec![saved.clone()]);

    // Zero is a valid amount (an award in kind, a waived fee).
    let district = p
        .add_other_subsidy(&OtherSubsidyInput {
            grantor: "高新区管委会".into(),
            amount_yuan: Some(0),
            received_on: d("2021-12-01"),
            note: String::new(),
        })
        .unwrap();
    let names: Vec<String> = p
        .other_subsidies()
        .unwrap()
        .into_iter()
        .map(|s| s.grantor)
        .collect();
    assert_eq!(names, vec!["高新区管委会", CITY], "oldest first");
    let edited = p
        .update_other_subsidy(
            saved.id,
            &OtherSubsidyInput {
                amount_yuan: Some(30_000),
                ..city_award()
            },
        )
        .unwrap();
    assert_eq!(edited.amount_yuan, 30_000);
    p.delete_other_subsidy(district.id).unwrap();
    assert!(p
        .delete_other_subsidy(district.id)
        .unwrap_err()
        .message
        .contains("不存在"));
    assert!(p
        .update_other_subsidy(district.id, &city_award())
        .unwrap_err()
        .message
        .contains("不存在"));

    let h = p
        .history_for("other_subsidy", &saved.id.to_string())
        .unwrap();
    assert_eq!(h.len(), 2, "added and edited");
    assert_eq!(h[0].entity_label, "其他贯标奖补");
    let amount = h
        .iter()
        .flat_map(|e| e.changes.iter())
        .find(|c| c.field == "amount_yuan")
        .unwrap();
    assert_eq!(amount.label, "金额（元）");
}

#[test]
fn a_second_subsidy_warns_where_the_program_forbids_double_subsidy() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = demo::create(&dir.path().join("d.gbproj"), 1).unwrap();
    let program = shaanxi();
    assert!(program.forbids_other_subsidies);

    // Nothing else received: passes, naming the rule and its basis.
    let r = judged(&p, &program, APPLIES);
    let x = rule(&r, RuleId::SubsidyNotDoubled);
    assert!(x.passed, "{x:?}");
    assert!(
        x.explanation.contains("未登记其他贯标奖补")
            && x.explanation.contains("国知办发运字〔2019〕34号"),
        "{x:?}"
    );

    p.add_other_subsidy(&city_award()).unwrap();
    p.add_other_subsidy(&OtherSubsidyInput {
        grantor: "高新区管委会".into(),
        amount_yuan: Some(10_000),
        received_on: d("2022-08-26"),
        note: String::new(),
    })
    .unwrap();
    let r = judged(&p, &program, APPLIES);
    let x = rule(&r, RuleId::SubsidyNotDoubled);
    assert!(!x.passed);
    assert_eq!(x.severity, Severity::Warning);
    assert_eq!(x.fix.screen, guanbiao_core::model::Screen::Application);
    assert!(
        x.explanation
            .contains(&format!("{CITY} 20000 元（2022-06-30）"))
            && x.explanation
                .contains("不得超额奖补、重复奖补，依据国知办发运字〔2019〕34号"),
        "{x:?}"
    );
    assert!(
        !x.explanation.contains("高新区管委会"),
        "received after the day judged: {x:?}"
    );
    // A warning: the demo stays ready on its day, and nothing else fails.
    assert!(r.ready, "{:?}", failing(&r));
    assert_eq!(failing(&r), vec!["subsidy_not_doubled"]);
    assert_eq!(r.warnings, 1);

    // A day later both are named.
    let r = judged(&p, &program, "2022-08-26");
    let x = rule(&r, RuleId::SubsidyNotDoubled);
    assert!(
        x.explanation.contains(&format!(
            "{CITY} 20000 元（2022-06-30）、高新区管委会 10000 元（2022-08-26）"
        )),
        "{x:?}"
    );

    // A program that does not forbid it, and no program at all: no warning.
    let mut lenient = program.clone();
    lenient.forbids_other_subsidies = false;
    lenient.subsidy_rule_basis.clear();
    let x = rule(&judged(&p, &lenient, APPLIES), RuleId::SubsidyNotDoubled);
    assert!(
        x.passed && x.explanation.contains("未规定不得重复奖补"),
        "{x:?}"
    );
    let none = ProgramProfile::none(&program.standard_edition);
    let x = rule(&judged(&p, &none, APPLIES), RuleId::SubsidyNotDoubled);
    assert!(
        x.passed && x.explanation.contains("不参加政府贯标计划"),
        "{x:?}"
    );
}

#[test]
fn the_licence_rule_requires_the_scan() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.gbproj");
    let (mut p, _) = demo::create(&path, 1).unwrap();
    let program = shaanxi();
    let pre = p.preconditions().unwrap();
    let scan = pre.licence.clone().expect("the demo attaches its licence");
    assert_eq!(scan.file_name, demo::LICENCE_FILE);
    assert_eq!(scan.media_type, "image/png");
    let x = rule(&judged(&p, &program, APPLIES), RuleId::LicenceValid);
    assert!(
        x.passed && x.explanation.contains("扫描件：营业执照（演示）.png"),
        "{x:?}"
    );

    // An attachment that does not exist is refused.
    let mut input = pre.input.clone();
    input.licence_attachment_id = Some(987_654);
    assert!(p
        .save_preconditions(&input)
        .unwrap_err()
        .message
        .contains("不存在"));

    // Without the scan only the licence rule fails, and it blocks.
    input.licence_attachment_id = None;
    p.save_preconditions(&input).unwrap();
    let r = judged(&p, &program, APPLIES);
    assert_eq!(failing(&r), vec!["licence_valid"]);
    let x = rule(&r, RuleId::LicenceValid);
    assert_eq!(x.explanation, "营业执照扫描件尚未附上");
    assert_eq!(x.severity, Severity::Blocker);
    assert!(!r.ready);
    // The change log names the column.
    let h = p.history_for("application_precondition", "1").unwrap();
    assert!(h
        .iter()
        .flat_map(|e| e.changes.iter())
        .any(|c| c.label == "营业执照扫描件"));
}

#[test]
fn the_demo_licence_goes_into_the_package() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("d.gbproj"), 1).unwrap();
    let evidence = p.package_evidence().unwrap();
    let first = &evidence[0];
    assert_eq!(
        (first.section, first.label.as_str()),
        ("申请前提", "营业执照扫描件")
    );
    // The row's content is what `store_files` puts in a store: a real picture.
    let store = AttachmentStore::new(&dir.path().join("data"));
    assert!(store.read(&first.attachment.sha256).is_none());
    demo::store_files(&store).unwrap();
    let bytes = store.read(&first.attachment.sha256).expect("stored");
    assert_eq!(bytes.len() as u64, first.attachment.size);
    let picture = guanbiao_core::picture::decode(&bytes).unwrap();
    assert_eq!(picture.source_size, (480, 340));
}

/// A file as the version before 0010 wrote it: the preconditions filled in
/// and a program defined in the app, whose JSON has no subsidy fields.
fn file_before_subsidies(path: &Path) {
    let c = crate::support::file_at_version(path, 9);
    let mut definition = serde_json::to_value(shaanxi()).unwrap();
    let fields = definition.as_object_mut().unwrap();
    fields.remove("forbids_other_subsidies");
    fields.remove("subsidy_rule_basis");
    fields.insert("id".into(), "xian-2022".into());
    c.execute(
        "INSERT INTO program (id, kind, definition, updated_at) VALUES (1, 'defined', ?1, '')",
        [definition.to_string()],
    )
    .unwrap();
    c.execute_batch(
        "UPDATE enterprise SET program_id = 'xian-2022';
         UPDATE application_precondition SET licence_long_term = 1, status_checked_on = '2022-07-25'",
    )
    .unwrap();
}

#[test]
fn files_from_before_the_subsidies_still_open() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.gbproj");
    file_before_subsidies(&path);
    let p = Project::open(&path).unwrap();
    assert_eq!(p.schema_version().unwrap(), migrations::CURRENT_VERSION);
    let program = p.program(&catalog::load().unwrap()).unwrap();
    assert_eq!(program.id, "xian-2022");
    assert!(!program.forbids_other_subsidies, "the default");
    assert_eq!(program.subsidy_rule_basis, "");
    assert!(p.other_subsidies().unwrap().is_empty());
    let pre = p.preconditions().unwrap();
    assert!(pre.input.licence_long_term);
    assert_eq!(pre.licence, None);
    let r = judged(&p, &program, APPLIES);
    assert!(rule(&r, RuleId::SubsidyNotDoubled).passed);
    assert_eq!(
        rule(&r, RuleId::LicenceValid).explanation,
        "营业执照扫描件尚未附上"
    );
}
