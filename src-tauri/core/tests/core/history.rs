//! The change history against a real project file: every create, update,
//! archive and delete is logged with the operator and exactly the changed
//! fields, also for writes made outside the app, and the log survives reopening.

use std::collections::BTreeMap;
use std::path::Path;

use crate::support::standard;
use crate::support::{d as date, new_project as project};
use guanbiao_core::catalog;
use guanbiao_core::model::labels::Labelled;
use guanbiao_core::model::{
    AcceptancePathKind, AllocationRole, ChangeAction, ChangeEntry, DepartmentInput, DiagnosisInput,
    DiagnosisResult, DocType, DocumentInput, ImplementationMode, OutputKind, PersonInput,
    PlanTaskInput, Role, Secrecy, SessionKind, SlotKind, Table, TaskStatus, TrainingSessionInput,
};
use guanbiao_core::store::CURRENT_VERSION;
use guanbiao_core::{ErrorCode, Project};
use rusqlite::Connection;

/// `{field: (old, new)}` of an entry.
type Pair<'a> = (Option<&'a str>, Option<&'a str>);

fn fields(e: &ChangeEntry) -> BTreeMap<&str, Pair<'_>> {
    e.changes
        .iter()
        .map(|c| (c.field.as_str(), (c.old.as_deref(), c.new.as_deref())))
        .collect()
}

/// The changes of an entry in the table's column order.
fn list(e: &ChangeEntry) -> Vec<(&str, Pair<'_>)> {
    e.changes
        .iter()
        .map(|c| (c.field.as_str(), (c.old.as_deref(), c.new.as_deref())))
        .collect()
}

fn own<'a>(h: &'a [ChangeEntry], entity: &str) -> Vec<&'a ChangeEntry> {
    h.iter().filter(|e| e.entity == entity).collect()
}

fn person_input(name: &str, dep: Option<i64>, roles: &[Role], phone: &str) -> PersonInput {
    PersonInput {
        name: name.into(),
        department_id: dep,
        roles: roles.to_vec(),
        phone: phone.into(),
        ..Default::default()
    }
}

