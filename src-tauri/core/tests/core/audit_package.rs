//! Internal-audit work packages (issue 19): two auditors record on their own
//! copies, their results merge back attributed; conflicts are decided, never
//! overwritten; replayed, foreign and damaged results are refused with the
//! project byte-identical.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::support::{d, standard};
use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::catalog::StandardEdition;
use guanbiao_core::demo::{self, DemoStage};
use guanbiao_core::model::*;
use guanbiao_core::{ErrorCode, Project};

struct Fx {
    dir: tempfile::TempDir,
    p: Project,
    std: StandardEdition,
    audit: Audit,
    /// Two auditors, each with the departments they audit.
    a: (i64, String, Vec<i64>),
    b: (i64, String, Vec<i64>),
}

/// The demo enterprise with a planned audit whose departments are split
/// between two auditors (none auditing their own department).
fn fx() -> Fx {
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = demo::create_with(&dir.path().join("d.gbproj"), 1, DemoStage::System).unwrap();
    let std = standard();
    let team: Vec<AuditorStatus> = p
        .auditor_overview()
        .unwrap()
        .auditors
        .into_iter()
        .filter(|a| a.qualified)
        .collect();
    let people = p.people(&PersonQuery::default()).unwrap();
    let dep_of = |id: i64| people.iter().find(|x| x.id == id).unwrap().department_id;
    // Two qualified auditors from different departments.
    let first = team[0].person_id;
    let second = team
        .iter()
        .map(|t| t.person_id)
        .find(|&id| dep_of(id) != dep_of(first))
        .expect("two auditors from different departments");
    let mut input = AuditInput {
        purpose: "检查体系符合性".into(),
        leader_id: Some(first),
        auditor_ids: vec![first, second],
        starts_on: d("2022-08-01"),
        ends_on: d("2022-08-03"),
        ..Default::default()
    };
    // The default plan gives the scope; the schedule splits it.
    let planned = p.create_audit(&std, &input).unwrap();
    let deps: Vec<i64> = planned
        .schedule
        .iter()
        .filter_map(|s| s.department_id)
        .collect();
    p.delete_audit(planned.id).unwrap();
    let mut slots = vec![SlotInput {
        kind: SlotKind::Opening,
        department_id: None,
        on_date: d("2022-08-01"),
        time_range: "09:00-09:30".into(),
        auditor_ids: vec![first, second],
    }];
    for (turn, dep) in deps.iter().enumerate() {
        let (x, y) = if turn % 2 == 0 {
            (first, second)
        } else {
            (second, first)
        };
        let who = if dep_of(x) != Some(*dep) { x } else { y };
        slots.push(SlotInput {
            kind: SlotKind::Department,
            department_id: Some(*dep),
            on_date: d("2022-08-02"),
            time_range: "10:00-11:00".into(),
            auditor_ids: vec![who],
        });
    }
    slots.push(SlotInput {
        kind: SlotKind::Closing,
        department_id: None,
        on_date: d("2022-08-03"),
        time_range: "16:00-16:30".into(),
        auditor_ids: vec![first, second],
    });
    input.schedule = slots;
    let audit = p.create_audit(&std, &input).unwrap();
    let of = |who: i64| -> (i64, String, Vec<i64>) {
        let i = audit.auditor_ids.iter().position(|&x| x == who).unwrap();
        let deps = audit
            .schedule
            .iter()
            .filter(|s| s.kind == SlotKind::Department && s.auditor_ids.contains(&who))
            .filter_map(|s| s.department_id)
            .collect();
        (who, audit.auditor_names[i].clone(), deps)
    };
    let (a, b) = (of(first), of(second));
    assert!(!a.2.is_empty() && !b.2.is_empty(), "{a:?} {b:?}");
    Fx {
        dir,
        p,
        std,
        audit,
        a,
        b,
    }
}

