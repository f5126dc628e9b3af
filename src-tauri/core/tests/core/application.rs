//! The acceptance stage: one path, qualifying bodies only, records and the subsidy.

use crate::support::{d, new_project, person};
use guanbiao_core::catalog;
use guanbiao_core::model::*;
use guanbiao_core::Project;

#[test]
fn bodies_paths_records_and_the_subsidy() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Project::create(&dir.path().join("a.gbproj")).unwrap();
    let prog = catalog::load().unwrap().programs.remove(0);
    let good = p
        .save_certification_body(
            None,
            &CertificationBodyInput {
                name: "甲认证".into(),
                meets_standard: true,
                no_dishonesty: true,
                note: String::new(),
            },
        )
        .unwrap();
    let bad = p
        .save_certification_body(
            None,
            &CertificationBodyInput {
                name: "乙认证".into(),
                meets_standard: true,
                no_dishonesty: false,
                note: "有失信记录".into(),
            },
        )
        .unwrap();
    assert!(good.qualifies && !bad.qualifies);
    assert!(p
        .save_certification_body(
            None,
            &CertificationBodyInput {
                name: "甲认证".into(),
                ..Default::default()
            }
        )
        .unwrap_err()
        .message
        .contains("已在列表中"));

    let mut s = ApplicationSettings {
        path: Some(AcceptancePathKind::Certification),
        body_id: Some(bad.id),
        planned_application_on: None,
        lead_time_days: 45,
    };
    let e = p.save_application_settings(&s).unwrap_err();
    assert!(
        e.message.contains("没有失信行为") || e.message.contains("不符合要求"),
        "{}",
        e.message
    );
    s.body_id = Some(good.id);
    assert_eq!(
        p.save_application_settings(&s).unwrap().body_id,
        Some(good.id)
    );
    s.lead_time_days = 400;
    assert!(p.save_application_settings(&s).is_err());

    let rec = ApplicationRecordInput {
        path: Some(AcceptancePathKind::Certification),
        body_id: Some(good.id),
        submitted_on: Some("2022-08-25".parse().unwrap()),
        result: Some(ApplicationResult::Passed),
        certificate_no: "ZC-2022-001".into(),
        certificate_on: Some("2022-10-20".parse().unwrap()),
        ..Default::default()
    };
    let r = p.save_application_record(&prog, None, &rec).unwrap();
    assert!(!r.misses_subsidy);
    assert_eq!(
        r.body_id,
        Some(good.id),
        "the body by id, for editing the record"
    );
    assert_eq!(r.subsidy_yuan, 50_000);
    let late = p
        .save_application_record(
            &prog,
            Some(r.id),
            &ApplicationRecordInput {
                certificate_on: Some("2022-11-02".parse().unwrap()),
                ..rec.clone()
            },
        )
        .unwrap();
    assert!(
        late.misses_subsidy,
        "a certificate dated after the deadline misses the subsidy"
    );
    assert_eq!(late.subsidy_yuan, 0);
    // The two subsidies are not combined.
    let other = ApplicationRecordInput {
        path: Some(AcceptancePathKind::ProvincialAcceptance),
        body_id: None,
        ..rec.clone()
    };
    assert!(p
        .save_application_record(&prog, None, &other)
        .unwrap_err()
        .message
        .contains("不兼得"));
    let early = ApplicationRecordInput {
        certificate_on: Some("2022-08-01".parse().unwrap()),
        ..rec
    };
    assert!(p
        .save_application_record(&prog, None, &early)
        .unwrap_err()
        .message
        .contains("早于申请日期"));
}

#[test]
fn preconditions_are_saved_checked_and_logged() {
    let (_d, mut p) = new_project();
    let empty = p.preconditions().unwrap();
    assert_eq!(empty.input, PreconditionsInput::default());
    let boss = person(&mut p, "赵总", None, &[Role::TopManager]);
    let input = PreconditionsInput {
        scope_products: "  软件开发及相关知识产权管理 ".into(),
        scope_sites: "西安市".into(),
        scope_headcount: Some(40),
        licence_valid_until: d("2030-01-01"),
        licence_long_term: true,
        status_checked_on: d("2026-11-30"),
        declared_on: d("2026-12-01"),
        declared_by: Some(boss),
        licence_attachment_id: None,
    };
    let saved = p.save_preconditions(&input).unwrap();
    assert_eq!(saved.input.scope_products, "软件开发及相关知识产权管理");
    assert_eq!(
        saved.input.licence_valid_until, None,
        "long-term: no end date kept"
    );
    assert_eq!(saved.declared_by_name.as_deref(), Some("赵总"));
    // Refused, and nothing changes.
    for (bad, needle) in [
        (
            PreconditionsInput {
                scope_headcount: Some(0),
                ..input.clone()
            },
            "人数须大于 0",
        ),
        (
            PreconditionsInput {
                declared_by: None,
                ..input.clone()
            },
            "同时填写确认日期和确认人",
        ),
        (
            PreconditionsInput {
                declared_by: Some(987_654),
                ..input.clone()
            },
            "不存在",
        ),
        (
            PreconditionsInput {
                status_checked_on: d("1899-01-01"),
                ..input.clone()
            },
            "登记状态核查日期",
        ),
    ] {
        let e = p.save_preconditions(&bad).unwrap_err();
        assert!(e.message.contains(needle), "{}", e.message);
    }
    assert_eq!(p.preconditions().unwrap(), saved);
    let h = p.history_for("application_precondition", "1").unwrap();
    assert_eq!(h.len(), 1, "one save logged");
    assert_eq!(h[0].entity_label, "申请前提");
}