#[test]
fn person_create_update_archive_are_logged_with_operator_and_changed_fields() {
    let (_d, mut p) = project();
    p.set_operator("  张三 ").unwrap();
    assert_eq!(p.operator().unwrap(), "张三", "trimmed");
    let rd = p
        .create_department(&DepartmentInput {
            name: "研发部".into(),
            ..Default::default()
        })
        .unwrap();
    let hr = p
        .create_department(&DepartmentInput {
            name: "人事部".into(),
            ..Default::default()
        })
        .unwrap();
    let wang = p
        .create_person(&person_input(
            "王五",
            Some(rd.id),
            &[Role::IpStaff],
            "13800000000",
        ))
        .unwrap();

    let h = p.history_for("person", &wang.id.to_string()).unwrap();
    let created = own(&h, "person");
    assert_eq!(created.len(), 1);
    assert_eq!(created[0].action, ChangeAction::Create);
    assert_eq!(created[0].operator, "张三");
    assert_eq!(created[0].record_label, "王五");
    let f = fields(created[0]);
    assert_eq!(f["name"], (None, Some("王五")));
    assert_eq!(f["department_id"], (None, Some("研发部")), "ids named");
    assert_eq!(f["phone"], (None, Some("13800000000")));
    assert!(
        !f.contains_key("email"),
        "empty fields are not listed: {f:?}"
    );
    assert!(!f.contains_key("created_at") && !f.contains_key("archived"));
    assert!(
        !f.contains_key("id"),
        "the row id is the record id, not a change"
    );
    let role = own(&h, "person_role");
    assert_eq!(role.len(), 1, "{h:#?}");
    assert_eq!(role[0].action, ChangeAction::Create);
    assert_eq!(
        role[0].parent_id.as_deref(),
        Some(wang.id.to_string().as_str())
    );
    assert_eq!(fields(role[0])["role"], (None, Some(Role::IpStaff.label())));

    // Another operator changes the phone, the department and one role.
    p.set_operator("李四").unwrap();
    let changed = person_input(
        "王五",
        Some(hr.id),
        &[Role::IpStaff, Role::InternalAuditor],
        "13900000000",
    );
    p.update_person(wang.id, &changed).unwrap();
    let h = p.history_for("person", &wang.id.to_string()).unwrap();
    let upd = &h[1];
    assert_eq!(upd.entity, "person");
    assert_eq!(upd.action, ChangeAction::Update);
    assert_eq!(upd.operator, "李四");
    let f = fields(upd);
    assert_eq!(
        f.keys().copied().collect::<Vec<_>>(),
        vec!["department_id", "phone"],
        "exactly the changed fields"
    );
    assert_eq!(f["phone"], (Some("13800000000"), Some("13900000000")));
    assert_eq!(f["department_id"], (Some("研发部"), Some("人事部")));
    assert_eq!(upd.changes[1].label, "电话");
    // The kept role is not deleted and re-added: only the new one is logged.
    let roles = own(&h, "person_role");
    assert_eq!(roles.len(), 2, "{roles:#?}");
    assert_eq!(
        fields(roles[0])["role"],
        (None, Some(Role::InternalAuditor.label()))
    );
    assert_eq!(roles[0].operator, "李四");

    // Saving without a change logs nothing.
    let before = p.history_recent(100).unwrap().len();
    p.update_person(wang.id, &changed).unwrap();
    assert_eq!(p.history_recent(100).unwrap().len(), before);

    p.archive_person(wang.id).unwrap();
    p.restore_person(wang.id).unwrap();
    let h = p.history_for("person", &wang.id.to_string()).unwrap();
    assert_eq!(h[0].action, ChangeAction::Restore);
    assert_eq!(h[1].action, ChangeAction::Archive);
    assert_eq!(fields(&h[1])["archived"], (Some("否"), Some("是")));
    assert_eq!(h[1].changes.len(), 1, "{:?}", h[1].changes);

    // Department archive is logged on the department.
    p.archive_department(rd.id).unwrap();
    let dh = p.history_for("department", &rd.id.to_string()).unwrap();
    assert_eq!(dh[0].action, ChangeAction::Archive);
    assert_eq!(dh[0].entity_label, "部门");
    assert_eq!(dh.last().unwrap().action, ChangeAction::Create);
}