impl Fx {
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

fn judge(p: &mut Project, line: &ChecklistItem, j: Judgement, observed: &str) {
    p.judge_checklist_item(
        line.id,
        &ChecklistJudgementInput {
            question: line.question.clone(),
            judgement: Some(j),
            observed: observed.into(),
        },
    )
    .unwrap();
}

fn raise(
    p: &mut Project,
    std: &StandardEdition,
    audit: i64,
    line: &ChecklistItem,
    who: i64,
    fact: &str,
) -> Nonconformity {
    p.raise_nonconformity(
        std,
        audit,
        &NonconformityInput {
            department_id: line.department_id,
            clause: line.clause.clone(),
            fact: fact.into(),
            grade: Some(Grade::Minor),
            found_on: d("2022-08-02"),
            auditor_id: Some(who),
        },
    )
    .unwrap()
}

/// The IP manager's attachment store, beside the files of the test.
fn office(beside: &Path) -> AttachmentStore {
    AttachmentStore::new(&beside.parent().unwrap().join("office"))
}

/// The auditor's laptop's attachment store (another computer's).
fn laptop(beside: &Path) -> AttachmentStore {
    AttachmentStore::new(&beside.parent().unwrap().join("laptop"))
}

fn lines_by_id(p: &Project, audit: i64) -> HashMap<i64, ChecklistItem> {
    p.checklist(audit)
        .unwrap()
        .into_iter()
        .map(|l| (l.id, l))
        .collect()
}

/// On an auditor's laptop: opens the package, records, exports.
fn record(
    pkg: &Path,
    results: &Path,
    std: &StandardEdition,
    f: impl FnOnce(&mut Project, &AuditPackageInfo, &[ChecklistItem]),
) -> AuditResultsExport {
    let mut p = Project::open(pkg).unwrap();
    let info = p.info().unwrap().package.expect("opens as a package");
    let lines = p.checklist(info.audit_id).unwrap();
    let _ = std;
    f(&mut p, &info, &lines);
    let out = p.export_audit_results(&laptop(results), results).unwrap();
    p.close().unwrap();
    out
}

#[test]
fn two_auditors_record_on_their_packages_and_everything_merges_attributed() {
    let mut f = fx();
    let all = f.p.checklist(f.audit.id).unwrap();
    let (pa, pb) = (f.path("甲.gbaudit"), f.path("乙.gbaudit"));
    let ia = f.p.create_audit_package(f.audit.id, f.a.0, &pa).unwrap();
    let ib = f.p.create_audit_package(f.audit.id, f.b.0, &pb).unwrap();
    assert_eq!(ia.auditor_name, f.a.1);
    assert_eq!(ia.department_ids, f.a.2);
    assert_ne!(ia.package_id, ib.package_id);
    assert_eq!(ia.project_id, f.p.project_id().unwrap());
    assert!(
        f.p.info().unwrap().package.is_none(),
        "the project stays a project"
    );

    // Auditor A: only their departments' lines; a write elsewhere is refused;
    // the work survives closing and reopening the package.
    let std = f.std.clone();
    let audit_id = f.audit.id;
    let (a_id, b_id) = (f.a.0, f.b.0);
    let ra = f.path("甲.gbresult");
    let mut a_judged = Vec::new();
    {
        let mut p = Project::open(&pa).unwrap();
        let info = p.info().unwrap().package.unwrap();
        assert_eq!(info.auditor_name, f.a.1);
        assert!(!info.department_names.is_empty());
        let lines = p.checklist(audit_id).unwrap();
        assert!(!lines.is_empty());
        assert!(
            lines.iter().all(|l| f.a.2.contains(&l.department_id)),
            "only A's lines"
        );
        assert!(lines.len() < all.len());
        judge(&mut p, &lines[0], Judgement::Conform, "");
        a_judged.push(lines[0].id);
        assert_eq!(p.operator().unwrap(), f.a.1, "the auditor is the operator");
        let e = p
            .create_department(&DepartmentInput {
                name: "新部门".into(),
                ..Default::default()
            })
            .unwrap_err();
        assert!(e.message.contains("内审工作包中只能记录"), "{}", e.message);
        let e = p
            .complete_audit(
                audit_id,
                &AuditCompletionInput {
                    summary: "综述".into(),
                    conclusion: "结论".into(),
                    on: d("2022-08-03"),
                },
            )
            .unwrap_err();
        assert!(
            e.code == ErrorCode::Conflict || e.message.contains("内审工作包"),
            "{}",
            e.message
        );
        p.close().unwrap();
    }
    let out = record(&pa, &ra, &std, |p, _, lines| {
        assert_eq!(
            lines_by_id(p, audit_id)[&a_judged[0]].judgement,
            Some(Judgement::Conform),
            "kept over a restart"
        );
        judge(p, &lines[1], Judgement::Minor, "甲：未见检索记录");
        let nc = raise(
            p,
            &std,
            audit_id,
            &lines[1],
            a_id,
            "甲发现：未见专利检索报告",
        );
        assert!(nc.number.ends_with("-NC01"));
        a_judged.push(lines[1].id);
    });
    assert_eq!(out.nonconformities, 1);
    assert_eq!(out.lines_changed, 2);
    let head = std::fs::read(&ra).unwrap();
    let head = String::from_utf8_lossy(&head[..200]);
    assert!(head.starts_with("贯标助手内审结果"), "{head}");
    assert!(head.contains(&f.a.1));

    // Auditor B, likewise: their NC has the same number and row id as A's.
    let rb = f.path("乙.gbresult");
    let mut b_judged = Vec::new();
    record(&pb, &rb, &std, |p, _, lines| {
        assert!(lines.iter().all(|l| f.b.2.contains(&l.department_id)));
        judge(p, &lines[0], Judgement::Observation, "乙：建议完善台账");
        let nc = raise(
            p,
            &std,
            audit_id,
            &lines[0],
            b_id,
            "乙发现：合同未含知识产权条款",
        );
        assert!(nc.number.ends_with("-NC01"));
        b_judged.push(lines[0].id);
    });

    // The IP manager: preview, then merge both.
    let operator = f.p.operator().unwrap();
    let pv = f.p.preview_audit_results(&ra).unwrap();
    assert!(pv.conflicts.is_empty(), "{:?}", pv.conflicts);
    assert_eq!(pv.package.auditor_name, f.a.1);
    assert_eq!(
        pv.changes
            .iter()
            .filter(|c| c.kind == MergeChangeKind::Judged)
            .count(),
        2
    );
    assert!(pv
        .changes
        .iter()
        .any(|c| c.kind == MergeChangeKind::NcRaised && c.summary.contains("未见专利检索报告")));
    let ma = f.p.merge_audit_results(&office(&ra), &ra, &[]).unwrap();
    assert_eq!(ma.lines_changed, 2);
    assert_eq!(ma.nonconformities.len(), 1);
    let mb = f.p.merge_audit_results(&office(&rb), &rb, &[]).unwrap();
    assert_eq!(mb.nonconformities.len(), 1);
    assert_ne!(ma.nonconformities, mb.nonconformities, "B's NC renumbered");

    let lines = lines_by_id(&f.p, audit_id);
    assert_eq!(lines[&a_judged[0]].judgement, Some(Judgement::Conform));
    assert_eq!(lines[&a_judged[1]].judgement, Some(Judgement::Minor));
    assert_eq!(lines[&a_judged[1]].observed, "甲：未见检索记录");
    assert_eq!(lines[&b_judged[0]].judgement, Some(Judgement::Observation));
    let ncs =
        f.p.nonconformities(Some(audit_id), d("2022-08-05").unwrap())
            .unwrap();
    assert_eq!(ncs.len(), 2, "both NCs present");
    let by_fact = |s: &str| ncs.iter().find(|n| n.fact.contains(s)).unwrap().clone();
    let (na, nb) = (by_fact("甲发现"), by_fact("乙发现"));
    assert_eq!(na.auditor_name.as_deref(), Some(f.a.1.as_str()));
    assert_eq!(nb.auditor_name.as_deref(), Some(f.b.1.as_str()));
    assert_ne!(na.number, nb.number);

    // History: the auditor is the operator, the package the source.
    let h =
        f.p.history_for("nonconformity", &nb.id.to_string())
            .unwrap();
    let created = h.iter().find(|e| e.action == ChangeAction::Create).unwrap();
    assert_eq!(created.operator, f.b.1);
    assert!(
        created.source.contains("内审工作包") && created.source.contains(&f.b.1),
        "{}",
        created.source
    );
    let h =
        f.p.history_for("checklist_item", &a_judged[1].to_string())
            .unwrap();
    assert_eq!(h[0].operator, f.a.1);
    assert!(h[0].source.contains(&f.a.1));
    // Writes after the merge are the project's own again.
    assert_eq!(f.p.operator().unwrap(), operator);
    let later = f.p.history_recent(1).unwrap();
    assert!(later[0].source.contains("内审工作包"));
}

fn file_bytes(p: Project) -> (PathBuf, Vec<u8>) {
    let path = p.path().to_path_buf();
    p.close().unwrap();
    let b = std::fs::read(&path).unwrap();
    (path, b)
}

#[test]
fn conflicts_are_listed_and_applied_only_as_decided() {
    let mut f = fx();
    let audit_id = f.audit.id;
    let std = f.std.clone();
    let (p1, p2) = (f.path("甲1.gbaudit"), f.path("甲2.gbaudit"));
    f.p.create_audit_package(audit_id, f.a.0, &p1).unwrap();
    // A second package for the same auditor: its results race the first's.
    f.p.create_audit_package(audit_id, f.a.0, &p2).unwrap();
    let mine: Vec<ChecklistItem> =
        f.p.checklist(audit_id)
            .unwrap()
            .into_iter()
            .filter(|l| f.a.2.contains(&l.department_id))
            .collect();
    let (x, y, z) = (mine[0].clone(), mine[1].clone(), mine[2].clone());
    // The project changes line x after the packages were made.
    judge(&mut f.p, &x, Judgement::Conform, "项目：现场确认");

    let (r1, r2) = (f.path("甲1.gbresult"), f.path("甲2.gbresult"));
    record(&p1, &r1, &std, |p, _, _| {
        judge(p, &x, Judgement::Minor, "工作包1：未见记录");
        judge(p, &y, Judgement::Conform, "工作包1");
        judge(p, &z, Judgement::Conform, "");
    });
    record(&p2, &r2, &std, |p, _, _| {
        judge(p, &y, Judgement::Observation, "工作包2：建议");
    });

    let pv = f.p.preview_audit_results(&r1).unwrap();
    assert_eq!(pv.conflicts.len(), 1, "{:?}", pv.conflicts);
    let c = &pv.conflicts[0];
    assert_eq!(c.checklist_item_id, x.id);
    let j = c.fields.iter().find(|f| f.field == "judgement").unwrap();
    assert_eq!(
        (j.base.as_str(), j.project.as_str(), j.package.as_str()),
        ("未判定", "符合", "一般不符合")
    );
    let o = c.fields.iter().find(|f| f.field == "observed").unwrap();
    assert_eq!(
        (o.project.as_str(), o.package.as_str()),
        ("项目：现场确认", "工作包1：未见记录")
    );
    assert_eq!(pv.changes.len(), 2);

    // Undecided: refused, nothing changes.
    let before = lines_by_id(&f.p, audit_id);
    let e = f.p.merge_audit_results(&office(&r1), &r1, &[]).unwrap_err();
    assert_eq!(e.code, ErrorCode::Conflict);
    assert!(e.message.contains("冲突"), "{}", e.message);
    let after = lines_by_id(&f.p, audit_id);
    assert_eq!(before[&y.id], after[&y.id]);

    // Keep the project's line: x stays, y and z are applied.
    let m =
        f.p.merge_audit_results(
            &office(&r1),
            &r1,
            &[ConflictDecision {
                checklist_item_id: x.id,
                keep: ConflictSide::Project,
            }],
        )
        .unwrap();
    assert_eq!((m.kept_project, m.took_package, m.lines_changed), (1, 0, 2));
    let l = lines_by_id(&f.p, audit_id);
    assert_eq!(l[&x.id].judgement, Some(Judgement::Conform));
    assert_eq!(l[&x.id].observed, "项目：现场确认");
    assert_eq!(l[&y.id].observed, "工作包1");
    assert_eq!(l[&z.id].judgement, Some(Judgement::Conform));

    // The second package changed y too: a conflict with the first's merged results.
    let pv = f.p.preview_audit_results(&r2).unwrap();
    assert_eq!(pv.conflicts.len(), 1);
    assert_eq!(pv.conflicts[0].checklist_item_id, y.id);
    let m =
        f.p.merge_audit_results(
            &office(&r2),
            &r2,
            &[ConflictDecision {
                checklist_item_id: y.id,
                keep: ConflictSide::Package,
            }],
        )
        .unwrap();
    assert_eq!(m.took_package, 1);
    let l = lines_by_id(&f.p, audit_id);
    assert_eq!(l[&y.id].judgement, Some(Judgement::Observation));
    assert_eq!(l[&y.id].observed, "工作包2：建议");
}

#[test]
fn replayed_foreign_and_damaged_results_are_refused_with_the_project_unchanged() {
    let mut f = fx();
    let audit_id = f.audit.id;
    let std = f.std.clone();
    let pa = f.path("甲.gbaudit");
    f.p.create_audit_package(audit_id, f.a.0, &pa).unwrap();
    let ra = f.path("甲.gbresult");
    record(&pa, &ra, &std, |p, _, lines| {
        judge(p, &lines[0], Judgement::Conform, "甲");
        raise(p, &std, audit_id, &lines[0], f.a.0, "甲发现");
    });
    f.p.merge_audit_results(&office(&ra), &ra, &[]).unwrap();

    // Another project (the same demo made again): its results are foreign here.
    let other = fx();
    let mut op = other.p;
    let opkg = other.dir.path().join("外.gbaudit");
    op.create_audit_package(other.audit.id, other.a.0, &opkg)
        .unwrap();
    let foreign = f.path("外.gbresult");
    record(&opkg, &foreign, &std, |p, _, lines| {
        judge(p, &lines[0], Judgement::Conform, "外");
    });

    // Damaged copies of a valid, not yet merged file.
    let pb = f.path("乙.gbaudit");
    f.p.create_audit_package(audit_id, f.b.0, &pb).unwrap();
    let rb = f.path("乙.gbresult");
    record(&pb, &rb, &std, |p, _, lines| {
        judge(p, &lines[0], Judgement::Conform, "乙");
    });
    let good = std::fs::read(&rb).unwrap();
    let truncated = f.path("截断.gbresult");
    std::fs::write(&truncated, &good[..good.len() - 7]).unwrap();
    let altered = f.path("改动.gbresult");
    let mut bytes = good.clone();
    let last = bytes.len() - 3;
    bytes[last] ^= 0x40;
    std::fs::write(&altered, &bytes).unwrap();
    let header_altered = f.path("改头.gbresult");
    let text = String::from_utf8_lossy(&good[..100]).to_string();
    let mut bytes = good.clone();
    if let Some(i) = text.find("项目标识: ") {
        let at = i + "项目标识: ".len();
        bytes[at] = if bytes[at] == b'0' { b'1' } else { b'0' };
    }
    std::fs::write(&header_altered, &bytes).unwrap();
    let not_ours = f.path("随便.gbresult");
    std::fs::write(&not_ours, "这不是审核结果").unwrap();

    // Settle the file, then compare it byte for byte around the refusals.
    let (path, before) = file_bytes(f.p);
    let mut p = Project::open(&path).unwrap();
    let e = p.merge_audit_results(&office(&ra), &ra, &[]).unwrap_err();
    assert!(e.message.contains("不能重复导入"), "{}", e.message);
    let e = p.preview_audit_results(&ra).unwrap_err();
    assert!(e.message.contains("不能重复导入"), "{}", e.message);
    let e = p
        .merge_audit_results(&office(&foreign), &foreign, &[])
        .unwrap_err();
    assert!(e.message.contains("另一个项目"), "{}", e.message);
    for bad in [&truncated, &altered, &header_altered, &not_ours] {
        let e = p.merge_audit_results(&office(bad), bad, &[]).unwrap_err();
        assert_eq!(e.code, ErrorCode::Corrupted, "{bad:?}: {}", e.message);
        assert!(
            e.message.contains("未导入") && e.message.contains("项目未改变"),
            "{}",
            e.message
        );
    }
    let (_, after) = file_bytes(p);
    assert!(before == after, "the project file is byte-identical");

    // The good file still merges.
    let mut p = Project::open(&path).unwrap();
    p.merge_audit_results(&office(&rb), &rb, &[]).unwrap();
}

#[test]
fn packages_are_only_for_planned_audits_and_their_auditors() {
    let mut f = fx();
    let audit_id = f.audit.id;
    let leader_not_auditor =
        f.p.people(&PersonQuery::default())
            .unwrap()
            .into_iter()
            .find(|x| !f.audit.auditor_ids.contains(&x.id))
            .unwrap();
    let e =
        f.p.create_audit_package(audit_id, leader_not_auditor.id, &f.path("x.gbaudit"))
            .unwrap_err();
    assert!(e.message.contains("不是"), "{}", e.message);
    assert!(!f.path("x.gbaudit").exists());
    // Never written over the open file itself.
    let own = f.p.path().to_path_buf();
    let before = std::fs::metadata(&own).unwrap().len();
    let e = f.p.create_audit_package(audit_id, f.a.0, &own).unwrap_err();
    assert!(e.message.contains("当前打开的文件"), "{}", e.message);
    assert_eq!(std::fs::metadata(&own).unwrap().len(), before);
    assert_eq!(
        f.p.audits().unwrap().len(),
        1,
        "the project is still itself"
    );
    // A package cannot make packages or take results.
    let pa = f.path("甲.gbaudit");
    f.p.create_audit_package(audit_id, f.a.0, &pa).unwrap();
    let mut pk = Project::open(&pa).unwrap();
    let e = pk.export_audit_results(&office(&pa), &pa).unwrap_err();
    assert!(e.message.contains("当前打开的文件"), "{}", e.message);
    let e = pk
        .create_audit_package(audit_id, f.a.0, &f.path("y.gbaudit"))
        .unwrap_err();
    assert!(e.message.contains("内审工作包"), "{}", e.message);
    assert!(pk
        .export_audit_results(&office(&pa), &f.path("空.gbresult"))
        .unwrap_err()
        .message
        .contains("还没有"));
    pk.close().unwrap();
    // A project cannot export results.
    assert!(f
        .p
        .export_audit_results(&office(&pa), &f.path("z.gbresult"))
        .is_err());
    // A completed audit gets no package.
    for l in f.p.checklist(audit_id).unwrap() {
        judge(&mut f.p, &l, Judgement::Conform, "");
    }
    f.p.complete_audit(
        audit_id,
        &AuditCompletionInput {
            summary: "综述".into(),
            conclusion: "结论".into(),
            on: d("2022-08-03"),
        },
    )
    .unwrap();
    let e =
        f.p.create_audit_package(audit_id, f.a.0, &f.path("w.gbaudit"))
            .unwrap_err();
    assert!(e.message.contains("已完成"), "{}", e.message);
}

/// A small JPEG-looking file (the store sniffs the content, not the name).
fn photo(dir: &Path, name: &str, tag: &str) -> PathBuf {
    let mut bytes = vec![
        0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, b'J', b'F', b'I', b'F', 0x00,
    ];
    bytes.extend_from_slice(tag.as_bytes());
    bytes.extend_from_slice(&[0xFF, 0xD9]);
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

fn evidence_input(
    line: Option<i64>,
    nc: Option<i64>,
    attachment_id: i64,
    note: &str,
) -> AuditEvidenceInput {
    AuditEvidenceInput {
        checklist_item_id: line,
        nonconformity_id: nc,
        attachment_id,
        note: note.into(),
    }
}

#[test]
fn evidence_photos_taken_on_the_laptop_come_back_with_the_results() {
    let mut f = fx();
    let audit_id = f.audit.id;
    let std = f.std.clone();
    let office_store = office(&f.path("x"));
    let mine: Vec<ChecklistItem> =
        f.p.checklist(audit_id)
            .unwrap()
            .into_iter()
            .filter(|l| f.a.2.contains(&l.department_id))
            .collect();
    // Evidence the IP manager added before the package was made.
    let scan =
        f.p.attach_file(&office_store, &photo(f.dir.path(), "前期.jpg", "office"))
            .unwrap();
    let earlier =
        f.p.add_audit_evidence(&evidence_input(Some(mine[0].id), None, scan.id, "前期资料"))
            .unwrap();
    let e =
        f.p.add_audit_evidence(&evidence_input(Some(mine[0].id), Some(1), scan.id, ""))
            .unwrap_err();
    assert!(e.message.contains("二者选一"), "{}", e.message);

    let pa = f.path("甲.gbaudit");
    f.p.create_audit_package(audit_id, f.a.0, &pa).unwrap();
    let ra = f.path("甲.gbresult");
    let laptop_store = laptop(&ra);
    let shots = f.path("相机");
    std::fs::create_dir_all(&shots).unwrap();
    let mut nc_in_package = 0;
    let out = record(&pa, &ra, &std, |p, _, lines| {
        let line_photo = p
            .attach_file(&laptop_store, &photo(&shots, "现场台账.jpg", "ledger"))
            .unwrap();
        let ev = p
            .add_audit_evidence(&evidence_input(
                Some(lines[1].id),
                None,
                line_photo.id,
                "台账第3页",
            ))
            .unwrap();
        assert_eq!(ev.attachment.file_name, "现场台账.jpg");
        judge(p, &lines[1], Judgement::Minor, "台账缺检索记录");
        let nc = raise(p, &std, audit_id, &lines[1], f.a.0, "未见检索记录");
        nc_in_package = nc.id;
        let nc_photo = p
            .attach_file(&laptop_store, &photo(&shots, "合同.jpg", "contract"))
            .unwrap();
        p.add_audit_evidence(&evidence_input(None, Some(nc.id), nc_photo.id, ""))
            .unwrap();
        // Added then removed on the laptop: never comes back.
        let wrong = p
            .attach_file(&laptop_store, &photo(&shots, "拍错了.jpg", "wrong"))
            .unwrap();
        let w = p
            .add_audit_evidence(&evidence_input(Some(lines[0].id), None, wrong.id, ""))
            .unwrap();
        p.remove_audit_evidence(w.id).unwrap();
        // The office's evidence is not the auditor's to remove.
        let e = p.remove_audit_evidence(earlier.id).unwrap_err();
        assert!(e.message.contains("内审工作包中只能记录"), "{}", e.message);
        assert_eq!(p.audit_evidence(audit_id).unwrap().len(), 3);
    });
    assert_eq!(out.evidence_files, 2);
    assert!(nc_in_package > 0);

    // The files travel in the results: the office store has never seen them.
    let pv = f.p.preview_audit_results(&ra).unwrap();
    let listed: Vec<&MergeChange> = pv
        .changes
        .iter()
        .filter(|c| c.kind == MergeChangeKind::Evidence)
        .collect();
    assert_eq!(listed.len(), 2, "{:?}", pv.changes);
    assert!(listed
        .iter()
        .any(|c| c.summary.contains("现场台账.jpg") && c.summary.contains("台账第3页")));
    assert!(listed
        .iter()
        .any(|c| c.summary.contains("不符合项") && c.summary.contains("合同.jpg")));
    let m = f.p.merge_audit_results(&office_store, &ra, &[]).unwrap();
    assert_eq!(m.evidence_files, 2);

    let ev = f.p.audit_evidence(audit_id).unwrap();
    assert_eq!(ev.len(), 3, "{ev:?}");
    let ledger = ev
        .iter()
        .find(|e| e.attachment.file_name == "现场台账.jpg")
        .unwrap();
    assert_eq!(ledger.checklist_item_id, Some(mine[1].id));
    assert_eq!(ledger.note, "台账第3页");
    assert!(
        office_store.read(&ledger.attachment.sha256).is_some(),
        "the file is in the office's store"
    );
    let contract = ev
        .iter()
        .find(|e| e.attachment.file_name == "合同.jpg")
        .unwrap();
    let ncs =
        f.p.nonconformities(Some(audit_id), d("2022-08-05").unwrap())
            .unwrap();
    let nc = ncs.iter().find(|n| n.fact == "未见检索记录").unwrap();
    assert_eq!(
        contract.nonconformity_id,
        Some(nc.id),
        "linked to the NC's id in the project"
    );
    assert!(office_store.read(&contract.attachment.sha256).is_some());
    assert!(!ev.iter().any(|e| e.attachment.file_name == "拍错了.jpg"));
    // Attributed like the rest of the results.
    let h =
        f.p.history_for("audit_evidence", &ledger.id.to_string())
            .unwrap();
    assert_eq!(h[0].operator, f.a.1);
    assert!(h[0].source.contains("内审工作包"), "{}", h[0].source);
}

#[test]
fn evidence_missing_on_the_laptop_or_damaged_in_the_results_is_refused() {
    let mut f = fx();
    let audit_id = f.audit.id;
    let std = f.std.clone();
    let pa = f.path("甲.gbaudit");
    f.p.create_audit_package(audit_id, f.a.0, &pa).unwrap();
    let ra = f.path("甲.gbresult");
    let laptop_store = laptop(&ra);
    let shot = photo(f.dir.path(), "现场.jpg", "site");
    let mut sha = String::new();
    record(&pa, &ra, &std, |p, _, lines| {
        let a = p.attach_file(&laptop_store, &shot).unwrap();
        sha = a.sha256.clone();
        p.add_audit_evidence(&evidence_input(Some(lines[0].id), None, a.id, ""))
            .unwrap();
    });

    // A flipped byte inside the carried photo: refused, nothing merged.
    let good = std::fs::read(&ra).unwrap();
    let bad = f.path("坏.gbresult");
    let mut bytes = good.clone();
    let at = bytes.len() - 4;
    bytes[at] ^= 0x01;
    std::fs::write(&bad, &bytes).unwrap();
    let office_store = office(&ra);
    let e =
        f.p.merge_audit_results(&office_store, &bad, &[])
            .unwrap_err();
    assert_eq!(e.code, ErrorCode::Corrupted, "{}", e.message);
    assert!(f.p.audit_evidence(audit_id).unwrap().is_empty());
    assert!(office_store.read(&sha).is_none());

    // The photo gone from the laptop's store: the export says which and stops.
    std::fs::remove_file(laptop_store.path_of(&sha).unwrap()).unwrap();
    let p = Project::open(&pa).unwrap();
    let e = p
        .export_audit_results(&laptop_store, &f.path("再导出.gbresult"))
        .unwrap_err();
    assert!(
        e.message.contains("现场.jpg") && e.message.contains("未导出"),
        "{}",
        e.message
    );
    assert!(!f.path("再导出.gbresult").exists());
    p.close().unwrap();

    // The good file still merges.
    f.p.merge_audit_results(&office_store, &ra, &[]).unwrap();
    assert_eq!(f.p.audit_evidence(audit_id).unwrap().len(), 1);
}
