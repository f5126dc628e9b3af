//! The document register against a real project file: the revision state
//! machine, immutability of published revisions, coverage, diagnosis and 体系发布.

use crate::support::d;
use crate::support::standard;
use guanbiao_core::catalog::{self, ProgramProfile, StandardEdition};
use guanbiao_core::model::*;
use guanbiao_core::{ErrorCode, Project};

struct Fx {
    _dir: tempfile::TempDir,
    p: Project,
    std: StandardEdition,
    prog: ProgramProfile,
    author: i64,
    rep: i64,
    boss: i64,
}

fn fx() -> Fx {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Project::create(&dir.path().join("t.gbproj")).unwrap();
    let c = catalog::load().unwrap();
    let mut mk = |name: &str, roles: &[Role]| {
        p.create_person(&PersonInput {
            name: name.into(),
            roles: roles.to_vec(),
            ..Default::default()
        })
        .unwrap()
        .id
    };
    let author = mk("小林", &[Role::IpStaff]);
    let rep = mk("赵总", &[Role::ManagementRepresentative]);
    let boss = mk("王总", &[Role::TopManager]);
    Fx {
        _dir: dir,
        p,
        std: standard(),
        prog: c.programs[0].clone(),
        author,
        rep,
        boss,
    }
}

fn doc(f: &mut Fx, t: DocType, title: &str, clauses: &[&str], content: &str) -> Document {
    let input = DocumentInput {
        doc_type: Some(t),
        title: title.into(),
        clauses: clauses.iter().map(|c| c.to_string()).collect(),
        ..Default::default()
    };
    let author = f.author;
    f.p.create_document(&f.std, &input, content, Some(author), None)
        .unwrap()
}

fn through_approval(f: &mut Fx, rev: i64) {
    f.p.submit_revision(
        rev,
        &RevisionSubmitInput {
            reviewer_id: None,
            approver_id: None,
        },
    )
    .unwrap();
    f.p.review_revision(
        rev,
        &RevisionReviewInput {
            on: d("2022-05-10"),
            passed: true,
        },
    )
    .unwrap();
    f.p.approve_revision(rev, d("2022-05-12")).unwrap();
}

#[test]
fn codes_follow_the_scheme_and_duplicates_are_refused() {
    let mut f = fx();
    let a = doc(
        &mut f,
        DocType::Procedure,
        "文件控制程序",
        &["4.2.2"],
        "# 1 目的\n",
    );
    let b = doc(&mut f, DocType::Procedure, "记录控制程序", &["4.2.4"], "");
    assert_eq!((a.code.as_str(), b.code.as_str()), ("IP-CX-01", "IP-CX-02"));
    f.p.set_document_code_prefix("QC").unwrap();
    assert_eq!(
        doc(&mut f, DocType::Form, "签到表", &[], "").code,
        "QC-JL-01"
    );
    assert!(f.p.set_document_code_prefix("秦创").is_err());

    let dup = DocumentInput {
        doc_type: Some(DocType::Rule),
        code: "IP-CX-01".into(),
        title: "某制度".into(),
        ..Default::default()
    };
    let e =
        f.p.create_document(&f.std, &dup, "", None, None)
            .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(
        e.message.contains("IP-CX-01 已被“文件控制程序”使用"),
        "{}",
        e.message
    );
    let bad = DocumentInput {
        doc_type: Some(DocType::Rule),
        title: "某制度".into(),
        clauses: vec!["4.9.9".into()],
        ..Default::default()
    };
    assert!(f
        .p
        .create_document(&f.std, &bad, "", None, None)
        .unwrap_err()
        .message
        .contains("条款 4.9.9 不在"));
    assert_eq!(
        f.p.documents().unwrap().len(),
        3,
        "refused documents were not written"
    );
}