#[test]
fn documents_training_plan_and_diagnosis_are_logged() {
    let (_d, mut p) = project();
    p.set_operator("赵六").unwrap();
    let cat = catalog::load().unwrap();
    let program = cat.programs[0].clone();
    let standard = standard();
    let leaf = standard.leaves().next().unwrap().number.clone();
    let leaf2 = standard.leaves().nth(1).unwrap().number.clone();

    // Document: create (with its clauses and first revision), then a title change.
    let long = "正文。".repeat(200);
    let input = DocumentInput {
        doc_type: Some(DocType::Rule),
        title: "专利管理制度".into(),
        clauses: vec![leaf.clone()],
        ..Default::default()
    };
    let doc = p
        .create_document(&standard, &input, &long, None, None)
        .unwrap();
    let h = p.history_for("document", &doc.id.to_string()).unwrap();
    assert_eq!(own(&h, "document").len(), 1);
    assert_eq!(own(&h, "document_clause").len(), 1);
    let rev = own(&h, "revision");
    assert_eq!(rev.len(), 1);
    let content = fields(rev[0])["content"].1.unwrap();
    assert!(
        content.contains("共 600 字") && content.chars().count() < 80,
        "long text summarised: {content}"
    );
    p.update_document(
        &standard,
        doc.id,
        &DocumentInput {
            title: "专利管理办法".into(),
            code: doc.code.clone(),
            clauses: vec![leaf.clone(), leaf2.clone()],
            ..input.clone()
        },
    )
    .unwrap();
    let h = p.history_for("document", &doc.id.to_string()).unwrap();
    let upd = own(&h, "document")[0];
    assert_eq!(upd.action, ChangeAction::Update);
    assert_eq!(
        list(upd),
        vec![("title", (Some("专利管理制度"), Some("专利管理办法")))]
    );
    let clauses = own(&h, "document_clause");
    assert_eq!(clauses.len(), 2, "only the added clause: {clauses:#?}");
    assert_eq!(fields(clauses[0])["clause"], (None, Some(leaf2.as_str())));

    // Training session: attendance changes are logged one by one.
    let a = p.create_person(&person_input("甲", None, &[], "")).unwrap();
    let b = p.create_person(&person_input("乙", None, &[], "")).unwrap();
    let mut s_in = TrainingSessionInput {
        held_on: date("2026-03-02"),
        kind: Some(SessionKind::AllStaff),
        topic: "贯标启动培训".into(),
        trainer: "外聘讲师".into(),
        hours: 2.0,
        attendee_ids: vec![a.id],
        sign_in_id: None,
        notes: String::new(),
    };
    let s = p.create_training_session(&s_in).unwrap();
    s_in.hours = 3.0;
    s_in.attendee_ids = vec![a.id, b.id];
    p.update_training_session(s.id, &s_in).unwrap();
    let h = p
        .history_for("training_session", &s.id.to_string())
        .unwrap();
    let upd = own(&h, "training_session")[0];
    assert_eq!(list(upd), vec![("hours", (Some("2.0"), Some("3.0")))]);
    let att = own(&h, "training_attendance");
    assert_eq!(att.len(), 2);
    assert_eq!(fields(att[0])["person_id"], (None, Some("乙")));
    // Deleting the session logs it and its attendance.
    p.delete_training_session(s.id).unwrap();
    let h = p
        .history_for("training_session", &s.id.to_string())
        .unwrap();
    assert_eq!(h[0].action, ChangeAction::Delete);
    let deleted = h
        .iter()
        .filter(|e| e.action == ChangeAction::Delete)
        .count();
    assert_eq!(deleted, 3, "session and two attendances: {h:#?}");
    let gone = h.iter().find(|e| e.entity == "training_session").unwrap();
    assert_eq!(
        gone.record_label, "贯标启动培训",
        "name kept after deletion"
    );

    // Plan task: a status change.
    let mut t_in = PlanTaskInput {
        stage: program.stages[0].id.clone(),
        title: "组织全员培训".into(),
        owner_person_id: Some(a.id),
        owner_department_id: None,
        planned_start: date("2026-03-01"),
        planned_end: date("2026-03-31"),
        actual_start: None,
        actual_end: None,
        status: Some(TaskStatus::NotStarted),
        notes: String::new(),
    };
    let t = p.create_plan_task(&t_in, &program).unwrap();
    t_in.status = Some(TaskStatus::InProgress);
    t_in.actual_start = date("2026-03-03");
    p.update_plan_task(t.id, &t_in, &program).unwrap();
    let h = p.history_for("plan_task", &t.id.to_string()).unwrap();
    assert_eq!(h.len(), 2);
    assert_eq!(
        list(&h[0]),
        vec![
            ("actual_start", (None, Some("2026-03-03"))),
            ("status", (Some("未开始"), Some("进行中"))),
        ]
    );
    assert_eq!(fields(&h[1])["owner_person_id"], (None, Some("甲")));

    // Diagnosis: saved twice, the second changes only the gap.
    let mut d_in = DiagnosisInput {
        result: Some(DiagnosisResult::Partial),
        reason: String::new(),
        current_practice: "有部分制度".into(),
        gap: "缺少检索程序".into(),
    };
    p.save_diagnosis(&standard, &leaf, &d_in).unwrap();
    d_in.gap = "缺少检索程序和台账".into();
    p.save_diagnosis(&standard, &leaf, &d_in).unwrap();
    let h = p.history_for("diagnosis", &leaf).unwrap();
    assert_eq!(h.len(), 2);
    assert_eq!(h[1].action, ChangeAction::Create);
    assert_eq!(fields(&h[1])["result"], (None, Some("部分符合")));
    assert_eq!(
        list(&h[0]),
        vec![("gap", (Some("缺少检索程序"), Some("缺少检索程序和台账")))]
    );
    assert!(h.iter().all(|e| e.operator == "赵六"));
}

