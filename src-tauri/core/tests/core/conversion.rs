//! 换版: the 2013 demo converted to 2023 keeps every record, carries the
//! diagnosis, archives the 2013 documents, drafts the 2023 set (keeping
//! the enterprise's edited text where a document maps one to one) and plans
//! the new clauses.

use guanbiao_core::catalog;
use guanbiao_core::demo;
use guanbiao_core::model::{
    ConversionInput, ConversionRoute, DiagnosisResult, RevisionEditInput, RevisionStatus,
};
use guanbiao_core::store::backup::{BackupReason, BackupStore};
use rusqlite::Connection;

use crate::support::ymd;

/// The records nothing may lose, by table.
const KEPT: &[&str] = &[
    "person",
    "department",
    "training_session",
    "training_attendance",
    "online_training",
    "audit",
    "nonconformity",
    "checklist_item",
    "management_review",
    "operation_record",
    "operation_checkin",
    "revision",
    "distribution",
    "objective_measurement",
];

fn counts(c: &Connection) -> Vec<(&'static str, i64)> {
    KEPT.iter()
        .map(|t| {
            let n: i64 = c
                .query_row(&format!("SELECT count(*) FROM {t}"), [], |r| r.get(0))
                .unwrap();
            (*t, n)
        })
        .collect()
}

fn count(c: &Connection, sql: &str) -> i64 {
    c.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn converting_the_2013_demo_keeps_every_record() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("demo.gbproj");
    let (mut p, _) = demo::create(&path, 1).unwrap();
    let catalog = catalog::load().unwrap();

    // The enterprise edited its 2013 获取 procedure (one to one with 2023's P11).
    let acquisition = p
        .documents()
        .unwrap()
        .into_iter()
        .find(|d| d.template_key.as_deref() == Some("P11"))
        .unwrap();
    let rev = p.new_revision(acquisition.id, None).unwrap();
    let edited = format!(
        "{}\n本公司补充：专利申请前须经技术委员会评审。",
        rev.content
    );
    p.edit_revision(
        rev.id,
        &RevisionEditInput {
            content: edited.clone(),
            change_note: "补充评审要求".into(),
        },
    )
    .unwrap();
    let mut before_docs = p.documents().unwrap();
    before_docs.sort_by_key(|d| d.id);
    p.close().unwrap();
    let before = counts(&Connection::open(&path).unwrap());
    let old_diag: Vec<(String, String)> = {
        let c = Connection::open(&path).unwrap();
        let mut st = c.prepare("SELECT clause, result FROM diagnosis").unwrap();
        let v = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        v
    };
    let completed_scope_before = count(
        &Connection::open(&path).unwrap(),
        "SELECT count(*) FROM audit_scope WHERE clause GLOB '[0-9]*'",
    );

    let mut p = guanbiao_core::Project::open(&path).unwrap();
    let store = BackupStore::new(&dir.path().join("data"));
    let report = p
        .convert_edition(
            &catalog,
            &ConversionInput {
                to: "gbt29490-2023".into(),
                route: Some(ConversionRoute::Surveillance),
                deadline: Some(ymd("2027-03-31")),
            },
            Some(&store),
        )
        .unwrap();

    // A backup first, labelled as the conversion's.
    let backups = store.list(&path).unwrap();
    assert_eq!(backups.len(), 1);
    assert_eq!(backups[0].reason, BackupReason::BeforeConversion);
    assert_eq!(report.conversion.backup_file, backups[0].path);

    // The project is on 2023 and the conversion is recorded.
    assert_eq!(p.profile().unwrap().standard_edition, "GB/T 29490-2023");
    let (_, standard) = p.program_and_standard(&catalog).unwrap();
    assert_eq!(standard.code, "gbt29490-2023");
    let recorded = p.edition_conversions().unwrap();
    assert_eq!(recorded.len(), 1);
    assert_eq!(recorded[0].route, Some(ConversionRoute::Surveillance));
    assert_eq!(recorded[0].deadline, Some(ymd("2027-03-31")));
    assert_eq!(recorded[0].from_edition, "GB/T 29490-2013");

    // Diagnosis: carried through the correspondence, weakest wins.
    let diag = p.diagnosis(&standard, ymd("2026-12-01")).unwrap();
    let result = |k: &str| diag.clauses.iter().find(|c| c.clause == k).unwrap().result;
    let old = |k: &str| {
        old_diag
            .iter()
            .find(|d| d.0 == k)
            .map(|d| DiagnosisResult::from_code(&d.1).unwrap())
    };
    assert_eq!(result("acquisition"), old("7.1"));
    let weakest = ["6.1.1", "6.1.3", "6.1.4", "6.1.5", "6.1.6"]
        .iter()
        .filter_map(|k| old(k))
        .min_by_key(|r| match r {
            DiagnosisResult::Nonconform => 0,
            DiagnosisResult::Partial => 1,
            DiagnosisResult::Conform => 2,
            DiagnosisResult::NotApplicable => 3,
        });
    assert_eq!(result("human_resources"), weakest);
    for k in &report.new_clauses {
        assert_eq!(result(k), None, "{k} starts unassessed");
    }
    assert!(report
        .new_clauses
        .contains(&"compliance_culture".to_string()));
    assert_eq!(report.plan_tasks_added as usize, report.new_clauses.len());
    let plan = p
        .plan(&p.program(&catalog).unwrap(), ymd("2026-12-01"))
        .unwrap();
    assert!(plan
        .tasks
        .iter()
        .any(|t| t.title.contains("换版新增要求") && t.title.contains("文化")));

    // Documents: the 2013 set archived with its published revisions 作废,
    // the 2023 set drafted; the edited procedure's text kept.
    let after_docs = p.documents().unwrap();
    assert_eq!(
        after_docs.len(),
        before_docs.len() + report.documents_created as usize
    );
    for d in &before_docs {
        let now = after_docs.iter().find(|a| a.id == d.id).expect("kept");
        assert!(now.archived, "{} archived", d.code);
        assert!(now.published.is_none());
        assert!(p
            .revisions(d.id)
            .unwrap()
            .iter()
            .any(|r| r.status == RevisionStatus::Obsolete));
    }
    let new_docs: Vec<_> = after_docs.iter().filter(|d| !d.archived).collect();
    assert_eq!(new_docs.len(), 105);
    let p11 = new_docs
        .iter()
        .find(|d| d.template_key.as_deref() == Some("P11"))
        .unwrap();
    let draft = p11.working.as_ref().unwrap();
    assert_eq!(draft.content, edited);
    assert!(draft.change_note.contains(&acquisition.code));
    assert_eq!(
        report.documents_kept_text.len(),
        1,
        "{:?}",
        report.documents_kept_text
    );
    let p14 = new_docs
        .iter()
        .find(|d| d.template_key.as_deref() == Some("P14"))
        .unwrap();
    assert!(p14.working.as_ref().unwrap().content.contains("保护"));
    assert_eq!(p14.clauses, ["protection"]);
    p.close().unwrap();

    // Nothing lost.
    let c = Connection::open(&path).unwrap();
    let after = counts(&c);
    for ((t, b), (_, a)) in before.iter().zip(&after) {
        if *t == "revision" {
            assert_eq!(*a, b + report.documents_created as i64, "{t}");
        } else {
            assert_eq!(a, b, "{t}");
        }
    }
    // Clause-keyed records now on 2023 keys, completed audits untouched.
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM document_clause WHERE clause GLOB '[0-9]*'"
        ),
        0
    );
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM function_allocation WHERE clause GLOB '[0-9]*'"
        ),
        0
    );
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM audit_scope WHERE clause GLOB '[0-9]*'"
        ),
        completed_scope_before
    );
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM nonconformity WHERE clause GLOB '[0-9]*'"
        ),
        count(&c, "SELECT count(*) FROM nonconformity")
    );
    assert_eq!(
        count(
            &c,
            "SELECT count(*) FROM distribution WHERE withdrawn_on IS NULL"
        ),
        0
    );
}