#[test]
fn revision_state_machine() {
    let mut f = fx();
    let dd = doc(
        &mut f,
        DocType::Procedure,
        "文件控制程序",
        &["4.2.2"],
        "# 1 目的\n规范文件管理。",
    );
    let r = dd.working.unwrap();
    assert_eq!(
        (r.version.as_str(), r.status),
        ("A/0", RevisionStatus::Draft)
    );
    assert_eq!(
        r.reviewer_name.as_deref(),
        Some("赵总"),
        "reviewed by the 管理者代表 by default"
    );
    assert_eq!(
        r.approver_name.as_deref(),
        Some("王总"),
        "approved by the 最高管理者 by default"
    );

    // Approving without a review, publishing before approval: refused.
    assert!(f
        .p
        .approve_revision(r.id, d("2022-05-12"))
        .unwrap_err()
        .message
        .contains("只有审核中"));
    f.p.submit_revision(
        r.id,
        &RevisionSubmitInput {
            reviewer_id: None,
            approver_id: None,
        },
    )
    .unwrap();
    let e = f.p.approve_revision(r.id, d("2022-05-12")).unwrap_err();
    assert!(
        e.message.contains("尚未经审核人审核，不能批准"),
        "{}",
        e.message
    );
    assert!(f
        .p
        .publish_revision(r.id, d("2022-05-12"))
        .unwrap_err()
        .message
        .contains("只有已批准"));
    assert!(f
        .p
        .edit_revision(
            r.id,
            &RevisionEditInput {
                content: "x".into(),
                change_note: "".into()
            }
        )
        .unwrap_err()
        .message
        .contains("请先退回草稿"));

    // Returned by the reviewer, edited, resubmitted, reviewed, approved, published.
    f.p.review_revision(
        r.id,
        &RevisionReviewInput {
            on: d("2022-05-09"),
            passed: false,
        },
    )
    .unwrap();
    f.p.edit_revision(
        r.id,
        &RevisionEditInput {
            content: "# 1 目的\n规范体系文件的管理。".into(),
            change_note: "按审核意见修改".into(),
        },
    )
    .unwrap();
    through_approval(&mut f, r.id);
    let published = f.p.publish_revision(r.id, d("2022-05-18")).unwrap();
    assert_eq!(published.status, RevisionStatus::Published);
    assert_eq!(published.content_hash.as_deref().map(str::len), Some(64));

    // A published revision is immutable, in the API and in the database itself.
    let e =
        f.p.edit_revision(
            r.id,
            &RevisionEditInput {
                content: "篡改".into(),
                change_note: "".into(),
            },
        )
        .unwrap_err();
    assert!(e.message.contains("已发布，内容不可修改"), "{}", e.message);
    let raw = rusqlite::Connection::open(f.p.path()).unwrap();
    let e = raw
        .execute("UPDATE revision SET content = '篡改' WHERE id = ?1", [r.id])
        .unwrap_err();
    assert!(e.to_string().contains("已发布的版本不可修改"), "{e}");
    assert!(raw
        .execute("DELETE FROM revision WHERE id = ?1", [r.id])
        .is_err());
    drop(raw);

    // A new draft starts from the published text; only one working revision at a time.
    let r2 = f.p.new_revision(dd.id, Some(f.author)).unwrap();
    assert_eq!(r2.version, "A/1");
    assert_eq!(r2.content, published.content);
    assert!(f
        .p
        .new_revision(dd.id, None)
        .unwrap_err()
        .message
        .contains("同时只能有一个草稿"));
    f.p.edit_revision(
        r2.id,
        &RevisionEditInput {
            content: "# 1 目的\n规范体系文件的管理。\n# 2 范围\n全部文件。".into(),
            change_note: "增加范围".into(),
        },
    )
    .unwrap();
    let diff = f.p.revision_diff(r.id, r2.id).unwrap();
    assert!(diff.contains(&DiffLine::Added("# 2 范围".into())));
    through_approval(&mut f, r2.id);
    f.p.publish_revision(r2.id, d("2022-06-01")).unwrap();
    let revs = f.p.revisions(dd.id).unwrap();
    assert_eq!(revs[0].status, RevisionStatus::Obsolete);
    assert_eq!(revs[0].obsolete_on, d("2022-06-01"));
    assert_eq!(revs[1].status, RevisionStatus::Published);
    assert_eq!(
        f.p.document(dd.id).unwrap().published.unwrap().version,
        "A/1"
    );
}

#[test]
fn self_approval_is_warned_and_placeholders_block_publication() {
    let mut f = fx();
    let dd = doc(
        &mut f,
        DocType::Policy,
        "知识产权方针和目标",
        &["5.2"],
        "由{{最高管理者}}于{{发布日期}}批准。",
    );
    let r = dd.working.unwrap();
    assert_eq!(r.unfilled, vec!["最高管理者", "发布日期"]);
    let boss = f.boss;
    f.p.submit_revision(
        r.id,
        &RevisionSubmitInput {
            reviewer_id: Some(f.rep),
            approver_id: Some(f.author),
        },
    )
    .unwrap();
    f.p.review_revision(
        r.id,
        &RevisionReviewInput {
            on: d("2022-05-10"),
            passed: true,
        },
    )
    .unwrap();
    let out = f.p.approve_revision(r.id, d("2022-05-11")).unwrap();
    assert!(
        out.warnings
            .iter()
            .any(|w| w.contains("同时是该文件的编制人")),
        "{:?}",
        out.warnings
    );
    let e = f.p.publish_revision(r.id, d("2022-05-18")).unwrap_err();
    assert!(
        e.message.contains("未填写的占位符：最高管理者、发布日期"),
        "{}",
        e.message
    );
    let _ = boss;
}