#[test]
fn writes_outside_the_app_are_logged_and_the_log_survives_reopen() {
    let (d, mut p) = project();
    let path = d.path().join("t.gbproj");
    p.set_operator("张三").unwrap();
    let x = p
        .create_person(&person_input("外部", None, &[], "13800000001"))
        .unwrap();
    p.close().unwrap();

    // Plain SQL, as another SQLite tool would write it.
    {
        let c = Connection::open(&path).unwrap();
        c.execute(
            "UPDATE person SET phone = '2', email = 'x@example.com' WHERE id = ?1",
            [x.id],
        )
        .unwrap();
        c.execute(
            "INSERT INTO department (name, created_at, updated_at) VALUES ('外部部门', '', '')",
            [],
        )
        .unwrap();
        // The log is append-only.
        let e = c
            .execute("UPDATE change_log SET operator = 'x'", [])
            .unwrap_err();
        assert!(e.to_string().contains("变更记录不可修改"), "{e}");
        let e = c.execute("DELETE FROM change_log", []).unwrap_err();
        assert!(e.to_string().contains("变更记录不可删除"), "{e}");
    }

    let p = Project::open(&path).unwrap();
    let h = p.history_for("person", &x.id.to_string()).unwrap();
    assert_eq!(h.len(), 2, "{h:#?}");
    assert_eq!(h[0].operator, "", "the operator is cleared on close");
    assert_eq!(
        list(&h[0]),
        vec![
            ("phone", (Some("13800000001"), Some("2"))),
            ("email", (None, Some("x@example.com")))
        ]
    );
    assert_eq!(h[1].operator, "张三", "survived reopen");
    assert!(h[1].at.ends_with('Z') && h[1].at.len() == 24, "{}", h[1].at);
    let recent = p.history_recent(10).unwrap();
    assert_eq!(recent[0].entity, "department");
    assert_eq!(recent[0].record_label, "外部部门");
    assert_eq!(recent.len(), 3);

    assert_eq!(
        p.history_for("no_such_table", "1").unwrap_err().code,
        ErrorCode::InvalidInput
    );
    assert_eq!(
        p.history_recent(0).unwrap_err().code,
        ErrorCode::InvalidInput
    );
}

#[test]
fn every_record_table_has_triggers_and_reopening_keeps_them() {
    let (d, p) = project();
    let path = d.path().join("t.gbproj");
    p.close().unwrap();
    let c = Connection::open(&path).unwrap();
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'change_log%'
                  AND name NOT IN ('project_identity', 'audit_package', 'audit_package_change', 'audit_package_issued')")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert!(tables.len() >= 38, "{tables:?}");
    // The generated `Table` type names exactly these: a new table fails here until it is added.
    let mut known: Vec<&str> = Table::ALL.iter().map(|t| t.code()).collect();
    let mut schema: Vec<&str> = tables.iter().map(String::as_str).collect();
    known.sort_unstable();
    schema.sort_unstable();
    assert_eq!(known, schema, "model::Table and the schema differ");
    for t in &tables {
        for op in ["insert", "update", "delete"] {
            let n: i64 = c
                .query_row(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?1 AND tbl_name = ?2",
                    [format!("history_{t}_{op}"), t.clone()],
                    |r| r.get(0),
                )
                .unwrap();
            assert_eq!(n, 1, "{t} {op}");
        }
    }
    let cookie = |c: &Connection| -> i64 {
        c.query_row("PRAGMA schema_version", [], |r| r.get(0))
            .unwrap()
    };
    let before = cookie(&c);
    drop(c);
    Project::open(&path).unwrap().close().unwrap();
    let c = Connection::open(&path).unwrap();
    assert_eq!(
        cookie(&c),
        before,
        "triggers not recreated when the schema is unchanged"
    );

    // A trigger tampered with is put back on open.
    c.execute_batch("DROP TRIGGER history_person_update")
        .unwrap();
    drop(c);
    let mut p = Project::open(&path).unwrap();
    let x = p.create_person(&person_input("甲", None, &[], "")).unwrap();
    p.update_person(x.id, &person_input("甲", None, &[], "13800000005"))
        .unwrap();
    assert_eq!(p.history_for("person", &x.id.to_string()).unwrap().len(), 2);
}

