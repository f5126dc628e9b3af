//! The operation period, internal audits with corrective actions, and
//! management review, on the demo enterprise up to its issued system.

use crate::support::{d, program, standard};
use guanbiao_core::catalog::{ProgramProfile, StandardEdition};
use guanbiao_core::demo::{self, DemoStage};
use guanbiao_core::model::*;
use guanbiao_core::{ErrorCode, Project};

struct Fx {
    _dir: tempfile::TempDir,
    p: Project,
    std: StandardEdition,
    prog: ProgramProfile,
}

fn fx(stage: DemoStage) -> Fx {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create_with(&dir.path().join("d.gbproj"), 1, stage).unwrap();
    Fx {
        _dir: dir,
        p,
        std: standard(),
        prog: program(),
    }
}

fn team(f: &Fx) -> Vec<AuditorStatus> {
    f.p.auditor_overview()
        .unwrap()
        .auditors
        .into_iter()
        .filter(|a| a.qualified)
        .collect()
}

fn plan(f: &Fx) -> AuditInput {
    let t = team(f);
    AuditInput {
        purpose: "检查体系符合性".into(),
        leader_id: Some(t[0].person_id),
        auditor_ids: t.iter().map(|a| a.person_id).collect(),
        starts_on: d("2022-08-01"),
        ends_on: d("2022-08-03"),
        ..Default::default()
    }
}

#[test]
fn operation_period_and_records_before_it() {
    let mut f = fx(DemoStage::System);
    let s =
        f.p.operation(&f.prog, "2022-07-01".parse().unwrap())
            .unwrap();
    assert_eq!(s.implemented_on, d("2022-05-18"));
    assert_eq!(s.min_complete_on, d("2022-08-18"));
    assert_eq!(s.days_run, 44);
    assert!(!s.complete);
    assert_eq!(s.margin_days, Some(74));
    let early =
        f.p.save_checkin(&CheckinInput {
            month: "2022-05".into(),
            checked_on: d("2022-05-10"),
            summary: "试运行".into(),
        })
        .unwrap();
    assert!(
        early.before_operation,
        "dated before the implementation date: does not count"
    );
    let june =
        f.p.save_checkin(&CheckinInput {
            month: "2022-06".into(),
            checked_on: d("2022-06-28"),
            summary: "正常".into(),
        })
        .unwrap();
    assert!(!june.before_operation);
    assert!(f
        .p
        .save_checkin(&CheckinInput {
            month: "2022-6".into(),
            checked_on: d("2022-06-28"),
            summary: "x".into()
        })
        .is_err());
    let form =
        f.p.documents()
            .unwrap()
            .into_iter()
            .find(|x| x.doc_type == DocType::Form)
            .unwrap();
    let r =
        f.p.add_operation_record(&OperationRecordInput {
            document_id: form.id,
            produced_on: d("2022-05-01"),
            attachment_id: None,
            note: String::new(),
        })
        .unwrap();
    assert!(r.before_operation);
    // A record entered by mistake can be deleted; its history stays.
    let count = f.p.operation_records().unwrap().len();
    f.p.delete_operation_record(r.id).unwrap();
    assert_eq!(f.p.operation_records().unwrap().len(), count - 1);
    let e = f.p.delete_operation_record(r.id).unwrap_err();
    assert!(e.message.contains("不存在"), "{}", e.message);
    let log =
        f.p.history_for("operation_record", &r.id.to_string())
            .unwrap();
    assert!(
        log.iter().any(|c| c.action == ChangeAction::Delete),
        "{log:?}"
    );
    let e =
        f.p.save_operation_problem(
            None,
            &OperationProblemInput {
                found_on: d("2022-07-01"),
                description: "甲".into(),
                resolved_on: d("2022-06-01"),
                ..Default::default()
            },
        )
        .unwrap_err();
    assert!(e.message.contains("早于发现日期"));
}