#[test]
fn distribution_records() {
    let mut f = fx();
    let dep =
        f.p.create_department(&DepartmentInput {
            name: "研发中心".into(),
            ..Default::default()
        })
        .unwrap()
        .id;
    let dd = doc(&mut f, DocType::Manual, "知识产权手册", &["4.2.3"], "手册");
    let r = dd.working.unwrap();
    let input = DistributionInput {
        copy_no: "01".into(),
        recipient_department_id: Some(dep),
        recipient_person_id: None,
        issued_on: d("2022-05-18"),
    };
    assert!(f
        .p
        .add_distribution(r.id, &input)
        .unwrap_err()
        .message
        .contains("只有已发布的受控版本可以发放"));
    through_approval(&mut f, r.id);
    f.p.publish_revision(r.id, d("2022-05-18")).unwrap();
    let x = f.p.add_distribution(r.id, &input).unwrap();
    assert_eq!(x.recipient, "研发中心");
    assert!(f
        .p
        .withdraw_distribution(x.id, d("2022-05-01"))
        .unwrap_err()
        .message
        .contains("早于发放日期"));
    f.p.withdraw_distribution(x.id, d("2022-06-01")).unwrap();
    assert_eq!(
        f.p.distributions(dd.id).unwrap()[0].withdrawn_on,
        d("2022-06-01")
    );
}

#[test]
fn diagnosis_progress_evidence_and_actions() {
    let mut f = fx();
    let o =
        f.p.diagnosis(&f.std, "2022-04-20".parse().unwrap())
            .unwrap();
    assert_eq!(o.total, 45, "every leaf clause is listed");
    assert_eq!(o.assessed, 0);
    assert_eq!(o.chapters.len(), 6);

    let input = DiagnosisInput {
        result: Some(DiagnosisResult::Partial),
        current_practice: "有专利台账".into(),
        gap: "无年费监控".into(),
        ..Default::default()
    };
    f.p.save_diagnosis(&f.std, "7.2", &input).unwrap();
    let na = DiagnosisInput {
        result: Some(DiagnosisResult::NotApplicable),
        ..Default::default()
    };
    assert!(f
        .p
        .save_diagnosis(&f.std, "7.4.3", &na)
        .unwrap_err()
        .message
        .contains("请填写不适用的理由"));
    f.p.save_diagnosis(
        &f.std,
        "7.4.3",
        &DiagnosisInput {
            reason: "无出口业务".into(),
            ..na
        },
    )
    .unwrap();
    assert!(f
        .p
        .save_diagnosis(&f.std, "7.4", &input)
        .unwrap_err()
        .message
        .contains("子条款"));
    assert!(f
        .p
        .save_diagnosis(&f.std, "10.1", &input)
        .unwrap_err()
        .message
        .contains("不在"));

    let action = ActionInput {
        title: "建立年费监控台账".into(),
        owner_person_id: Some(f.author),
        owner_department_id: None,
        due_on: d("2022-05-31"),
    };
    let task =
        f.p.add_diagnosis_action(&f.std, &f.prog, "7.2", &action)
            .unwrap();
    assert_eq!(task.clause.as_deref(), Some("7.2"));
    assert!(
        f.p.plan(&f.prog, "2022-05-01".parse().unwrap())
            .unwrap()
            .tasks
            .iter()
            .any(|t| t.id == task.id),
        "actions appear in the plan"
    );

    let o =
        f.p.diagnosis(&f.std, "2022-05-01".parse().unwrap())
            .unwrap();
    assert_eq!(o.assessed, 2);
    assert_eq!(o.unassessed.len(), 43);
    let c72 = o.clauses.iter().find(|c| c.clause == "7.2").unwrap();
    assert_eq!(c72.result, Some(DiagnosisResult::Partial));
    assert_eq!(c72.actions.len(), 1);
    let ch7 = o.chapters.iter().find(|c| c.chapter == "7").unwrap();
    assert_eq!(ch7.assessed, 2);
    assert_eq!(f.p.not_applicable_clauses().unwrap(), vec!["7.4.3"]);
}