#[test]
fn a_command_reports_the_tables_it_wrote() {
    let (_d, mut p) = project();
    let (_, changed) = p.tracking_changes(|_| Ok(()));
    assert_eq!(changed.unwrap(), vec![]);
    let (dep, _) = p.tracking_changes(|p| {
        p.create_department(&DepartmentInput {
            name: "研发部".into(),
            ..Default::default()
        })
    });
    let dep = dep.unwrap();
    let (person, changed) = p.tracking_changes(|p| {
        p.create_person(&person_input(
            "乙",
            Some(dep.id),
            &[Role::SeniorManager],
            "",
        ))
    });
    person.unwrap();
    assert_eq!(
        changed.unwrap(),
        vec![Table::Person, Table::PersonRole],
        "the person and the role rows, not the department written before the mark"
    );
    // Reads write nothing; a refused write neither.
    let (_, changed) = p.tracking_changes(|p| p.people(&Default::default()));
    assert_eq!(changed.unwrap(), vec![]);
    let (refused, changed) =
        p.tracking_changes(|p| p.create_person(&person_input("", None, &[], "")));
    assert!(refused.is_err());
    assert_eq!(changed.unwrap(), vec![]);
}

#[test]
fn published_revisions_stay_immutable_and_failed_writes_leave_no_entry() {
    let (d, mut p) = project();
    let path = d.path().join("t.gbproj");
    let standard = standard();
    let doc = p
        .create_document(
            &standard,
            &DocumentInput {
                doc_type: Some(DocType::Form),
                title: "表单".into(),
                ..Default::default()
            },
            "内容",
            None,
            None,
        )
        .unwrap();
    let rev = p.revisions(doc.id).unwrap()[0].clone();
    let n = p.history_recent(100).unwrap().len();
    p.close().unwrap();
    let c = Connection::open(&path).unwrap();
    c.execute(
        "UPDATE revision SET status = 'published', published_on = '2026-01-01' WHERE id = ?1",
        [rev.id],
    )
    .unwrap();
    let e = c
        .execute("UPDATE revision SET content = 'x' WHERE id = ?1", [rev.id])
        .unwrap_err();
    assert!(e.to_string().contains("已发布的版本不可修改"), "{e}");
    drop(c);
    let p = Project::open(&path).unwrap();
    let h = p.history_recent(100).unwrap();
    assert_eq!(
        h.len(),
        n + 1,
        "the publish is logged, the refused edit is not"
    );
    assert_eq!(
        list(&h[0]),
        vec![
            ("status", (Some("草稿"), Some("已发布"))),
            ("published_on", (None, Some("2026-01-01")))
        ]
    );
}

/// Builds a file as the previous version (0005) wrote it.
fn old_file(path: &Path) {
    let c = crate::support::file_at_version(path, 5);
    c.execute(
        "INSERT INTO department (name, created_at, updated_at) VALUES ('旧部门', '', '')",
        [],
    )
    .unwrap();
}

#[test]
fn an_older_file_is_migrated_and_logged_from_then_on() {
    let d = tempfile::tempdir().unwrap();
    let path = d.path().join("old.gbproj");
    old_file(&path);
    let mut p = Project::open(&path).unwrap();
    assert_eq!(p.schema_version().unwrap(), CURRENT_VERSION);
    assert!(
        p.history_recent(10).unwrap().is_empty(),
        "the migration itself is not logged"
    );
    p.set_operator("张三").unwrap();
    let dep = p.departments(false).unwrap()[0].clone();
    p.update_department(
        dep.id,
        &DepartmentInput {
            name: "新部门".into(),
            ..Default::default()
        },
    )
    .unwrap();
    let h = p.history_for("department", &dep.id.to_string()).unwrap();
    assert_eq!(h.len(), 1);
    assert_eq!(fields(&h[0])["name"], (Some("旧部门"), Some("新部门")));
    assert_eq!(h[0].operator, "张三");
}

