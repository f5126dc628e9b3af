//! Batch steps over many documents (#18): the same checks as one at a time,
//! one refusal leaving the others done, and the refusal reported in the
//! single step's words.

use crate::support::{d, standard};
use guanbiao_core::model::*;
use guanbiao_core::Project;

struct Fx {
    _dir: tempfile::TempDir,
    p: Project,
    docs: Vec<Document>,
}

/// Three procedures drafted by 小林, with the 管理者代表 and 最高管理者 set.
fn fx() -> Fx {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Project::create(&dir.path().join("t.gbproj")).unwrap();
    for (name, role) in [
        ("小林", Role::IpStaff),
        ("赵总", Role::ManagementRepresentative),
        ("王总", Role::TopManager),
    ] {
        p.create_person(&PersonInput {
            name: name.into(),
            roles: vec![role],
            ..Default::default()
        })
        .unwrap();
    }
    let std = standard();
    let docs = ["文件控制程序", "合同管理程序", "信息管理程序"]
        .into_iter()
        .map(|title| {
            let input = DocumentInput {
                doc_type: Some(DocType::Procedure),
                title: title.into(),
                clauses: vec!["4.2.3".into()],
                ..Default::default()
            };
            p.create_document(&std, &input, title, None, None).unwrap()
        })
        .collect();
    Fx { _dir: dir, p, docs }
}

fn step(step: BatchStep, ids: &[i64], on: &str) -> BatchStepInput {
    BatchStepInput {
        step,
        document_ids: ids.to_vec(),
        on: d(on),
        reviewer_id: None,
        approver_id: None,
    }
}

fn status(p: &Project, id: i64) -> RevisionStatus {
    let doc = p.document(id).unwrap();
    doc.working.or(doc.published).unwrap().status
}

#[test]
fn a_batch_approval_reports_the_one_refused_with_the_single_steps_reason() {
    let mut f = fx();
    let ids: Vec<i64> = f.docs.iter().map(|d| d.id).collect();
    let out =
        f.p.batch_step(&step(BatchStep::Submit, &ids, "2022-05-09"))
            .unwrap();
    assert_eq!(out.done.len(), 3, "{out:?}");
    assert!(out.refused.is_empty());
    assert_eq!(
        f.p.document(ids[0])
            .unwrap()
            .working
            .unwrap()
            .reviewer_name
            .as_deref(),
        Some("赵总")
    );

    // Two reviewed on the 10th together, the third on the 20th on its own.
    let out =
        f.p.batch_step(&step(BatchStep::Review, &ids[..2], "2022-05-10"))
            .unwrap();
    assert_eq!(out.done.len(), 2);
    let late = f.docs[2].working.as_ref().unwrap().id;
    f.p.review_revision(
        late,
        &RevisionReviewInput {
            on: d("2022-05-20"),
            passed: true,
        },
    )
    .unwrap();

    // Approving all three on the 12th: the third cannot be approved before its review.
    let out =
        f.p.batch_step(&step(BatchStep::Approve, &ids, "2022-05-12"))
            .unwrap();
    let done: Vec<&str> = out.done.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(done, [f.docs[0].code.as_str(), f.docs[1].code.as_str()]);
    assert_eq!(out.done[0].version, "A/0");
    assert_eq!(out.refused.len(), 1);
    let refused = &out.refused[0];
    assert_eq!(
        (
            refused.document_id,
            refused.code.as_str(),
            refused.title.as_str()
        ),
        (ids[2], f.docs[2].code.as_str(), "信息管理程序")
    );
    assert_eq!(
        refused.error.message,
        "批准日期 2022-05-12 早于审核日期 2022-05-20"
    );
    // The single step refuses it in the very same words.
    let single = f.p.approve_revision(late, d("2022-05-12")).unwrap_err();
    assert_eq!(refused.error, single);
    assert_eq!(status(&f.p, ids[0]), RevisionStatus::Approved);
    assert_eq!(status(&f.p, ids[1]), RevisionStatus::Approved);
    assert_eq!(status(&f.p, ids[2]), RevisionStatus::InReview);

    // Publishing all three: the one not approved is refused, the others issued.
    let out =
        f.p.batch_step(&step(BatchStep::Publish, &ids, "2022-05-18"))
            .unwrap();
    assert_eq!(out.done.len(), 2);
    assert_eq!(out.refused.len(), 1);
    assert!(
        out.refused[0]
            .error
            .message
            .contains("只有已批准的版本可以发布"),
        "{:?}",
        out.refused[0]
    );
    assert_eq!(status(&f.p, ids[0]), RevisionStatus::Published);

    // A date is asked for once, not refused per document.
    let e =
        f.p.batch_step(&BatchStepInput {
            on: None,
            ..step(BatchStep::Approve, &ids, "2022-05-12")
        })
        .unwrap_err();
    assert!(e.message.contains("批准日期"), "{e:?}");
}

#[test]
fn a_batch_distribution_numbers_the_copies_and_refuses_the_unpublished() {
    let mut f = fx();
    let ids: Vec<i64> = f.docs.iter().map(|d| d.id).collect();
    for (s, on) in [
        (BatchStep::Submit, "2022-05-09"),
        (BatchStep::Review, "2022-05-10"),
        (BatchStep::Approve, "2022-05-12"),
        (BatchStep::Publish, "2022-05-18"),
    ] {
        let out = f.p.batch_step(&step(s, &ids[..2], on)).unwrap();
        assert!(out.refused.is_empty(), "{out:?}");
    }
    let mut dep = |name: &str| {
        f.p.create_department(&DepartmentInput {
            name: name.into(),
            ..Default::default()
        })
        .unwrap()
        .id
    };
    let (rd, hr) = (dep("研发中心"), dep("人力资源部"));
    let input = BatchDistributeInput {
        document_ids: ids.clone(),
        department_ids: vec![rd, hr],
        issued_on: d("2022-05-19"),
    };
    let out = f.p.batch_distribute(&input).unwrap();
    assert_eq!(out.done.len(), 2, "{out:?}");
    assert_eq!(out.refused.len(), 1);
    assert_eq!(out.refused[0].document_id, ids[2]);
    assert!(out.refused[0].error.message.contains("尚无已发布"));
    let copies = f.p.distributions(ids[0]).unwrap();
    let got: Vec<(&str, &str)> = copies
        .iter()
        .map(|c| (c.copy_no.as_str(), c.recipient.as_str()))
        .collect();
    assert_eq!(got, [("01", "研发中心"), ("02", "人力资源部")]);

    // Again to 研发中心: it already holds a copy, none is added.
    let out =
        f.p.batch_distribute(&BatchDistributeInput {
            document_ids: vec![ids[0]],
            department_ids: vec![rd],
            issued_on: d("2022-05-20"),
        })
        .unwrap();
    assert!(out.done.is_empty());
    assert_eq!(
        out.unchanged[0].warnings,
        ["研发中心 已持有该版本，未重复发放"]
    );
    assert_eq!(f.p.distributions(ids[0]).unwrap().len(), 2);
}
