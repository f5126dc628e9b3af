//! The readiness engine: the demo is ready, and breaking exactly one rule
//! makes exactly that rule fail with the right explanation.

use crate::support::standard;
use guanbiao_core::catalog;
use guanbiao_core::demo;
use guanbiao_core::model::{Readiness, RuleId, Screen, Severity};
use guanbiao_core::Project;
use rusqlite::Connection;

/// The day the demo applies (its planned application date).
pub(crate) const APPLIES: &str = "2022-08-25";

pub(crate) fn readiness(p: &Project) -> Readiness {
    readiness_on(p, APPLIES)
}

pub(crate) fn readiness_on(p: &Project, day: &str) -> Readiness {
    let c = catalog::load().unwrap();
    p.readiness(&c.programs[0], &standard(), day.parse().unwrap())
        .unwrap()
}

pub(crate) fn failing(r: &Readiness) -> Vec<(String, String)> {
    r.rules
        .iter()
        .filter(|x| !x.passed)
        .map(|x| (x.id.code(), x.explanation.clone()))
        .collect()
}

#[test]
fn the_demo_is_ready() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("d.gbproj"), 1).unwrap();
    let r = readiness(&p);
    assert!(r.ready, "{:#?}", failing(&r));
    assert_eq!(r.blockers, 0);
    assert!(r.rules.len() >= 20, "{}", r.rules.len());
    assert!(r.deadline.fits, "{}", r.deadline.summary);
    assert_eq!(
        r.deadline.latest_application_on,
        Some("2022-09-16".parse().unwrap())
    );
    assert_eq!(
        r.deadline.latest_implementation_on,
        Some("2022-06-16".parse().unwrap())
    );
}

/// Breaks one rule in a fresh demo (through SQL on the file, as a tool or a
/// mistake could) and checks that only that rule fails, saying why.
pub(crate) fn breaks(rule: &str, sql: &str, needle: &str) {
    breaks_pointing(rule, sql, needle, None);
}

/// As `breaks`, judged on `day`.
fn breaks_on(day: &str, rule: &str, sql: &str, needle: &str) {
    breaks_judged(day, rule, sql, needle, None);
}

/// As `breaks`, and the rule's fix link points at the record `record_sql`
/// selects (or at none when it is `None`).
fn breaks_pointing(rule: &str, sql: &str, needle: &str, record_sql: Option<&str>) {
    breaks_judged(APPLIES, rule, sql, needle, record_sql);
}

fn breaks_judged(day: &str, rule: &str, sql: &str, needle: &str, record_sql: Option<&str>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.gbproj");
    let (p, _) = demo::create(&path, 1).unwrap();
    {
        let c = Connection::open(&path).unwrap();
        c.pragma_update(None, "foreign_keys", "OFF").unwrap();
        c.execute_batch(sql)
            .unwrap_or_else(|e| panic!("{rule}: {e}"));
    }
    let expected: Option<i64> = record_sql.map(|q| {
        Connection::open(&path)
            .unwrap()
            .query_row(q, [], |row| row.get(0))
            .unwrap_or_else(|e| panic!("{rule}: {q}: {e}"))
    });
    let r = readiness_on(&p, day);
    let fix = &r.rules.iter().find(|x| x.id.code() == rule).unwrap().fix;
    assert_eq!(fix.record_id, expected, "{rule} points at the wrong record");
    let fail = failing(&r);
    let blocking: Vec<_> = r
        .rules
        .iter()
        .filter(|x| !x.passed && x.severity == Severity::Blocker)
        .map(|x| x.id.code())
        .collect();
    assert!(
        fail.iter().any(|(id, _)| id == rule),
        "{rule} should fail: {fail:?}"
    );
    let (_, text) = fail.iter().find(|(id, _)| id == rule).unwrap();
    assert!(text.contains(needle), "{rule}: {text:?} lacks {needle:?}");
    let others: Vec<_> = fail.iter().filter(|(id, _)| id != rule).collect();
    assert!(others.is_empty(), "breaking {rule} also failed {others:?}");
    if r.rules
        .iter()
        .find(|x| x.id.code() == rule)
        .unwrap()
        .severity
        == Severity::Blocker
    {
        assert_eq!(blocking, vec![rule]);
        assert!(!r.ready);
    }
}

