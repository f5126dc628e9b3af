//! 内审文件 (what the auditors print and sign) from the demo's completed
//! audit, read back with poppler and qpdf: a valid PDF with one bookmark
//! per paper, the plan with its schedule, both sign-in sheets listing the
//! team, per department a blank checklist (questions, no records) and a
//! filled one (records and judgements), and a 不符合项报告 per NC.

use std::collections::BTreeSet;

use crate::pdf_tools::*;
use crate::support::ymd;
use crate::word::fx;
use guanbiao_core::export;

#[test]
#[cfg_attr(windows, ignore = "reads the output with poppler-utils and qpdf")]
fn audit_papers_hold_plan_sign_in_sheets_checklists_and_nc_reports() {
    let f = fx();
    let audit = f.p.audits().unwrap()[0].clone();
    let items = f.p.checklist(audit.id).unwrap();
    let ncs =
        f.p.nonconformities(Some(audit.id), ymd("2026-12-04"))
            .unwrap();
    assert!(!ncs.is_empty(), "the demo's audit has nonconformities");
    let bytes = export::audit_papers_pdf(&f.p, &f.std, audit.id, ymd("2026-12-04")).unwrap();
    let file = f.dir.path().join("内审文件.pdf");
    std::fs::write(&file, &bytes).unwrap();
    if let Some(keep) = std::env::var_os("KEEP_AUDIT_PAPERS") {
        std::fs::write(keep, &bytes).unwrap();
    }
    assert_valid(&file);
    assert_fonts_subset(&file);
    let pages = page_count(&file);

    // One top-level bookmark per paper (the plan's 审核日程 sits under its own).
    let marks: Vec<_> = outline(&file).into_iter().filter(|m| m.0 == 0).collect();
    let titles: Vec<&str> = marks.iter().map(|(_, t, _)| t.as_str()).collect();
    let departments: Vec<String> = items
        .iter()
        .map(|i| i.department_name.clone())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    assert_eq!(
        titles[..3],
        ["内部审核计划", "首次会议签到表", "末次会议签到表"]
    );
    assert_eq!(
        marks.len(),
        3 + 2 * departments.len() + ncs.len(),
        "{titles:?}"
    );
    // The pages of the bookmark titled `title` (to the next bookmark).
    let section = |title: &str| {
        let k = marks
            .iter()
            .position(|(_, t, _)| t == title)
            .unwrap_or_else(|| panic!("no {title}: {titles:?}"));
        let from = marks[k].2;
        let to = marks.get(k + 1).map(|m| m.2 - 1).unwrap_or(pages);
        assert!(from <= to, "{title} has a page of its own");
        squeeze(&pages_text(&file, from, to, false))
    };

    let plan = section("内部审核计划");
    assert!(plan.contains(&squeeze(&audit.number)), "{plan}");
    assert!(plan.contains(&audit.leader_name));
    assert!(
        plan.contains("首次会议") && plan.contains("末次会议"),
        "{plan}"
    );
    for s in audit
        .schedule
        .iter()
        .filter_map(|s| s.department_name.as_ref())
    {
        assert!(plan.contains(s.as_str()), "{s} scheduled");
    }
    for sheet in ["首次会议签到表", "末次会议签到表"] {
        let text = section(sheet);
        for n in &audit.auditor_names {
            assert!(text.contains(n.as_str()), "{sheet} lists {n}");
        }
        assert!(text.contains("签到") && text.contains("会议地点"), "{text}");
    }

    for d in &departments {
        let lines: Vec<_> = items.iter().filter(|i| &i.department_name == d).collect();
        let blank = section(&format!("内部审核检查表（空白）· {d}"));
        let filled = section(&format!("内部审核检查表（已填）· {d}"));
        for i in &lines {
            let q: String = squeeze(&i.question).chars().take(12).collect();
            assert!(
                blank.contains(&q) && filled.contains(&q),
                "{d} {}: {q}",
                i.clause
            );
            // A cell's wrapped lines interleave with its neighbours' in the
            // extracted text: compare the start of the record only.
            let seen: String = squeeze(&i.observed).chars().take(6).collect();
            if !seen.is_empty() && !lines.iter().any(|l| squeeze(&l.question).contains(&seen)) {
                assert!(
                    !blank.contains(&seen),
                    "a blank checklist has no records: {seen}"
                );
                assert!(filled.contains(&seen), "{d} {}: {seen}", i.clause);
            }
            let j = i
                .judgement
                .expect("the completed audit judged every line")
                .label();
            assert!(filled.contains(j), "{d} {}: {j}", i.clause);
        }
        assert!(
            !blank.contains("未判定") && blank.contains("受审核部门负责人签字"),
            "{blank}"
        );
    }

    for nc in &ncs {
        let text = section(&format!("不符合项报告 {}", nc.number));
        let fact: String = squeeze(&nc.fact).chars().take(10).collect();
        assert!(text.contains(&fact), "{text}");
        assert!(
            text.contains(&nc.department_name) && text.contains(nc.grade.label()),
            "{text}"
        );
        assert!(
            text.contains("受审核方确认") && text.contains("受审核部门负责人确认（签字）"),
            "{text}"
        );
    }
    // Some ink on every page (nothing blank by mistake).
    for p in 1..=pages {
        assert!(dark_pixels(&file, p, 40) > 200, "page {p} is blank");
    }
}