#[test]
fn the_organisation_history_includes_its_members() {
    let (_d, mut p) = project();
    let a = p
        .create_person(&person_input("组长甲", None, &[], ""))
        .unwrap();
    let input = guanbiao_core::model::OrganisationInput {
        doc_number: "X〔2026〕1号".into(),
        members: vec![guanbiao_core::model::GroupMemberInput {
            person_id: a.id,
            position: guanbiao_core::model::GroupPosition::Leader,
            duties: "全面负责".into(),
        }],
        ..Default::default()
    };
    p.save_organisation(&input).unwrap();
    let h = p.history_for("organisation", "1").unwrap();
    assert_eq!(own(&h, "organisation").len(), 1);
    assert_eq!(
        fields(own(&h, "organisation")[0])["doc_number"],
        (None, Some("X〔2026〕1号"))
    );
    let m = own(&h, "leadership_member");
    assert_eq!(m.len(), 1);
    assert_eq!(fields(m[0])["position"], (None, Some("组长")));
    // Saving the same members again logs nothing new.
    p.save_organisation(&input).unwrap();
    assert_eq!(p.history_for("organisation", "1").unwrap().len(), h.len());
}

#[test]
fn operator_names_are_checked() {
    let (_d, mut p) = project();
    let e = p.set_operator(&"长".repeat(41)).unwrap_err();
    assert_eq!(e.code, ErrorCode::InvalidInput);
    assert!(p.set_operator("a\u{7}b").is_err());
    p.set_operator("").unwrap();
    assert_eq!(p.operator().unwrap(), "");
}

/// The operation, audit, review and application records are shown with
/// Chinese names throughout, and a nonconformity's history is its lifecycle.
#[test]
fn the_later_stages_are_labelled_and_a_nonconformity_shows_its_lifecycle() {
    let d = tempfile::tempdir().unwrap();
    let (mut p, _) = guanbiao_core::demo::create(&d.path().join("demo.gbproj"), 1).unwrap();
    let prog = catalog::load().unwrap().programs.remove(0);
    let body = p.certification_bodies(false).unwrap()[0].id;
    let rec = p
        .save_application_record(
            &prog,
            None,
            &guanbiao_core::model::ApplicationRecordInput {
                path: Some(guanbiao_core::model::AcceptancePathKind::Certification),
                body_id: Some(body),
                submitted_on: date("2022-08-25"),
                stage1_on: date("2022-09-10"),
                stage2_on: date("2022-09-25"),
                certificate_no: "ZC-1".into(),
                certificate_on: date("2022-10-20"),
                note: "首次申请".into(),
                ..Default::default()
            },
        )
        .unwrap();

    let tables = [
        "operation_checkin",
        "operation_record",
        "operation_problem",
        "audit",
        "audit_auditor",
        "audit_scope",
        "audit_slot",
        "checklist_item",
        "nonconformity",
        "management_review",
        "review_attendee",
        "review_output",
        "certification_body",
        "application_setting",
        "application_record",
    ];
    let all = p.history_recent(5000).unwrap();
    for t in tables {
        let entries: Vec<_> = all.iter().filter(|e| e.entity == t).collect();
        assert!(!entries.is_empty(), "the demo writes {t}");
        assert_ne!(entries[0].entity_label, t, "{t} has a Chinese name");
        for e in entries {
            for c in &e.changes {
                assert!(!c.label.is_ascii(), "{t}.{} has no Chinese label", c.field);
            }
        }
    }
    let rh = p
        .history_for("application_record", &rec.id.to_string())
        .unwrap();
    assert_eq!(fields(&rh[0])["path"], (None, Some("第三方认证")));
    assert_eq!(fields(&rh[0])["result"], (None, Some("进行中")));
    assert_eq!(rh[0].changes[0].label, "验收路径");
    let bh = p
        .history_for("certification_body", &body.to_string())
        .unwrap();
    assert!(
        bh.iter().any(|e| e.entity == "application_record"),
        "a body's history includes its application records"
    );
    let review = &p.reviews().unwrap()[0];
    let outputs: Vec<_> = own(
        &p.history_for("management_review", &review.id.to_string())
            .unwrap(),
        "review_output",
    )
    .into_iter()
    .cloned()
    .collect();
    assert!(!outputs.is_empty(), "the outputs roll up into the review");
    assert!(outputs
        .iter()
        .all(|o| !fields(o)["kind"].1.unwrap().is_ascii()));

    let today = "2026-01-01".parse().unwrap();
    let nc = &p.nonconformities(None, today).unwrap()[0];
    let h = p.history_for("nonconformity", &nc.id.to_string()).unwrap();
    assert!(h
        .iter()
        .all(|e| e.operator == guanbiao_core::demo::DEMO_OPERATOR));
    assert_eq!(h.last().unwrap().action, ChangeAction::Create);
    let statuses: Vec<_> = h
        .iter()
        .rev()
        .filter_map(|e| fields(e).get("status").and_then(|s| s.1))
        .collect();
    assert_eq!(
        statuses.last(),
        Some(&"已关闭"),
        "the lifecycle ends closed: {statuses:?}"
    );
    assert!(statuses.contains(&"已验证"), "{statuses:?}");
}