#[test]
fn audit_plan_rules_and_independence() {
    let mut f = fx(DemoStage::System);
    let t = team(&f);
    // Before the implementation date.
    let mut bad = plan(&f);
    bad.starts_on = d("2022-05-01");
    assert!(f
        .p
        .create_audit(&f.std, &bad)
        .unwrap_err()
        .message
        .contains("早于体系实施日期"));
    // A team of one.
    let mut bad = plan(&f);
    bad.auditor_ids = vec![];
    assert!(f
        .p
        .create_audit(&f.std, &bad)
        .unwrap_err()
        .message
        .contains("至少需要两名"));
    // Someone who is not a qualified internal auditor.
    let outsider =
        f.p.people(&PersonQuery {
            role: Some(Role::RndStaff),
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .find(|p| !p.roles.contains(&Role::InternalAuditor))
        .unwrap();
    let mut bad = plan(&f);
    bad.auditor_ids.push(outsider.id);
    let e = f.p.create_audit(&f.std, &bad).unwrap_err();
    assert!(
        e.message
            .contains(&format!("{} 不是合格内审员", outsider.name)),
        "{}",
        e.message
    );
    // An auditor scheduled for their own department: refused, naming who and where.
    let a = &t[0];
    let own = a.department_id.unwrap();
    let mut bad = plan(&f);
    bad.schedule = vec![SlotInput {
        kind: SlotKind::Department,
        department_id: Some(own),
        on_date: d("2022-08-01"),
        time_range: "09:00-10:00".into(),
        auditor_ids: vec![a.person_id],
    }];
    let e = f.p.create_audit(&f.std, &bad).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(
        e.message.contains(&a.person_name)
            && e.message.contains(a.department_name.as_deref().unwrap()),
        "{}",
        e.message
    );
    assert!(f.p.audits().unwrap().is_empty(), "nothing half-written");

    // The default plan: scope from the 职能分配表, a schedule that respects independence.
    let audit = f.p.create_audit(&f.std, &plan(&f)).unwrap();
    assert_eq!(audit.number, "NS-2022-01");
    assert_eq!(audit.schedule.first().unwrap().kind, SlotKind::Opening);
    assert_eq!(audit.schedule.last().unwrap().kind, SlotKind::Closing);
    let people = f.p.people(&PersonQuery::default()).unwrap();
    for slot in audit
        .schedule
        .iter()
        .filter(|s| s.kind == SlotKind::Department)
    {
        for name in &slot.auditor_names {
            let p = people.iter().find(|p| &p.name == name).unwrap();
            assert_ne!(
                p.department_id, slot.department_id,
                "{name} audits own department"
            );
        }
    }
    let report =
        f.p.audit_report(&f.std, audit.id, "2022-08-05".parse().unwrap())
            .unwrap();
    assert!(
        report.clauses_not_covered.is_empty(),
        "{:?}",
        report.clauses_not_covered
    );
    assert!(
        report.departments_not_covered.is_empty(),
        "{:?}",
        report.departments_not_covered
    );
    assert!(report.inside_operation);
    assert_eq!(report.checklist_total as usize, audit.scope.len());
    assert!(f
        .p
        .create_audit(
            &f.std,
            &AuditInput {
                number: "NS-2022-01".into(),
                ..plan(&f)
            }
        )
        .unwrap_err()
        .message
        .contains("已存在"));
}

#[test]
fn corrective_action_lifecycle_and_report() {
    let mut f = fx(DemoStage::System);
    let audit = f.p.create_audit(&f.std, &plan(&f)).unwrap();
    let items = f.p.checklist(audit.id).unwrap();
    let target = items[0].clone();
    assert!(f
        .p
        .judge_checklist_item(
            target.id,
            &ChecklistJudgementInput {
                question: target.question.to_string(),
                judgement: Some(Judgement::Minor),
                observed: "".into()
            }
        )
        .unwrap_err()
        .message
        .contains("请记录看到的事实"));
    f.p.judge_checklist_item(
        target.id,
        &ChecklistJudgementInput {
            question: target.question.to_string(),
            judgement: Some(Judgement::Minor),
            observed: "未见记录".into(),
        },
    )
    .unwrap();
    let e =
        f.p.complete_audit(
            audit.id,
            &AuditCompletionInput {
                summary: "综述".into(),
                conclusion: "结论".into(),
                on: d("2022-08-03"),
            },
        )
        .unwrap_err();
    assert!(e.message.contains("未判定"), "{}", e.message);

    let t = team(&f);
    let nc =
        f.p.raise_nonconformity(
            &f.std,
            audit.id,
            &NonconformityInput {
                department_id: target.department_id,
                clause: target.clause.clone(),
                fact: "未见检索报告".into(),
                grade: Some(Grade::Major),
                found_on: d("2022-08-02"),
                auditor_id: Some(t[0].person_id),
            },
        )
        .unwrap();
    assert_eq!(nc.number, "NS-2022-01-NC01");
    assert!(f
        .p
        .delete_audit(audit.id)
        .unwrap_err()
        .message
        .contains("不能删除"));

    // Nothing skips ahead, nothing closes unverified.
    let e = f.p.close_nonconformity(nc.id, d("2022-08-03")).unwrap_err();
    assert!(e.message.contains("尚未经内审员验证有效"), "{}", e.message);
    let head =
        f.p.people(&PersonQuery {
            department_id: Some(target.department_id),
            ..Default::default()
        })
        .unwrap()[0]
            .id;
    assert!(f
        .p
        .plan_corrective_action(
            nc.id,
            &CorrectiveActionInput {
                correction: "补".into(),
                corrective_action: "改".into(),
                owner_id: Some(head),
                due_on: d("2022-08-10"),
            },
        )
        .unwrap_err()
        .message
        .contains("请先完成原因分析"));
    f.p.confirm_nonconformity(
        nc.id,
        &NcConfirmationInput {
            person_id: head,
            on: d("2022-08-02"),
        },
    )
    .unwrap();
    f.p.analyse_cause(nc.id, "未理解程序要求").unwrap();
    f.p.plan_corrective_action(
        nc.id,
        &CorrectiveActionInput {
            correction: "补做检索".into(),
            corrective_action: "培训并每月自查".into(),
            owner_id: Some(head),
            due_on: d("2022-08-10"),
        },
    )
    .unwrap();
    let overdue =
        f.p.nonconformity(nc.id, "2022-08-11".parse().unwrap())
            .unwrap();
    assert!(overdue.overdue, "past due and not done");
    f.p.mark_action_done(nc.id, d("2022-08-09")).unwrap();
    // Verified by someone who is not an auditor: refused. Not effective: reopened.
    let e =
        f.p.verify_action(
            nc.id,
            &VerificationInput {
                auditor_id: head,
                on: d("2022-08-12"),
                effective: true,
                note: "有效".into(),
            },
        )
        .unwrap_err();
    assert!(e.message.contains("不是合格内审员"), "{}", e.message);
    let reopened =
        f.p.verify_action(
            nc.id,
            &VerificationInput {
                auditor_id: t[1].person_id,
                on: d("2022-08-12"),
                effective: false,
                note: "仍缺记录".into(),
            },
        )
        .unwrap();
    assert_eq!(reopened.status, NcStatus::ActionPlanned);
    assert!(f.p.close_nonconformity(nc.id, d("2022-08-12")).is_err());
    f.p.mark_action_done(nc.id, d("2022-08-14")).unwrap();
    f.p.verify_action(
        nc.id,
        &VerificationInput {
            auditor_id: t[1].person_id,
            on: d("2022-08-15"),
            effective: true,
            note: "记录齐全，措施有效".into(),
        },
    )
    .unwrap();
    let closed = f.p.close_nonconformity(nc.id, d("2022-08-15")).unwrap();
    assert_eq!(closed.status, NcStatus::Closed);
    assert!(!closed.overdue);

    for i in
        f.p.checklist(audit.id)
            .unwrap()
            .iter()
            .filter(|i| i.judgement.is_none())
    {
        f.p.judge_checklist_item(
            i.id,
            &ChecklistJudgementInput {
                question: i.question.to_string(),
                judgement: Some(Judgement::Conform),
                observed: "符合".into(),
            },
        )
        .unwrap();
    }
    let done =
        f.p.complete_audit(
            audit.id,
            &AuditCompletionInput {
                summary: "综述".into(),
                conclusion: "基本有效".into(),
                on: d("2022-08-03"),
            },
        )
        .unwrap();
    assert!(done.completed);
    let r =
        f.p.audit_report(&f.std, audit.id, "2022-08-20".parse().unwrap())
            .unwrap();
    assert_eq!((r.major, r.minor), (1, 0));
    assert_eq!(r.checklist_judged, r.checklist_total);
    assert_eq!(r.distribution.len(), 1);
    assert_eq!(r.distribution[0].clause, target.clause);
}

#[test]
fn management_review_rules() {
    let mut f = fx(DemoStage::System);
    let top = f.p.top_manager_id().unwrap().unwrap();
    let rep =
        f.p.people(&PersonQuery {
            role: Some(Role::ManagementRepresentative),
            ..Default::default()
        })
        .unwrap()[0]
            .id;
    let input = ReviewInput {
        held_on: d("2022-08-19"),
        chair_id: Some(top),
        attendee_ids: vec![top, rep],
        plan_approved_on: d("2022-08-05"),
        ..Default::default()
    };
    let e = f.p.save_review(None, &input).unwrap_err();
    assert!(
        e.message.contains("至少一次内部审核完成之后"),
        "{}",
        e.message
    );

    // Complete an audit, then the rules on chair and plan.
    let audit = f.p.create_audit(&f.std, &plan(&f)).unwrap();
    for i in f.p.checklist(audit.id).unwrap() {
        f.p.judge_checklist_item(
            i.id,
            &ChecklistJudgementInput {
                question: i.question.to_string(),
                judgement: Some(Judgement::Conform),
                observed: "符合".into(),
            },
        )
        .unwrap();
    }
    f.p.complete_audit(
        audit.id,
        &AuditCompletionInput {
            summary: "综述".into(),
            conclusion: "有效".into(),
            on: d("2022-08-03"),
        },
    )
    .unwrap();
    assert!(f
        .p
        .save_review(
            None,
            &ReviewInput {
                chair_id: Some(rep),
                ..input.clone()
            }
        )
        .unwrap_err()
        .message
        .contains("应由最高管理者主持"));
    assert!(f
        .p
        .save_review(
            None,
            &ReviewInput {
                plan_approved_on: d("2022-08-20"),
                ..input.clone()
            }
        )
        .unwrap_err()
        .message
        .contains("须在会前批准"));
    assert!(f
        .p
        .save_review(
            None,
            &ReviewInput {
                held_on: d("2022-08-02"),
                plan_approved_on: d("2022-08-01"),
                ..input.clone()
            }
        )
        .unwrap_err()
        .message
        .contains("早于内部审核完成日期"));

    let r = f.p.save_review(None, &input).unwrap();
    assert_eq!(r.number, "PS-2022-01");
    assert_eq!(
        f.p.refusal(Intent::ReviewComplete { id: r.id })
            .unwrap()
            .as_deref(),
        Some("请先收集评审输入"),
        "asked before acting, the same reason as acting"
    );
    assert!(f
        .p
        .complete_review(r.id)
        .unwrap_err()
        .message
        .contains("请先收集评审输入"));
    let r =
        f.p.collect_review_inputs(r.id, &f.prog, "2022-08-19".parse().unwrap())
            .unwrap();
    let snap = r.snapshot.unwrap();
    assert_eq!(snap.audits.len(), 1);
    assert!(
        snap.training.contains("全员宣贯培训覆盖 80/80 人"),
        "{}",
        snap.training
    );
    assert!(snap.ip_holdings.contains("发明专利 18"));
    let out = ReviewOutputInput {
        kind: Some(OutputKind::Resource),
        description: "增加检索数据库预算".into(),
        owner_id: Some(rep),
        due_on: d("2022-09-30"),
    };
    let r = f.p.add_review_output(r.id, &out).unwrap();
    assert_eq!(r.outputs.len(), 1);
    assert!(f
        .p
        .add_review_output(
            r.id,
            &ReviewOutputInput {
                owner_id: None,
                ..out
            }
        )
        .is_err());
    assert!(f
        .p
        .complete_review(r.id)
        .unwrap_err()
        .message
        .contains("评审报告"));
    assert_eq!(
        f.p.refusal(Intent::ReviewComplete { id: r.id })
            .unwrap()
            .as_deref(),
        Some("请先填写评审报告")
    );
}

/// 完成审核 and 删除审核 asked before acting: the reason the action would
/// give, or none; "本部门其余条款判为符合" judges only the unjudged lines of
/// one department, after which the audit can be completed.
#[test]
fn refusals_are_known_before_acting_and_the_rest_is_judged_conform() {
    let mut f = fx(DemoStage::System);
    let audit = f.p.create_audit(&f.std, &plan(&f)).unwrap();
    let complete = Intent::AuditComplete { id: audit.id };
    let delete = Intent::AuditDelete { id: audit.id };
    let items = f.p.checklist(audit.id).unwrap();
    let total = items.len();
    let why = f.p.refusal(complete).unwrap().unwrap();
    assert_eq!(why, format!("检查表还有 {total} 条未判定，不能完成审核"));
    assert_eq!(f.p.refusal(delete).unwrap(), None, "a fresh audit can go");

    // One line of the first department judged 观察项 by hand: kept.
    let first = items[0].clone();
    f.p.judge_checklist_item(
        first.id,
        &ChecklistJudgementInput {
            question: first.question.clone(),
            judgement: Some(Judgement::Observation),
            observed: "记录字迹不清".into(),
        },
    )
    .unwrap();
    let in_first = items
        .iter()
        .filter(|i| i.department_id == first.department_id)
        .count();
    let judged =
        f.p.judge_rest_conform(audit.id, first.department_id)
            .unwrap();
    assert_eq!(judged, in_first - 1, "only the unjudged lines");
    let after = f.p.checklist(audit.id).unwrap();
    for i in &after {
        if i.id == first.id {
            assert_eq!(i.judgement, Some(Judgement::Observation));
            assert_eq!(i.observed, "记录字迹不清");
        } else if i.department_id == first.department_id {
            assert_eq!(i.judgement, Some(Judgement::Conform), "{}", i.clause);
        } else {
            assert_eq!(i.judgement, None, "other departments untouched");
        }
    }
    let left = total - in_first;
    assert_eq!(
        f.p.refusal(complete).unwrap().unwrap(),
        format!("检查表还有 {left} 条未判定，不能完成审核")
    );
    let e =
        f.p.complete_audit(
            audit.id,
            &AuditCompletionInput {
                summary: "综述".into(),
                conclusion: "结论".into(),
                on: d("2022-08-03"),
            },
        )
        .unwrap_err();
    assert_eq!(e.message, f.p.refusal(complete).unwrap().unwrap());

    let departments: std::collections::BTreeSet<i64> =
        after.iter().map(|i| i.department_id).collect();
    for dep in departments {
        f.p.judge_rest_conform(audit.id, dep).unwrap();
    }
    assert_eq!(f.p.refusal(complete).unwrap(), None);
    f.p.complete_audit(
        audit.id,
        &AuditCompletionInput {
            summary: "综述".into(),
            conclusion: "结论".into(),
            on: d("2022-08-03"),
        },
    )
    .unwrap();
    let done = f.p.refusal(delete).unwrap().unwrap();
    assert!(done.contains("已完成，不能删除"), "{done}");
    assert_eq!(f.p.delete_audit(audit.id).unwrap_err().message, done);
    assert!(f
        .p
        .refusal(complete)
        .unwrap()
        .unwrap()
        .contains("已于 2022-08-03 完成"));
    let e =
        f.p.judge_rest_conform(audit.id, first.department_id)
            .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict, "{}", e.message);
}

#[test]
fn the_full_demo_has_run_audited_and_reviewed() {
    let f = fx(DemoStage::Operation);
    let audits = f.p.audits().unwrap();
    assert_eq!(audits.len(), 1);
    assert!(audits[0].completed);
    let ncs =
        f.p.nonconformities(None, "2022-10-01".parse().unwrap())
            .unwrap();
    assert!(!ncs.is_empty());
    assert!(ncs.iter().all(|n| n.status == NcStatus::Closed));
    let reviews = f.p.reviews().unwrap();
    assert_eq!(reviews.len(), 1);
    assert!(reviews[0].completed && reviews[0].held_on > audits[0].completed_on.unwrap());
    assert_eq!(f.p.checkins().unwrap().len(), 3);
    assert!(
        f.p.operation(&f.prog, "2022-09-01".parse().unwrap())
            .unwrap()
            .complete
    );
}

/// The plan of `a` as the input that would recreate it.
fn input_of(a: &Audit) -> AuditInput {
    AuditInput {
        number: a.number.clone(),
        purpose: a.purpose.clone(),
        criteria: a.criteria.clone(),
        leader_id: Some(a.leader_id),
        auditor_ids: a.auditor_ids.clone(),
        starts_on: Some(a.starts_on),
        ends_on: Some(a.ends_on),
        scope: a.scope.clone(),
        schedule: a
            .schedule
            .iter()
            .map(|s| SlotInput {
                kind: s.kind,
                department_id: s.department_id,
                on_date: Some(s.on_date),
                time_range: s.time_range.clone(),
                auditor_ids: s.auditor_ids.clone(),
            })
            .collect(),
    }
}

#[test]
fn an_audit_plan_changes_until_the_audit_is_completed() {
    let mut f = fx(DemoStage::System);
    let audit = f.p.create_audit(&f.std, &plan(&f)).unwrap();
    assert!(audit.schedule.iter().all(|s| !s.auditor_ids.is_empty()));
    // Unchanged input: the same plan.
    let same =
        f.p.update_audit(&f.std, audit.id, &input_of(&audit))
            .unwrap();
    assert_eq!(same, audit);

    // One more day, the closing meeting moved to it; the number kept when left empty.
    let mut longer = input_of(&audit);
    longer.number.clear();
    longer.ends_on = d("2022-08-04");
    longer.schedule.last_mut().unwrap().on_date = d("2022-08-04");
    let changed = f.p.update_audit(&f.std, audit.id, &longer).unwrap();
    assert_eq!(changed.number, audit.number);
    assert_eq!(changed.ends_on, "2022-08-04".parse().unwrap());

    // A cell with a recorded judgement stays; a cell without one goes, with its line.
    let items = f.p.checklist(audit.id).unwrap();
    let judged = items[0].clone();
    f.p.judge_checklist_item(
        judged.id,
        &ChecklistJudgementInput {
            question: judged.question.to_string(),
            judgement: Some(Judgement::Observation),
            observed: "记录不完整".into(),
        },
    )
    .unwrap();
    let mut without_judged = input_of(&changed);
    without_judged
        .scope
        .retain(|c| !(c.department_id == judged.department_id && c.clause == judged.clause));
    let e =
        f.p.update_audit(&f.std, audit.id, &without_judged)
            .unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(
        e.message.contains(&judged.clause) && e.message.contains("已有检查记录"),
        "{}",
        e.message
    );
    let other = items[1].clone();
    let mut smaller = input_of(&changed);
    smaller
        .scope
        .retain(|c| !(c.department_id == other.department_id && c.clause == other.clause));
    let after = f.p.update_audit(&f.std, audit.id, &smaller).unwrap();
    assert_eq!(after.scope.len(), audit.scope.len() - 1);
    let lines = f.p.checklist(audit.id).unwrap();
    assert_eq!(lines.len(), after.scope.len());
    assert!(!lines.iter().any(|l| l.id == other.id));
    assert_eq!(
        lines.iter().find(|l| l.id == judged.id).unwrap().observed,
        "记录不完整",
        "judged lines are kept as they are"
    );
    // Put back: a fresh, unjudged line.
    let back =
        f.p.update_audit(&f.std, audit.id, &input_of(&changed))
            .unwrap();
    assert_eq!(back.scope.len(), audit.scope.len());
    let lines = f.p.checklist(audit.id).unwrap();
    let fresh = lines
        .iter()
        .find(|l| l.department_id == other.department_id && l.clause == other.clause)
        .expect("the cell has its line again");
    assert!(fresh.id != other.id && fresh.judgement.is_none());
    // ...in its place in the standard's order, not trailing behind.
    let rank = |c: &str| f.std.leaves().position(|l| l.number == c).unwrap();
    let ranks: Vec<usize> = lines
        .iter()
        .filter(|l| l.department_id == other.department_id)
        .map(|l| rank(&l.clause))
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] < w[1]), "{ranks:?}");

    // Independence is checked as when created, and a refusal changes nothing.
    let people = f.p.people(&PersonQuery::default()).unwrap();
    let mut own = input_of(&back);
    let (slot, insider) = own
        .schedule
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == SlotKind::Department)
        .find_map(|(i, s)| {
            back.auditor_ids
                .iter()
                .find(|id| {
                    people
                        .iter()
                        .any(|p| p.id == **id && p.department_id == s.department_id)
                })
                .map(|id| (i, *id))
        })
        .expect("an auditor from an audited department");
    own.schedule[slot].auditor_ids = vec![insider];
    let e = f.p.update_audit(&f.std, audit.id, &own).unwrap_err();
    assert!(e.message.contains("不能审核本部门"), "{}", e.message);
    assert_eq!(f.p.audit(audit.id).unwrap(), back);
    let mut alone = input_of(&back);
    alone.auditor_ids = vec![back.leader_id];
    alone.schedule.clear();
    assert!(f
        .p
        .update_audit(&f.std, audit.id, &alone)
        .unwrap_err()
        .message
        .contains("至少需要两名"));

    // Completed: the plan is fixed.
    for l in f.p.checklist(audit.id).unwrap() {
        if l.judgement.is_none() {
            f.p.judge_checklist_item(
                l.id,
                &ChecklistJudgementInput {
                    question: l.question.to_string(),
                    judgement: Some(Judgement::Conform),
                    observed: "".into(),
                },
            )
            .unwrap();
        }
    }
    f.p.complete_audit(
        audit.id,
        &AuditCompletionInput {
            summary: "综述".into(),
            conclusion: "结论".into(),
            on: d("2022-08-04"),
        },
    )
    .unwrap();
    let e =
        f.p.update_audit(&f.std, audit.id, &input_of(&back))
            .unwrap_err();
    assert!(e.message.contains("已完成"), "{}", e.message);
}