#[test]
fn conversion_is_refused_where_it_makes_no_sense() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.gbproj");
    let (mut p, _) = demo::create_with(&path, 1, demo::DemoStage::Organisation).unwrap();
    let catalog = catalog::load().unwrap();
    let to = |s: &str| ConversionInput {
        to: s.into(),
        ..Default::default()
    };
    let e = p
        .convert_edition(&catalog, &to("gbt29490-2099"), None)
        .unwrap_err();
    assert!(e.message.contains("没有标准版本"), "{}", e.message);
    let e = p
        .convert_edition(&catalog, &to("gbt29490-2013"), None)
        .unwrap_err();
    assert!(e.message.contains("无需换版"), "{}", e.message);
    // Without a backup store the copy goes beside the file.
    let r = p
        .convert_edition(&catalog, &to("gbt29490-2023"), None)
        .unwrap();
    assert!(std::path::Path::new(&r.conversion.backup_file).exists());
    assert_eq!(r.conversion.deadline, Some(ymd("2025-12-31")));
    assert!(r.warnings.iter().any(|w| w.contains("已过")));
    // The demo follows the 2022 Shaanxi program, which accepts only 2013.
    assert!(
        r.warnings
            .iter()
            .any(|w| w.contains("不受理 GB/T 29490-2023")),
        "{:?}",
        r.warnings
    );
    let e = p
        .convert_edition(&catalog, &to("gbt29490-2023"), None)
        .unwrap_err();
    assert!(e.message.contains("无需换版"), "{}", e.message);
}

/// The edition of a project with clause records changes only by
/// conversion: saving the profile with another edition is refused and
/// nothing changes; a project without such records may still change it.
#[test]
fn the_edition_changes_by_conversion_once_records_name_its_clauses() {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = demo::create(&dir.path().join("d.gbproj"), 1).unwrap();
    let c = catalog::load().unwrap();
    let program = p.program(&c).unwrap();
    let mut profile = p.profile().unwrap();
    assert_eq!(profile.standard_edition, "GB/T 29490-2013");
    profile.standard_edition = "GB/T 29490-2023".into();
    let e = p.save_profile(&profile, false, &program).unwrap_err();
    assert!(e.message.contains("换版"), "{}", e.message);
    assert_eq!(p.profile().unwrap().standard_edition, "GB/T 29490-2013");

    let (_d, mut fresh) = crate::support::new_project();
    let mut profile = fresh.profile().unwrap();
    profile.name = "新企业".into();
    profile.standard_edition = "GB/T 29490-2023".into();
    let program = fresh.program(&c).unwrap();
    fresh.save_profile(&profile, false, &program).unwrap();
    assert_eq!(fresh.profile().unwrap().standard_edition, "GB/T 29490-2023");
}