/// The coded values the demo writes read in the history as their enum labels
/// them: the same words the screens show (`ui/src/bindings/labels.ts`).
#[test]
fn coded_values_read_as_their_enums_label_them() {
    fn labels<T: Labelled>() -> Vec<&'static str> {
        T::ALL.iter().map(|v| v.label()).collect()
    }
    let d = tempfile::tempdir().unwrap();
    let (p, _) = guanbiao_core::demo::create(&d.path().join("demo.gbproj"), 1).unwrap();
    let all = p.history_recent(5000).unwrap();
    let coded = [
        ("plan_task", "status", labels::<TaskStatus>()),
        ("document", "secrecy", labels::<Secrecy>()),
        ("review_output", "kind", labels::<OutputKind>()),
        ("audit_slot", "kind", labels::<SlotKind>()),
        (
            "application_setting",
            "path",
            labels::<AcceptancePathKind>(),
        ),
        ("organisation", "mode", labels::<ImplementationMode>()),
        ("function_allocation", "role", labels::<AllocationRole>()),
    ];
    for (table, column, words) in coded {
        let values: Vec<&str> = own(&all, table)
            .into_iter()
            .flat_map(|e| &e.changes)
            .filter(|c| c.field == column)
            .flat_map(|c| [c.old.as_deref(), c.new.as_deref()])
            .flatten()
            .collect();
        assert!(!values.is_empty(), "the demo writes {table}.{column}");
        for v in values {
            assert!(
                words.contains(&v),
                "{table}.{column} reads {v:?}, not one of {words:?}"
            );
        }
    }
    let mode = own(&all, "organisation")
        .into_iter()
        .find_map(|e| fields(e).get("mode").and_then(|m| m.1))
        .unwrap();
    assert_eq!(mode, "委托贯标辅导机构", "as the 领导小组 page words it");

    // A list of codes reads as its labels; an output's status as words.
    let quals = own(&all, "enterprise")
        .into_iter()
        .find_map(|e| fields(e).get("qualifications").and_then(|q| q.1))
        .expect("the demo sets qualifications");
    assert!(
        !quals.contains('[') && !quals.contains('_'),
        "qualifications read {quals:?}"
    );
    let statuses: Vec<&str> = own(&all, "review_output")
        .into_iter()
        .filter_map(|e| fields(e).get("status").and_then(|s| s.1))
        .collect();
    assert!(!statuses.is_empty());
    for s in statuses {
        assert!(
            ["未完成", "已完成"].contains(&s),
            "review_output.status reads {s:?}"
        );
    }
}

/// What logging costs on the full demo: `cargo test -p guanbiao-core --test
/// core --release -- --ignored --nocapture demo_overhead`.
#[test]
#[ignore]
fn demo_overhead() {
    let d = tempfile::tempdir().unwrap();
    let mut times = [Vec::new(), Vec::new()];
    for round in 0..12 {
        let logged = round % 2 == 0;
        let path = d.path().join(format!("{round}.gbproj"));
        let start = std::time::Instant::now();
        let mut p = Project::create(&path).unwrap();
        if !logged {
            p.drop_history_triggers_for_bench().unwrap();
        }
        guanbiao_core::demo::populate(&mut p, 1).unwrap();
        times[logged as usize].push(start.elapsed().as_secs_f64());
        if logged {
            println!("entries: {}", p.history_recent(5000).unwrap().len());
        }
    }
    for t in &mut times {
        t.sort_by(f64::total_cmp);
    }
    // The fastest of 6 each: the least disturbed by other processes.
    println!(
        "demo without log: fastest {:.3}s, median {:.3}s; with log: fastest {:.3}s, median {:.3}s",
        times[0][0], times[0][3], times[1][0], times[1][3]
    );
}
