//! “本期未发生” statements: validated per clause, and counted by the
//! readiness rule `operation_evidence` where a clause has no record.

use guanbiao_core::demo;
use guanbiao_core::error::ErrorCode;
use guanbiao_core::model::{OperationStatementInput, PersonQuery, Role, RuleId};
use guanbiao_core::Project;
use rusqlite::Connection;

use crate::readiness::{breaks, failing, readiness, rule_of};
use crate::support::{d, standard};

/// The demo without records for the 运用 clauses 7.3.1–7.3.4 (their only
/// form is the 运用评估报告; 7.3.5 is not applicable).
const NO_USE: &str = "DELETE FROM operation_record WHERE document_id IN
    (SELECT document_id FROM document_clause WHERE clause = '7.3.3')";

fn demo_with(sql: &str) -> (tempfile::TempDir, Project) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.gbproj");
    let (p, _) = demo::create(&path, 1).unwrap();
    Connection::open(&path).unwrap().execute_batch(sql).unwrap();
    (dir, p)
}

fn top(p: &Project) -> i64 {
    p.people(&PersonQuery::default())
        .unwrap()
        .into_iter()
        .find(|x| x.roles.contains(&Role::TopManager))
        .unwrap()
        .id
}

fn statement(clause: &str, by: i64) -> OperationStatementInput {
    OperationStatementInput {
        clause: clause.into(),
        reason: "本期公司未发生合并、分立、收购等重组事项".into(),
        stated_by: Some(by),
        stated_on: d("2022-08-10"),
    }
}

#[test]
fn a_statement_is_validated_field_by_field() {
    let (_dir, mut p) = demo_with("");
    let s = standard();
    let by = top(&p);
    let err = |p: &mut Project, input: OperationStatementInput| {
        p.save_operation_statement(&s, &input).unwrap_err()
    };
    let e = err(&mut p, statement("", by));
    assert_eq!(
        (e.code, e.message.as_str()),
        (ErrorCode::InvalidInput, "请选择条款")
    );
    assert!(err(&mut p, statement("7.3", by)).message.contains("不是"));
    assert!(err(&mut p, statement("9.9.9", by)).message.contains("不是"));
    // 7.3.5 is not applicable in the demo: nothing to state.
    let e = err(&mut p, statement("7.3.5", by));
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(e.message.contains("不适用"), "{}", e.message);
    let mut no_reason = statement("7.3.3", by);
    no_reason.reason = "  ".into();
    assert_eq!(err(&mut p, no_reason).message, "请填写未发生的理由");
    let mut nobody = statement("7.3.3", by);
    nobody.stated_by = None;
    assert_eq!(err(&mut p, nobody).message, "请指定说明人");
    let mut undated = statement("7.3.3", by);
    undated.stated_on = None;
    assert_eq!(err(&mut p, undated).message, "请填写说明日期");
    let mut ghost = statement("7.3.3", by);
    ghost.stated_by = Some(999_999);
    assert_eq!(err(&mut p, ghost).code, ErrorCode::NotFound);
    assert!(p.operation_statements().unwrap().is_empty());

    // One statement per clause: saving again replaces it.
    let first = p
        .save_operation_statement(&s, &statement("7.3.3", by))
        .unwrap();
    let mut again = statement(" 7.3.3 ", by);
    again.reason = "本期无重组事项，亦无计划".into();
    let second = p.save_operation_statement(&s, &again).unwrap();
    assert_eq!(first.id, second.id);
    assert_eq!(second.reason, "本期无重组事项，亦无计划");
    assert!(!second.stated_by_name.is_empty());
    let all = p.operation_statements().unwrap();
    assert_eq!(all.len(), 1);
    p.delete_operation_statement(second.id).unwrap();
    assert!(p.operation_statements().unwrap().is_empty());
    assert_eq!(
        p.delete_operation_statement(second.id).unwrap_err().code,
        ErrorCode::NotFound
    );
}

#[test]
fn a_clause_stated_as_not_occurring_counts_as_evidenced() {
    let (_dir, mut p) = demo_with(NO_USE);
    let s = standard();
    let by = top(&p);
    for c in ["7.3.1", "7.3.2", "7.3.3"] {
        p.save_operation_statement(&s, &statement(c, by)).unwrap();
    }
    // Three of the four stated: the fourth is still missing, alone.
    let r = readiness(&p);
    let ev = rule_of(&r, RuleId::OperationEvidence);
    assert!(!ev.passed);
    assert!(
        ev.explanation.contains("1 条适用条款") && ev.explanation.contains("：7.3.4；"),
        "{ev:?}"
    );
    assert!(ev.explanation.contains("本期未发生"), "{ev:?}");

    p.save_operation_statement(&s, &statement("7.3.4", by))
        .unwrap();
    let r = readiness(&p);
    let ev = rule_of(&r, RuleId::OperationEvidence);
    assert!(ev.passed, "{ev:?}");
    assert!(
        ev.explanation.contains("其中 4 条以“本期未发生”说明"),
        "{ev:?}"
    );
    assert!(r.ready && failing(&r).is_empty(), "{:?}", failing(&r));

    // The page's view agrees: the stated clauses have no record, a statement.
    let view = p
        .operation_evidence(&s, "2022-08-25".parse().unwrap())
        .unwrap();
    assert_eq!(view.from, d("2022-05-18"));
    assert_eq!(view.to, "2022-08-25".parse().unwrap());
    let c = view.clauses.iter().find(|c| c.clause == "7.3.3").unwrap();
    assert_eq!(c.records, 0);
    assert!(c.evidenced() && c.statement.is_some());
    assert!(view.clauses.iter().all(|c| c.clause != "7.3.5"));
}

#[test]
fn records_are_preferred_to_a_statement() {
    let (_dir, mut p) = demo_with("");
    let s = standard();
    let by = top(&p);
    p.save_operation_statement(&s, &statement("7.3.3", by))
        .unwrap();
    let ev = rule_of(&readiness(&p), RuleId::OperationEvidence);
    assert!(ev.passed, "{ev:?}");
    assert!(!ev.explanation.contains("本期未发生"), "{ev:?}");
    let view = p
        .operation_evidence(&s, "2022-08-25".parse().unwrap())
        .unwrap();
    let c = view.clauses.iter().find(|c| c.clause == "7.3.3").unwrap();
    assert!(c.records > 0 && c.statement.is_some());
}

#[test]
fn without_records_or_statements_the_clauses_are_named() {
    breaks(
        "operation_evidence",
        NO_USE,
        "请在体系运行页登记对应表单的记录，本期确未发生的填写“本期未发生”说明",
    );
}