#[test]
fn each_rule_fails_alone_with_its_explanation() {
    breaks(
        "profile_complete",
        "UPDATE enterprise SET legal_representative = ''",
        "法定代表人",
    );
    breaks(
        "credit_code_valid",
        "UPDATE enterprise SET credit_code = '91350100M0001TGQXM', credit_code_confirmed = 0",
        "未通过校验且未确认",
    );
    breaks_pointing("credits_reached", "UPDATE online_training SET credits = 12 WHERE person_id = (SELECT person_id FROM online_training ORDER BY person_id LIMIT 1)", "学分 12/20", Some("SELECT person_id FROM online_training WHERE credits = 12"));
    breaks("auditors_qualified", "DELETE FROM auditor_qualification WHERE person_id NOT IN (SELECT person_id FROM auditor_qualification LIMIT 1)", "合格内审员 1 人");
    breaks(
        "leadership_group",
        "DELETE FROM leadership_member WHERE position = 'leader'",
        "未指定组长",
    );
    breaks(
        "lead_department",
        "UPDATE organisation SET lead_department_id = NULL",
        "尚未确定牵头部门",
    );
    breaks(
        "rep_appointed",
        "UPDATE organisation SET rep_appointed_on = NULL",
        "尚未登记任命书日期",
    );
    breaks("plan_exists", "DELETE FROM plan_task", "尚未制定实施计划");
    breaks(
        "diagnosis_complete",
        "DELETE FROM diagnosis WHERE clause = '7.2'",
        "7.2",
    );
    breaks(
        "coverage_complete",
        "DELETE FROM document_clause WHERE clause = '8.3'",
        "8.3",
    );
    // A clause covered only by a document not yet published: the link opens it.
    breaks_pointing(
        "coverage_complete",
        "DELETE FROM document_clause WHERE clause = '8.3';
         INSERT INTO document (code, doc_type, title, created_at, updated_at)
           VALUES ('IP-ZZ-01', 'rule', '待发布制度', '2022-08-01', '2022-08-01');
         INSERT INTO document_clause (document_id, clause)
           SELECT id, '8.3' FROM document WHERE code = 'IP-ZZ-01'",
        "8.3",
        Some("SELECT id FROM document WHERE code = 'IP-ZZ-01'"),
    );
    breaks(
        "all_staff_training",
        "DELETE FROM training_session WHERE kind = 'all_staff'",
        "尚未开展全员宣贯培训",
    );
    // Judged before the earlier date, so it is not yet past.
    breaks_on(
        "2022-08-01",
        "operation_complete",
        "UPDATE application_setting SET planned_application_on = '2022-08-10'",
        "运行期要到 2022-08-18 才满",
    );
    let nc_audit = Some("SELECT audit_id FROM nonconformity WHERE id = 1");
    breaks_pointing("no_open_major", "UPDATE nonconformity SET grade = 'major', status = 'verified', closed_on = NULL WHERE id = 1", "严重不符合项未关闭", nc_audit);
    breaks_pointing("actions_verified", "UPDATE nonconformity SET status = 'done', verified_on = NULL, closed_on = NULL WHERE id = 1", "尚未验证", nc_audit);
    breaks_pointing("internal_audit", "DELETE FROM audit_scope WHERE department_id = (SELECT id FROM department WHERE name = '财务部')", "财务部", Some("SELECT min(id) FROM audit WHERE status = 'completed'"));
    breaks_pointing(
        "management_review",
        "UPDATE management_review SET status = 'planned'",
        "尚未完成管理评审",
        None,
    );
    breaks(
        "path_chosen",
        "UPDATE application_setting SET path = NULL, body_id = NULL",
        "尚未选择",
    );
    breaks(
        "certification_body",
        "UPDATE certification_body SET no_dishonesty = 0",
        "不再符合要求",
    );
    breaks(
        "scope_defined",
        "UPDATE application_precondition SET scope_sites = '  '",
        "认证范围尚未填写：场所",
    );
    breaks(
        "scope_defined",
        "UPDATE application_precondition SET scope_headcount = 1000",
        "认证范围覆盖 1000 人，多于企业职工人数",
    );
    breaks(
        "licence_valid",
        "UPDATE application_precondition SET licence_long_term = 0, licence_valid_until = '2022-08-01'",
        "营业执照有效期至 2022-08-01，早于申请日期 2022-08-25",
    );
    breaks(
        "licence_valid",
        "UPDATE application_precondition SET status_checked_on = NULL",
        "须为“存续”",
    );
    breaks(
        "no_penalty_declared",
        "UPDATE application_precondition SET declared_on = '2022-01-10'",
        "已超过 180 天",
    );
    breaks(
        "no_penalty_declared",
        "UPDATE application_precondition SET declared_on = NULL, declared_by = NULL",
        "尚未确认声明：近 1 年内未受到知识产权行政处罚",
    );
    breaks(
        "deadline_feasible",
        "UPDATE application_setting SET lead_time_days = 90",
        "晚于最迟申请日期",
    );
}

