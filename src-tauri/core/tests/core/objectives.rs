//! 知识产权目标 and 目标考核: the store's validation, the readiness rule
//! `objectives_measured` and the management review's inputs.

use guanbiao_core::demo;
use guanbiao_core::error::ErrorCode;
use guanbiao_core::model::{ObjectiveInput, ObjectiveMeasurementInput, RuleId, Severity};

use crate::readiness::{breaks, readiness, rule_of, severity_after};
use crate::support::{d, new_project};

fn objective(description: &str, target: &str) -> ObjectiveInput {
    ObjectiveInput {
        description: description.into(),
        target: target.into(),
        department_id: None,
        period: "2022 年度".into(),
    }
}

fn measured(on: &str, actual: &str, achieved: bool) -> ObjectiveMeasurementInput {
    ObjectiveMeasurementInput {
        measured_on: d(on),
        actual: actual.into(),
        achieved,
        measured_by: None,
        note: String::new(),
    }
}

#[test]
fn objectives_and_measurements_are_validated() {
    let (_dir, mut p) = new_project();
    let e = p
        .save_objective(None, &objective(" ", "≥6 件"))
        .unwrap_err();
    assert_eq!(
        (e.code, e.message.as_str()),
        (ErrorCode::InvalidInput, "请填写目标")
    );
    let e = p
        .save_objective(None, &objective("发明专利申请", ""))
        .unwrap_err();
    assert_eq!(e.message, "请填写目标值");
    let mut bad_dep = objective("发明专利申请", "≥6 件");
    bad_dep.department_id = Some(999);
    assert_eq!(
        p.save_objective(None, &bad_dep).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert!(p.objectives().unwrap().is_empty());

    let o = p
        .save_objective(None, &objective("发明专利申请", "≥6 件"))
        .unwrap();
    assert_eq!(
        (o.target.as_str(), o.period.as_str()),
        ("≥6 件", "2022 年度")
    );
    let o = p
        .save_objective(Some(o.id), &objective("年度发明专利申请", "≥8 件"))
        .unwrap();
    assert_eq!(o.description, "年度发明专利申请");

    let mut undated = measured("2022-08-15", "7 件", true);
    undated.measured_on = None;
    let e = p
        .save_objective_measurement(o.id, None, &undated)
        .unwrap_err();
    assert_eq!(e.message, "请填写考核日期");
    let e = p
        .save_objective_measurement(o.id, None, &measured("2022-08-15", " ", true))
        .unwrap_err();
    assert_eq!(e.message, "请填写实际完成情况");
    let e = p
        .save_objective_measurement(999, None, &measured("2022-08-15", "7 件", true))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);

    let o = p
        .save_objective_measurement(o.id, None, &measured("2022-08-15", "7 件", false))
        .unwrap();
    let m = o.measurements[0].clone();
    assert!(!m.achieved);
    // Corrected in place; another objective's measurement is not reachable through it.
    let o = p
        .save_objective_measurement(o.id, Some(m.id), &measured("2022-08-16", "9 件", true))
        .unwrap();
    assert_eq!(o.measurements.len(), 1);
    assert_eq!(
        (
            o.measurements[0].actual.as_str(),
            o.measurements[0].achieved
        ),
        ("9 件", true)
    );
    let other = p
        .save_objective(None, &objective("商标注册", "≥2 件"))
        .unwrap();
    let e = p
        .save_objective_measurement(other.id, Some(m.id), &measured("2022-08-16", "1 件", false))
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);

    // Deleting an objective takes its measurements with it.
    p.delete_objective(o.id).unwrap();
    assert_eq!(p.objectives().unwrap().len(), 1);
    assert_eq!(
        p.delete_objective_measurement(m.id).unwrap_err().code,
        ErrorCode::NotFound
    );
    assert_eq!(
        p.delete_objective(o.id).unwrap_err().code,
        ErrorCode::NotFound
    );
}

#[test]
fn the_demo_measures_its_objectives_before_the_review() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("d.gbproj"), 1).unwrap();
    let rule = rule_of(&readiness(&p), RuleId::ObjectivesMeasured);
    assert!(rule.passed, "{rule:?}");
    assert_eq!(rule.severity, Severity::Blocker);
    assert_eq!(
        rule.explanation,
        "4 项知识产权目标均于管理评审 PS-2022-01（2022-08-19）前完成考核，达成 3 项"
    );
    // The review's inputs list each objective with its result.
    let snap = p.reviews().unwrap()[0].snapshot.clone().unwrap();
    assert!(
        snap.objectives
            .contains("全员知识产权培训覆盖率（目标 100%）：全员宣贯培训覆盖 80/80 人（达成，2022-08-15 考核）"),
        "{}",
        snap.objectives
    );
    assert!(
        snap.objectives.contains("（未达成，"),
        "{}",
        snap.objectives
    );
}

#[test]
fn objectives_not_measured_before_the_review_block() {
    breaks(
        "objectives_measured",
        "DELETE FROM objective",
        "尚未登记知识产权目标",
    );
    breaks(
        "objectives_measured",
        "DELETE FROM objective_measurement",
        "4 项知识产权目标在运行期（2022-05-18 起）内、管理评审 PS-2022-01（2022-08-19）前没有考核记录",
    );
    // Measured after the review: too late for it.
    breaks(
        "objectives_measured",
        "UPDATE objective_measurement SET measured_on = '2022-08-20'
          WHERE objective_id = (SELECT id FROM objective WHERE description = '年度新增专利申请')",
        "1 项知识产权目标在运行期（2022-05-18 起）内、管理评审 PS-2022-01（2022-08-19）前没有考核记录：年度新增专利申请",
    );
    // Measured before the system was implemented: not a measurement of it.
    breaks(
        "objectives_measured",
        "UPDATE objective_measurement SET measured_on = '2022-05-10'
          WHERE objective_id = (SELECT id FROM objective WHERE description = '合同知识产权条款审查率')",
        "：合同知识产权条款审查率",
    );
    // On the 省验收 path it is a warning.
    assert_eq!(
        severity_after(
            RuleId::ObjectivesMeasured,
            "DELETE FROM objective_measurement;
             UPDATE application_setting SET path = 'provincial_acceptance'"
        ),
        Severity::Warning
    );
}

#[test]
fn without_a_review_the_measurements_count_up_to_the_application() {
    breaks(
        "management_review",
        "UPDATE management_review SET status = 'planned'",
        "尚未完成管理评审",
    );
    let r = crate::readiness::readiness_after("UPDATE management_review SET status = 'planned'");
    let rule = rule_of(&r, RuleId::ObjectivesMeasured);
    assert!(rule.passed, "{rule:?}");
    assert!(
        rule.explanation
            .contains("2022-08-25 前（尚无计入的管理评审）"),
        "{rule:?}"
    );
}