#[test]
fn coverage_gaps_and_system_issue() {
    let mut f = fx();
    let leaves: Vec<String> = f.std.leaves().map(|c| c.number.clone()).collect();
    let policy = doc(
        &mut f,
        DocType::Policy,
        "方针和目标",
        &["5.2", "5.3.2"],
        "方针",
    );
    let manual = doc(
        &mut f,
        DocType::Manual,
        "手册",
        &leaves.iter().map(String::as_str).collect::<Vec<_>>(),
        "手册",
    );
    let proc1 = doc(
        &mut f,
        DocType::Procedure,
        "文件控制程序",
        &["4.2.2"],
        "程序 {{企业名称}}",
    );
    let cov = f.p.coverage(&f.std).unwrap();
    assert_eq!(cov.gaps.len(), leaves.len(), "nothing is published yet");
    assert!(cov
        .rows
        .iter()
        .find(|r| r.clause == "4.2.2")
        .unwrap()
        .pending
        .contains(&proc1.code));

    // Issue refuses, naming each document that is not ready; asked before
    // acting, the core gives the same reason.
    let e =
        f.p.issue_system(d("2022-05-18"), d("2022-05-18"))
            .unwrap_err();
    assert_eq!(
        f.p.refusal(Intent::SystemIssue).unwrap().as_deref(),
        Some(e.message.as_str())
    );
    assert!(
        e.message.contains(&policy.code) && e.message.contains("尚未批准"),
        "{}",
        e.message
    );
    for dd in [&policy, &manual, &proc1] {
        through_approval(&mut f, dd.working.as_ref().unwrap().id);
    }
    let e =
        f.p.issue_system(d("2022-05-18"), d("2022-05-18"))
            .unwrap_err();
    assert!(
        e.message.contains("占位符未填写（企业名称）"),
        "{}",
        e.message
    );
    assert!(f
        .p
        .issue_system(d("2022-05-18"), d("2022-05-01"))
        .unwrap_err()
        .message
        .contains("早于发布日期"));

    assert!(
        f.p.system_issue().unwrap().is_none(),
        "a refused issue publishes nothing"
    );
    assert!(f.p.document(policy.id).unwrap().published.is_none());

    // Fix the placeholder: back to draft, edit, approve again, then issue.
    let r = f.p.document(proc1.id).unwrap().working.unwrap();
    assert!(
        f.p.submit_revision(
            r.id,
            &RevisionSubmitInput {
                reviewer_id: None,
                approver_id: None
            }
        )
        .is_err(),
        "an approved revision is not a draft"
    );
    f.p.return_revision(r.id).unwrap();
    f.p.edit_revision(
        r.id,
        &RevisionEditInput {
            content: "程序 甲公司".into(),
            change_note: "填写企业名称".into(),
        },
    )
    .unwrap();
    through_approval(&mut f, r.id);
    assert_eq!(f.p.refusal(Intent::SystemIssue).unwrap(), None);
    let issued = f.p.issue_system(d("2022-05-18"), d("2022-05-20")).unwrap();
    assert_eq!(issued.implemented_on, "2022-05-20".parse().unwrap());
    for dd in [&policy, &manual, &proc1] {
        let p = f.p.document(dd.id).unwrap().published.unwrap();
        assert_eq!(p.published_on, d("2022-05-18"));
    }
    assert!(
        f.p.coverage(&f.std).unwrap().gaps.is_empty(),
        "the manual covers every clause"
    );
    assert!(f
        .p
        .issue_system(d("2022-06-18"), d("2022-06-20"))
        .unwrap_err()
        .message
        .contains("体系已于 2022-05-18 发布"));
    assert!(f
        .p
        .refusal(Intent::SystemIssue)
        .unwrap()
        .unwrap()
        .contains("体系已于 2022-05-18 发布"));
}

/// The register's list carries every document and its revisions' workflow
/// facts, but not their text: a document is opened whole on its own.
#[test]
fn the_register_lists_documents_without_their_text() {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = guanbiao_core::demo::create(&dir.path().join("demo.gbproj"), 1).unwrap();
    let full = p.documents().unwrap();
    let light = p.document_register().unwrap();
    assert_eq!(full.len(), light.len());
    assert!(full
        .iter()
        .any(|d| d.published.as_ref().is_some_and(|r| !r.content.is_empty())));
    for (f, l) in full.iter().zip(&light) {
        assert_eq!((f.id, &f.code, &f.title), (l.id, &l.code, &l.title));
        for (fr, lr) in [(&f.published, &l.published), (&f.working, &l.working)] {
            assert_eq!(fr.is_some(), lr.is_some());
            if let (Some(fr), Some(lr)) = (fr, lr) {
                assert_eq!(
                    (fr.id, &fr.version, fr.status),
                    (lr.id, &lr.version, lr.status)
                );
                assert_eq!(fr.unfilled, lr.unfilled);
                assert!(lr.content.is_empty() && lr.issued_text.is_none());
            }
        }
        assert_eq!(p.document(l.id).unwrap(), *f, "opened whole");
    }
}