#[test]
fn time_passes_the_program_the_plan_and_the_edition() {
    // A planned application date already behind the day judged.
    breaks(
        "program_open",
        "UPDATE application_setting SET planned_application_on = '2022-08-24'",
        "计划申请日期 2022-08-24 已过（判定日期 2022-08-25）",
    );

    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("d.gbproj"), 1).unwrap();
    let r = readiness_on(&p, APPLIES);
    assert_eq!(r.judged_on, APPLIES.parse().unwrap());
    let rule = |r: &Readiness, id: RuleId| r.rules.iter().find(|x| x.id == id).unwrap().clone();
    let open = rule(&r, RuleId::ProgramOpen);
    assert!(
        open.passed && open.explanation.contains("截止日期 2022-10-31"),
        "{open:?}"
    );
    let edition = rule(&r, RuleId::EditionCertifiable);
    assert!(edition.passed, "{edition:?}");
    assert_eq!(edition.fix.screen, Screen::Profile);

    // After the program's deadline: it has ended, whatever else holds.
    let r = readiness_on(&p, "2022-11-01");
    let open = rule(&r, RuleId::ProgramOpen);
    assert!(
        !open.passed && open.explanation.contains("已于 2022-10-31 截止"),
        "{open:?}"
    );
    assert_eq!(open.fix.screen, Screen::Program);
    assert!(!r.ready);

    // In 2025 the 2013 edition takes no new applications; by the end of
    // 2026 its certificates not converted are gone too.
    let r = readiness_on(&p, "2025-03-01");
    let edition = rule(&r, RuleId::EditionCertifiable);
    assert!(!edition.passed, "{edition:?}");
    assert!(
        edition.explanation.contains("只受理到 2024-12-31"),
        "{edition:?}"
    );
    assert!(
        edition.explanation.contains("公告 2023年第27号"),
        "{edition:?}"
    );
    assert!(!edition.explanation.contains("证书已于"), "{edition:?}");
    let r = readiness_on(&p, "2026-12-04");
    assert_eq!(r.judged_on, "2026-12-04".parse().unwrap());
    let blocking: Vec<RuleId> = r
        .rules
        .iter()
        .filter(|x| !x.passed && x.severity == Severity::Blocker)
        .map(|x| x.id)
        .collect();
    assert_eq!(
        blocking,
        vec![
            RuleId::NoPenaltyDeclared,
            RuleId::ProgramOpen,
            RuleId::EditionCertifiable
        ],
        "the demo today is blocked on time alone (its 2022 declaration is stale too)"
    );
    assert!(rule(&r, RuleId::EditionCertifiable)
        .explanation
        .contains("2025-12-31 后暂停或撤销"));
}

/// The severity of `rule` once `sql` is applied to a fresh demo, judged on the
/// demo's application day; asserts the rule fails.
/// The demo's readiness after `sql` ran on its file.
pub(crate) fn readiness_after(sql: &str) -> Readiness {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.gbproj");
    let (p, _) = demo::create(&path, 1).unwrap();
    Connection::open(&path).unwrap().execute_batch(sql).unwrap();
    readiness(&p)
}

