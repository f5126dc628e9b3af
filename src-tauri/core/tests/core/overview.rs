//! The 概览 counts: a fresh project has nothing to count but the clauses;
//! the demo has everything done; each kind of open item is counted.

use crate::support::standard;
use guanbiao_core::catalog;
use guanbiao_core::demo;
use guanbiao_core::model::OverviewCounts;
use guanbiao_core::Project;
use rusqlite::Connection;

fn counts(p: &Project) -> OverviewCounts {
    let c = catalog::load().unwrap();
    p.overview_counts(&c.programs[0], &standard(), "2022-08-25".parse().unwrap())
        .unwrap()
}

#[test]
fn a_fresh_project_counts_nothing_open() {
    let dir = tempfile::tempdir().unwrap();
    let p = Project::create(&dir.path().join("new.gbproj")).unwrap();
    let n = counts(&p);
    assert_eq!(n.open_nonconformities, 0);
    assert_eq!(n.overdue_tasks, 0);
    assert_eq!(n.overdue_corrective_actions, 0);
    assert_eq!(n.overdue_review_outputs, 0);
    assert_eq!(n.documents_total, 0);
    assert_eq!(n.people_requiring_credits, 0);
    assert_eq!(n.qualified_auditors, 0);
    assert!(!n.credit_threshold_set, "the 2022 plan states no threshold");
    assert_eq!(n.clauses_total, 45, "GB/T 29490-2013 leaf clauses");
    assert_eq!(n.clauses_diagnosed, 0);
    assert_eq!(n.clauses_applicable, 45);
    assert_eq!(n.clauses_covered, 0);
}

#[test]
fn the_demo_is_complete_and_open_items_are_counted() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("d.gbproj");
    let (p, _) = demo::create(&path, 1).unwrap();
    let n = counts(&p);
    assert_eq!(n.open_nonconformities, 0);
    assert_eq!(n.overdue_corrective_actions, 0);
    assert_eq!(n.overdue_review_outputs, 0);
    assert_eq!(n.documents_in_review, 0);
    assert_eq!(n.documents_awaiting_publication, 0);
    assert!(n.documents_published > 0);
    assert_eq!(n.documents_published, n.documents_total);
    assert_eq!(n.people_requiring_credits, 18);
    assert_eq!(n.people_missing_credits, 0);
    assert!(n.credit_threshold_set);
    assert_eq!(n.clauses_diagnosed, n.clauses_total);
    assert_eq!(n.clauses_covered, n.clauses_applicable);
    assert_eq!(n.qualified_auditors, 5);

    // Reopen a nonconformity past its due date, leave a review output
    // undone past its date, send one document back into review, and drop
    // one person's credits.
    {
        let c = Connection::open(&path).unwrap();
        c.execute_batch(
            "UPDATE nonconformity SET status = 'action_planned', done_on = NULL, verified_on = NULL,
                 closed_on = NULL, due_on = '2022-08-01' WHERE id = 1;
             INSERT INTO review_output (review_id, kind, description, due_on, status, created_at)
                 SELECT id, 'other', '补充专利预警分析', '2022-08-20', 'open', '2022-08-19T00:00:00Z'
                   FROM management_review LIMIT 1;
             INSERT INTO revision (document_id, version, status, content, created_at, updated_at)
                 SELECT id, 'A/1', 'in_review', '修订稿', '2022-08-20T00:00:00Z', '2022-08-20T00:00:00Z'
                   FROM document ORDER BY id LIMIT 1;
             UPDATE online_training SET credits = 12
                 WHERE person_id = (SELECT person_id FROM online_training ORDER BY person_id LIMIT 1);",
        )
        .unwrap();
    }
    let n = counts(&p);
    assert_eq!(n.open_nonconformities, 1);
    assert_eq!(
        n.open_major_nonconformities, 0,
        "the demo's findings are minor"
    );
    assert_eq!(n.overdue_corrective_actions, 1);
    assert_eq!(n.overdue_review_outputs, 1);
    assert_eq!(n.documents_in_review, 1);
    assert_eq!(n.documents_published, n.documents_total, "still published");
    assert_eq!(n.people_missing_credits, 1);
}
