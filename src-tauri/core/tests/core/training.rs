//! Training rules against a real project file: credits against the
//! threshold, sessions and attendance, coverage, auditor qualification.

use crate::support::{d, new_project, person, program};
use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::catalog::ProgramProfile;
use guanbiao_core::model::*;
use guanbiao_core::{ErrorCode, Project};

fn setup() -> (tempfile::TempDir, Project, ProgramProfile) {
    let (dir, p) = new_project();
    (dir, p, program())
}

fn credits(p: &mut Project, id: i64, c: f64) -> guanbiao_core::Result<()> {
    p.save_online_training(
        id,
        &OnlineTrainingInput {
            platform_account: "acc".into(),
            credits: c,
            reached_on: d("2022-04-20"),
            certificate_id: None,
        },
    )
}

#[test]
fn credits_against_threshold_and_who_is_missing() {
    let (_d, mut p, prog) = setup();
    let rd = p
        .create_department(&DepartmentInput {
            name: "研发部".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let boss = person(&mut p, "王总", None, &[Role::TopManager]);
    let head = person(&mut p, "张三", Some(rd), &[Role::DepartmentHead]);
    let _dev = person(&mut p, "李四", Some(rd), &[Role::RndStaff]);
    let auditor = person(&mut p, "赵六", Some(rd), &[Role::InternalAuditor]);

    // Threshold 未设定 until set: nobody counts as reached.
    let o = p.credit_overview(&prog).unwrap();
    assert_eq!(o.threshold, None);
    assert_eq!(o.people.len(), 3, "only required roles are listed");
    assert!(o.people.iter().all(|s| s.reached.is_none()));

    p.set_credit_threshold(Some(20.0)).unwrap();
    credits(&mut p, boss, 24.0).unwrap();
    credits(&mut p, head, 12.0).unwrap();
    let o = p.credit_overview(&prog).unwrap();
    assert_eq!(o.threshold, Some(20.0));
    assert_eq!(o.reached_count, 1);
    assert_eq!(o.missing, vec!["张三".to_string(), "赵六".to_string()]);
    let zhang = o.people.iter().find(|s| s.person_id == head).unwrap();
    assert_eq!((zhang.credits, zhang.reached), (12.0, Some(false)));

    credits(&mut p, head, 20.0).unwrap();
    credits(&mut p, auditor, 30.5).unwrap();
    assert!(p.credit_overview(&prog).unwrap().missing.is_empty());

    // Bad credits and thresholds.
    let e = credits(&mut p, head, -1.0).unwrap_err();
    assert!(e.message.contains("不能为负数"), "{}", e.message);
    let e = credits(&mut p, head, 5000.0).unwrap_err();
    assert!(e.message.contains("不合理"), "{}", e.message);
    assert!(credits(&mut p, head, f64::NAN).is_err());
    assert!(p.set_credit_threshold(Some(-3.0)).is_err());
    assert_eq!(
        p.credit_overview(&prog)
            .unwrap()
            .people
            .iter()
            .find(|s| s.person_id == head)
            .unwrap()
            .credits,
        20.0,
        "nothing half-written"
    );
}

#[test]
fn sessions_attendance_and_all_staff_coverage() {
    let (_d, mut p, _) = setup();
    let a = person(&mut p, "甲", None, &[]);
    let b = person(&mut p, "乙", None, &[]);
    let c = person(&mut p, "丙", None, &[]);
    let cov = p.all_staff_coverage().unwrap();
    assert_eq!((cov.staff, cov.attended), (3, 0));

    let input = TrainingSessionInput {
        held_on: d("2022-05-20"),
        kind: Some(SessionKind::AllStaff),
        topic: "《规范》宣贯".into(),
        trainer: "林老师".into(),
        hours: 2.0,
        attendee_ids: vec![a, b, b],
        sign_in_id: None,
        notes: String::new(),
    };
    let s = p.create_training_session(&input).unwrap();
    assert_eq!(s.attendee_names, vec!["甲", "乙"]);
    let cov = p.all_staff_coverage().unwrap();
    assert_eq!((cov.staff, cov.attended), (3, 2));
    assert!((cov.share - 2.0 / 3.0).abs() < 1e-9);
    assert_eq!(cov.not_attended, vec!["丙"]);

    // Duplicate session, unknown attendee, bad hours, missing date: clear errors, nothing written.
    let e = p.create_training_session(&input).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(e.message.contains("请勿重复登记"), "{}", e.message);
    let mut bad = input.clone();
    bad.topic = "另一场".into();
    bad.attendee_ids = vec![a, 99999];
    let e = p.create_training_session(&bad).unwrap_err();
    assert!(e.message.contains("不在人员名单中"), "{}", e.message);
    bad.attendee_ids = vec![a];
    bad.hours = 0.0;
    assert!(p
        .create_training_session(&bad)
        .unwrap_err()
        .message
        .contains("学时"));
    bad.hours = 2.0;
    bad.held_on = None;
    assert!(p
        .create_training_session(&bad)
        .unwrap_err()
        .message
        .contains("请填写培训日期"));
    assert_eq!(p.training_sessions().unwrap().len(), 1);

    // Editing attendance changes coverage; an archived person leaves the staff count but stays on the record.
    let mut edit = input.clone();
    edit.attendee_ids = vec![a, b, c];
    p.update_training_session(s.id, &edit).unwrap();
    assert_eq!(p.all_staff_coverage().unwrap().attended, 3);
    p.archive_person(c).unwrap();
    let cov = p.all_staff_coverage().unwrap();
    assert_eq!((cov.staff, cov.attended), (2, 2));
    assert_eq!(
        p.training_session(s.id).unwrap().attendee_names,
        vec!["甲", "乙", "丙"]
    );
    let mut with_archived = input.clone();
    with_archived.topic = "补训".into();
    with_archived.attendee_ids = vec![c];
    assert!(p
        .create_training_session(&with_archived)
        .unwrap_err()
        .message
        .contains("已归档"));
}

#[test]
fn auditors_need_two_qualified_and_certificates_attach() {
    let (dir, mut p, _) = setup();
    let x = person(&mut p, "审一", None, &[Role::InternalAuditor]);
    let y = person(&mut p, "审二", None, &[Role::InternalAuditor]);
    let z = person(&mut p, "路人", None, &[]);
    assert!(!p.auditor_overview().unwrap().can_plan_audit);

    let store = AttachmentStore::new(dir.path());
    let src = dir.path().join("内审员证书.pdf");
    std::fs::write(&src, b"%PDF-1.7 certificate").unwrap();
    let cert = p.attach_file(&store, &src).unwrap();
    let q = AuditorQualificationInput {
        certificate_no: "NS-001".into(),
        issuer: "某机构".into(),
        qualified_on: d("2022-04-21"),
        certificate_id: Some(cert.id),
    };
    p.save_auditor_qualification(x, &q).unwrap();
    let o = p.auditor_overview().unwrap();
    assert_eq!(o.qualified_count, 1);
    assert!(!o.can_plan_audit);
    assert_eq!(
        o.auditors
            .iter()
            .find(|a| a.person_id == x)
            .unwrap()
            .certificate
            .as_ref()
            .unwrap()
            .file_name,
        "内审员证书.pdf"
    );

    p.save_auditor_qualification(
        y,
        &AuditorQualificationInput {
            certificate_id: None,
            ..q.clone()
        },
    )
    .unwrap();
    assert!(p.auditor_overview().unwrap().can_plan_audit);

    let e = p.save_auditor_qualification(z, &q).unwrap_err();
    assert!(e.message.contains("不是内审员"), "{}", e.message);
    let e = p
        .save_auditor_qualification(
            y,
            &AuditorQualificationInput {
                qualified_on: None,
                ..q.clone()
            },
        )
        .unwrap_err();
    assert!(e.message.contains("请填写取得资格日期"));
    let e = p
        .save_auditor_qualification(
            y,
            &AuditorQualificationInput {
                certificate_id: Some(4242),
                ..q
            },
        )
        .unwrap_err();
    assert_eq!(e.code, ErrorCode::NotFound);
}