pub(crate) fn severity_after(rule: RuleId, sql: &str) -> Severity {
    let r = readiness_after(sql);
    let x = r.rules.iter().find(|x| x.id == rule).unwrap();
    assert!(!x.passed, "{rule} should fail: {x:?}");
    x.severity
}

#[test]
fn an_unset_credit_threshold_warns_and_asks_for_the_figure() {
    breaks(
        "credits_reached",
        "UPDATE project_setting SET credit_threshold = NULL",
        "向市局或学习平台确认分值",
    );
    assert_eq!(
        severity_after(
            RuleId::CreditsReached,
            "UPDATE project_setting SET credit_threshold = NULL"
        ),
        Severity::Warning
    );
    // Set and missed, on the certification path: still a blocker.
    assert_eq!(
        severity_after(
            RuleId::CreditsReached,
            "UPDATE online_training SET credits = 12"
        ),
        Severity::Blocker
    );
}

#[test]
fn the_diagnosis_blocks_only_the_provincial_acceptance() {
    let undiagnosed = "DELETE FROM diagnosis WHERE clause = '7.2';";
    assert_eq!(
        severity_after(RuleId::DiagnosisComplete, undiagnosed),
        Severity::Warning
    );
    let provincial = format!(
        "{undiagnosed} UPDATE application_setting SET path = 'provincial_acceptance', body_id = NULL"
    );
    assert_eq!(
        severity_after(RuleId::DiagnosisComplete, &provincial),
        Severity::Blocker
    );
    breaks("diagnosis_complete", &provincial, "7.2");
}

/// The demo judged on its application day under the demo program changed by `change`.
fn judged_under(change: impl FnOnce(&mut catalog::ProgramProfile)) -> Readiness {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("d.gbproj"), 1).unwrap();
    let mut program = catalog::load().unwrap().programs.remove(0);
    change(&mut program);
    p.readiness(&program, &standard(), APPLIES.parse().unwrap())
        .unwrap()
}

pub(crate) fn rule_of(r: &Readiness, id: RuleId) -> guanbiao_core::model::RuleResult {
    r.rules.iter().find(|x| x.id == id).unwrap().clone()
}

#[test]
fn the_programs_minimum_audits_and_reviews_count() {
    // The demo's one audit and one review meet a program asking for one.
    let r = judged_under(|_| {});
    assert!(rule_of(&r, RuleId::InternalAudit).passed);
    let r = judged_under(|p| p.min_internal_audits = 2);
    let audit = rule_of(&r, RuleId::InternalAudit);
    assert!(!audit.passed, "{audit:?}");
    assert_eq!(audit.severity, Severity::Blocker);
    assert!(
        audit
            .explanation
            .contains("至少完成 2 次内部审核，目前完成 1 次"),
        "{audit:?}"
    );
    assert!(rule_of(&r, RuleId::ManagementReview).passed);

    let r = judged_under(|p| p.min_management_reviews = 2);
    let review = rule_of(&r, RuleId::ManagementReview);
    assert!(!review.passed, "{review:?}");
    assert!(
        review
            .explanation
            .contains("至少完成 2 次管理评审，目前 1 次"),
        "{review:?}"
    );
    assert!(rule_of(&r, RuleId::InternalAudit).passed);
    assert_eq!(r.blockers, 1);
}

#[test]
fn the_plan_warning_is_a_warning() {
    // An overdue task warns but does not block.
    breaks("plan_on_track", "UPDATE plan_task SET status = 'in_progress', actual_end = NULL, planned_start = '2022-07-01', planned_end = '2022-08-20' WHERE id = (SELECT min(id) FROM plan_task)", "逾期");
}

#[test]
fn a_fresh_project_is_far_from_ready() {
    let dir = tempfile::tempdir().unwrap();
    let p = Project::create(&dir.path().join("n.gbproj")).unwrap();
    let r = readiness(&p);
    assert!(!r.ready);
    assert!(r.blockers >= 15, "{}", r.blockers);
    let sys = r
        .rules
        .iter()
        .find(|x| x.id == RuleId::SystemIssued)
        .unwrap();
    assert_eq!(sys.fix.screen, Screen::Documents);
    assert_eq!(sys.id.code(), "system_issued");
}

#[test]
fn the_representative_is_one_of_top_management() {
    breaks(
        "rep_in_top_management",
        "DELETE FROM person_role WHERE role = 'senior_manager'
           AND person_id IN (SELECT person_id FROM person_role WHERE role = 'management_representative')",
        "不是最高管理层成员",
    );
    // The top manager is top management too.
    let r = judged_under(|_| {});
    let rep = rule_of(&r, RuleId::RepInTopManagement);
    assert!(
        rep.passed && rep.explanation.contains("副总经理"),
        "{rep:?}"
    );
}

#[test]
fn an_ip_right_held_is_warned_about() {
    breaks(
        "ip_held",
        "UPDATE enterprise SET invention_patents = 0, utility_models = 0, design_patents = 0,
           trademarks = 0, software_copyrights = 0",
        "未登记任何有效知识产权",
    );
    let r = judged_under(|_| {});
    let ip = rule_of(&r, RuleId::IpHeld);
    assert!(
        ip.passed && ip.explanation.contains("发明专利 18 件"),
        "{ip:?}"
    );
    assert_eq!(ip.severity, Severity::Warning);
}

const ALL_STAFF_ATTENDANCE: &str =
    "session_id IN (SELECT id FROM training_session WHERE kind = 'all_staff')";

#[test]
fn all_staff_training_is_a_share_of_the_staff() {
    // 75 of 80: below 95%, naming who is missing.
    breaks(
        "all_staff_training",
        &format!(
            "DELETE FROM training_attendance WHERE {ALL_STAFF_ATTENDANCE}
               AND person_id IN (SELECT id FROM person ORDER BY id DESC LIMIT 5)"
        ),
        "覆盖 75/80 人（93.8%，要求不低于 95%）；未参加：",
    );
    // 76 of 80 is 95%: it passes.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.gbproj");
    let (p, _) = demo::create(&path, 1).unwrap();
    Connection::open(&path)
        .unwrap()
        .execute_batch(&format!(
            "DELETE FROM training_attendance WHERE {ALL_STAFF_ATTENDANCE}
               AND person_id IN (SELECT id FROM person ORDER BY id DESC LIMIT 4)"
        ))
        .unwrap();
    let staff = rule_of(&readiness(&p), RuleId::AllStaffTraining);
    assert!(staff.passed, "{staff:?}");
    assert!(staff.explanation.contains("76/80"), "{staff:?}");
    // New hires since the issue count: five untrained newcomers make 80/85.
    breaks(
        "all_staff_training",
        "INSERT INTO person (name, department_id, created_at, updated_at)
           SELECT '新员工' || n, (SELECT min(id) FROM department), '2022-08-01', '2022-08-01'
             FROM (SELECT 1 AS n UNION SELECT 2 UNION SELECT 3 UNION SELECT 4 UNION SELECT 5)",
        "覆盖 80/85 人",
    );
    // A session before the issue does not count.
    breaks(
        "all_staff_training",
        "UPDATE training_session SET held_on = '2022-05-17' WHERE kind = 'all_staff'",
        "发布后尚未开展全员宣贯培训",
    );
    // Those who left (archived) no longer count.
    let r = readiness_after(&format!(
        "DELETE FROM training_attendance WHERE {ALL_STAFF_ATTENDANCE}
           AND person_id IN (SELECT id FROM person ORDER BY id DESC LIMIT 5);
         UPDATE person SET archived = 1 WHERE id IN (SELECT id FROM person ORDER BY id DESC LIMIT 5)"
    ));
    let staff = rule_of(&r, RuleId::AllStaffTraining);
    assert!(
        staff.passed && staff.explanation.contains("75/75"),
        "{staff:?}"
    );
    assert!(r.ready, "{:?}", failing(&r));
}

#[test]
fn every_clause_with_a_form_has_a_record_in_the_operation_period() {
    let r = judged_under(|_| {});
    let ev = rule_of(&r, RuleId::OperationEvidence);
    assert!(ev.passed, "{ev:?}");
    assert_eq!(ev.fix.screen, Screen::Operation);
    // 7.3.1–7.3.4 have only the 运用评估报告 (7.3.5 is not applicable).
    let no_use = "DELETE FROM operation_record WHERE document_id IN
        (SELECT document_id FROM document_clause WHERE clause = '7.3.3')";
    breaks(
        "operation_evidence",
        no_use,
        "4 条适用条款在运行期（2022-05-18 至 2022-08-25）内没有运行记录：7.3.1、7.3.2、7.3.3、7.3.4",
    );
    // A record dated before the implementation date is no evidence of operation.
    breaks(
        "operation_evidence",
        "UPDATE operation_record SET produced_on = '2022-05-10' WHERE document_id IN
           (SELECT document_id FROM document_clause WHERE clause = '7.3.3')",
        "7.3.1、7.3.2、7.3.3、7.3.4",
    );
    assert_eq!(
        severity_after(RuleId::OperationEvidence, no_use),
        Severity::Warning
    );
}

#[test]
fn published_documents_reach_the_departments_leading_their_clauses() {
    breaks(
        "documents_distributed",
        "DELETE FROM distribution WHERE copy_no = 'IP-CX-09-01'",
        "1 份已发布文件未发放到主责部门：IP-CX-09 财务资源控制程序 → 财务部",
    );
    // A copy withdrawn before the day judged no longer counts.
    breaks(
        "documents_distributed",
        "UPDATE distribution SET withdrawn_on = '2022-07-01' WHERE copy_no = 'IP-CX-09-01'",
        "财务部",
    );
    // A copy handed to one of the department's people counts for it.
    let r = readiness_after(
        "UPDATE distribution SET recipient_department_id = NULL,
               recipient_person_id = (SELECT min(p.id) FROM person p JOIN department d ON d.id = p.department_id WHERE d.name = '财务部')
             WHERE copy_no = 'IP-CX-09-01'",
    );
    let dist = rule_of(&r, RuleId::DocumentsDistributed);
    assert!(dist.passed, "{dist:?}");
    assert_eq!(dist.severity, Severity::Warning);
}

const BOTH_PATHS: &str = "INSERT INTO application_record (path, body_id, submitted_on, result, created_at, updated_at)
    VALUES ('certification', (SELECT min(id) FROM certification_body), '2022-08-25', 'pending', '', ''),
           ('provincial_acceptance', NULL, '2022-08-26', 'pending', '', '')";

#[test]
fn the_paths_are_not_combined_when_the_program_says_so() {
    breaks(
        "paths_not_combined",
        BOTH_PATHS,
        "2022-08-25 第三方认证申请（进行中）、2022-08-26 省验收申请（进行中）",
    );
    assert_eq!(
        severity_after(RuleId::PathsNotCombined, BOTH_PATHS),
        Severity::Warning
    );
    // After a failed certification, applying for the provincial acceptance is fine.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.gbproj");
    let (p, _) = demo::create(&path, 1).unwrap();
    Connection::open(&path)
        .unwrap()
        .execute_batch(&format!(
            "{BOTH_PATHS}; UPDATE application_record SET result = 'failed' WHERE path = 'certification'"
        ))
        .unwrap();
    assert!(rule_of(&readiness(&p), RuleId::PathsNotCombined).passed);
    // A program combining the subsidies allows both.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.gbproj");
    let (p, _) = demo::create(&path, 1).unwrap();
    Connection::open(&path)
        .unwrap()
        .execute_batch(BOTH_PATHS)
        .unwrap();
    let mut program = catalog::load().unwrap().programs.remove(0);
    program.paths_exclusive = false;
    let r = p
        .readiness(&program, &standard(), APPLIES.parse().unwrap())
        .unwrap();
    let paths = rule_of(&r, RuleId::PathsNotCombined);
    assert!(
        paths.passed && paths.explanation.contains("允许"),
        "{paths:?}"
    );
}
