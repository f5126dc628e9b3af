//! Programs are the user's data: a program defined in the project file,
//! handed to another project as a JSON file, “no program” as a first-class
//! choice, bad files refused field by field with nothing changed, and the
//! 2022 Shaanxi story (old files, the demo) unchanged.

use guanbiao_core::catalog::{self, program, ProgramKind, ProgramProfile, NO_PROGRAM_ID};
use guanbiao_core::model::{AcceptancePathKind, ApplicationSettings, RuleId};
use guanbiao_core::{demo, export, store::default_tasks, Project};

use crate::pdf_tools::text_of;
use crate::support::{new_project, ymd};

/// A 2025 Xi'an program, made from the shipped 2022 profile (以此为模板新建).
fn xian_2025() -> ProgramProfile {
    let c = catalog::load().unwrap();
    let mut p = c.program("shaanxi-2022").unwrap().clone();
    p.id = "xian-2025".into();
    p.name = "2025年度西安市企业知识产权贯标工作".into();
    p.region = "西安市".into();
    p.authority = "西安市知识产权局".into();
    p.year = 2025;
    for (s, (a, b)) in p.stages.iter_mut().zip([
        ("2025-03-01", "2025-03-31"),
        ("2025-03-01", "2025-09-30"),
        ("2025-09-01", "2025-11-30"),
    ]) {
        s.start = ymd(a);
        s.end = ymd(b);
    }
    p.deadline = Some(ymd("2025-11-30"));
    p.credit_threshold = Some(16.0);
    p.penalty_free_years = 3;
    p.acceptance_paths[0].subsidy_yuan = 40_000;
    p.acceptance_paths.truncate(1);
    p.paths_exclusive = false;
    p
}

/// What the project's program resolves to, and the change log's length:
/// what “nothing changed” compares.
fn state(p: &Project) -> (String, String, usize) {
    let c = catalog::load().unwrap();
    let program = p.project_program(&c).unwrap();
    (
        serde_json::to_string(&program).unwrap(),
        serde_json::to_string(&p.profile().unwrap()).unwrap(),
        p.history_recent(5000).unwrap().len(),
    )
}

#[test]
fn a_program_file_round_trips_to_another_project_on_another_computer() {
    let c = catalog::load().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut a = Project::create(&dir.path().join("a.gbproj")).unwrap();
    let defined = a.set_program(&c, &xian_2025()).unwrap();
    assert_eq!(defined.accepted_editions, vec!["GB/T 29490-2013"]);
    let resolved = a.project_program(&c).unwrap();
    assert_eq!(resolved.kind, ProgramKind::Defined);
    assert_eq!(resolved.program, defined);
    assert_eq!(a.profile().unwrap().program_id, "xian-2025");

    // Exported as a file, imported into another project: identical.
    let file = dir.path().join("西安2025.json");
    export::write_atomic(&file, a.export_program(&c).unwrap().as_bytes()).unwrap();
    let path_b = dir.path().join("b.gbproj");
    let mut b = Project::create(&path_b).unwrap();
    let text = program::read_file(&file).unwrap();
    let imported = b.import_program(&c, &text).unwrap();
    assert_eq!(imported, defined);
    b.close().unwrap();

    // The file carries it: reopened (as on another computer), the same
    // program, and exporting it again gives the same bytes.
    let b = Project::open(&path_b).unwrap();
    let again = b.project_program(&c).unwrap();
    assert_eq!(
        (again.kind, &again.program),
        (ProgramKind::Defined, &defined)
    );
    assert_eq!(b.export_program(&c).unwrap(), text);
    assert_eq!(again.program.penalty_free_years, 3);
    assert_eq!(again.program.deadline, Some(ymd("2025-11-30")));

    // The project's plan, operation and readiness follow it.
    let plan = b.plan(&again.program, ymd("2025-04-01")).unwrap();
    assert_eq!(plan.deadline, Some(ymd("2025-11-30")));
    let (program, standard) = b.program_and_standard(&c).unwrap();
    let standard = &*standard;
    let r = b.readiness(&program, standard, ymd("2025-04-01")).unwrap();
    assert_eq!(r.deadline.deadline, Some(ymd("2025-11-30")));
}

#[test]
fn bad_program_files_are_refused_with_their_field_and_nothing_changes() {
    let c = catalog::load().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = demo::create_with(
        &dir.path().join("d.gbproj"),
        1,
        demo::DemoStage::Organisation,
    )
    .unwrap();
    let before = state(&p);
    let good = xian_2025().to_json();
    let cases: Vec<(String, Vec<&str>)> = vec![
        // A stage ending before it starts, and after the deadline.
        (
            good.replacen("\"2025-03-31\"", "\"2025-02-01\"", 1),
            vec!["stages[0].end", "早于开始日期"],
        ),
        (
            good.replace(
                "\"deadline\": \"2025-11-30\"",
                "\"deadline\": \"2025-10-31\"",
            ),
            vec!["stages[2].end", "晚于截止日期"],
        ),
        // A negative subsidy cannot be read at all.
        (
            good.replace("40000", "-5"),
            vec!["acceptance_paths[0].subsidy_yuan"],
        ),
        (
            good.replace("\"top_manager\"", "\"boss\""),
            vec!["required_training_roles[0]"],
        ),
        (
            good.replace("\"min_operation_months\": 3", "\"min_operation_months\": 0"),
            vec!["min_operation_months", "最短运行期"],
        ),
        (
            good.replace("\"penalty_free_years\": 3", "\"penalty_free_years\": 0"),
            vec!["penalty_free_years", "无侵权处罚年限"],
        ),
        (
            good.replace("\"credit_threshold\": 16.0", "\"credit_threshold\": -1.0"),
            vec!["credit_threshold", "学分要求"],
        ),
        (
            good.replace("\"id\": \"certification\"", "\"id\": \"lottery\""),
            vec!["acceptance_paths[0].id", "验收方式编号"],
        ),
        (
            good.replace("\"GB/T 29490-2013\"", "\"GB/T 29490-2099\""),
            vec!["standard_edition", "条款库"],
        ),
        (
            good.replace("\"xian-2025\"", &format!("\"{NO_PROGRAM_ID}\"")),
            vec!["id", "不参加政府贯标计划"],
        ),
        (
            good.replace("\"name\": \"2025年度", "\"nom\": \"2025年度"),
            vec!["nom"],
        ),
        ("这不是 JSON".to_string(), vec!["不是有效的计划定义"]),
        (
            good.chars().take(good.chars().count() / 2).collect(),
            vec!["文件不完整"],
        ),
    ];
    for (text, needles) in &cases {
        let e = p.import_program(&c, text).unwrap_err();
        for n in needles {
            assert!(e.message.contains(n), "{n}: {}", e.message);
        }
        let problems = c.read_program(text).unwrap_err();
        assert!(!problems.is_empty());
        assert_eq!(state(&p), before, "nothing changed: {}", e.message);
    }

    // Several bad fields at once: each listed with its field and why.
    let mut bad = xian_2025();
    bad.name = " ".into();
    bad.year = 1999;
    bad.stages[1].end = ymd("2025-01-01");
    bad.acceptance_paths[0].name = String::new();
    let problems = c.check_program(&bad);
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(
        fields,
        ["name", "year", "stages[1].end", "acceptance_paths[0].name"],
        "{problems:#?}"
    );
    for pr in &problems {
        assert!(pr.message.contains(&pr.field), "{pr:?}");
        assert!(pr
            .message
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
    }
    let e = p.set_program(&c, &bad).unwrap_err();
    for f in fields {
        assert!(e.message.contains(f), "{f}: {}", e.message);
    }
    assert_eq!(state(&p), before);
}

#[test]
#[cfg_attr(
    windows,
    ignore = "reads the output with Linux programs (poppler-utils, qpdf, LibreOffice), which wine cannot hand output back from"
)]
fn no_program_means_certification_only_without_deadline_rules() {
    let c = catalog::load().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (mut p, _) = demo::create(&dir.path().join("d.gbproj"), 1).unwrap();
    p.set_no_program().unwrap();
    let resolved = p.project_program(&c).unwrap();
    assert_eq!(resolved.kind, ProgramKind::None);
    let program = resolved.program;
    assert!(program.is_none());
    assert_eq!(program.deadline, None);
    assert!(program.stages.is_empty());
    assert!(program.required_training_roles.is_empty());
    assert_eq!(program.credit_threshold, None);
    let paths: Vec<(&str, u32)> = program
        .acceptance_paths
        .iter()
        .map(|a| (a.id.as_str(), a.subsidy_yuan))
        .collect();
    assert_eq!(paths, [("certification", 0)]);
    assert_eq!(p.profile().unwrap().program_id, NO_PROGRAM_ID);

    // Judged on any day, no deadline rule blocks: in 2022 the demo is ready,
    // in 2026 only its 2013 edition stops it (not a program that ended).
    let (program, standard) = p.program_and_standard(&c).unwrap();
    let standard = &*standard;
    let r = p.readiness(&program, standard, ymd("2022-08-25")).unwrap();
    assert!(
        r.ready,
        "{:#?}",
        r.rules.iter().filter(|x| !x.passed).collect::<Vec<_>>()
    );
    assert_eq!(r.deadline.deadline, None);
    assert_eq!(r.deadline.latest_application_on, None);
    assert!(
        r.deadline.summary.contains("没有截止日期"),
        "{}",
        r.deadline.summary
    );
    let open = r
        .rules
        .iter()
        .find(|x| x.id == RuleId::ProgramOpen)
        .unwrap();
    assert!(open.passed);
    assert!(
        open.explanation.contains("不参加政府贯标计划"),
        "{}",
        open.explanation
    );
    let path = r.rules.iter().find(|x| x.id == RuleId::PathChosen).unwrap();
    assert_eq!(path.explanation, "已选择第三方认证", "no subsidy named");

    let r = p.readiness(&program, standard, ymd("2026-12-04")).unwrap();
    let failing: Vec<RuleId> = r.rules.iter().filter(|x| !x.passed).map(|x| x.id).collect();
    assert!(!failing.contains(&RuleId::ProgramOpen), "{failing:?}");
    assert!(!failing.contains(&RuleId::DeadlineFeasible), "{failing:?}");
    assert!(failing.contains(&RuleId::EditionCertifiable), "{failing:?}");

    // Only the certification path: the provincial acceptance is refused.
    let mut s: ApplicationSettings = p.application_settings().unwrap();
    s.path = Some(AcceptancePathKind::ProvincialAcceptance);
    s.body_id = None;
    p.save_application_settings(&s).unwrap();
    let r = p.readiness(&program, standard, ymd("2022-08-25")).unwrap();
    let path = r.rules.iter().find(|x| x.id == RuleId::PathChosen).unwrap();
    assert!(
        !path.passed && path.explanation.contains("省验收"),
        "{}",
        path.explanation
    );

    // The plan and the operation period: no stages, no deadline.
    let plan = p.plan(&program, ymd("2022-08-25")).unwrap();
    assert_eq!((plan.deadline, plan.stages.len()), (None, 0));
    assert!(plan.tasks.iter().all(|t| t.stage_name.ends_with("阶段")));
    let op = p.operation(&program, ymd("2022-08-25")).unwrap();
    assert_eq!((op.deadline, op.margin_days), (None, None));
    let tasks = default_tasks(&program, ymd("2026-01-05"));
    assert_eq!(tasks.first().unwrap().2, ymd("2026-01-05"));
    let last = tasks.last().unwrap();
    assert_eq!(last.0, "acceptance");
    assert_eq!(last.1, "提交第三方认证申请并完成验收");
    assert!(tasks.iter().all(|t| program.has_stage(&t.0) && t.2 <= t.3));

    // A project with no program has no program to hand out.
    assert!(p
        .export_program(&c)
        .unwrap_err()
        .message
        .contains("没有可导出的计划"));

    // The application PDF says so.
    let file = dir.path().join("app.pdf");
    export::write_atomic(&file, &export::application_pdf(&p, None).unwrap()).unwrap();
    let text: String = text_of(&file).split_whitespace().collect();
    assert!(text.contains("未参加政府贯标计划"), "summary");
    assert!(text.contains("不参加政府贯标计划，没有截止日期"), "plan");
}

#[test]
fn old_files_and_the_demo_keep_their_2022_story() {
    let c = catalog::load().unwrap();
    // A file that never chose: the catalog profile its program_id names.
    let (_dir, p) = new_project();
    let resolved = p.project_program(&c).unwrap();
    assert_eq!(resolved.kind, ProgramKind::Catalog);
    assert_eq!(resolved.program.id, "shaanxi-2022");

    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("d.gbproj"), 1).unwrap();
    let resolved = p.project_program(&c).unwrap();
    assert_eq!(resolved.kind, ProgramKind::Catalog);
    assert_eq!(&resolved.program, c.program("shaanxi-2022").unwrap());
    let (program, standard) = p.program_and_standard(&c).unwrap();
    let standard = &*standard;
    let r = p.readiness(&program, standard, ymd("2022-08-25")).unwrap();
    assert!(r.ready);
    assert_eq!(r.deadline.deadline, Some(ymd("2022-10-31")));

    // The shipped profile is a valid starting point (以此为模板新建) and
    // exports as a program file that reads back the same.
    let shipped = c.program("shaanxi-2022").unwrap();
    assert!(c.check_program(shipped).is_empty());
    assert_eq!(
        &c.read_program(&p.export_program(&c).unwrap()).unwrap(),
        shipped
    );
}

#[test]
fn choosing_a_program_again_replaces_the_last_choice() {
    let c = catalog::load().unwrap();
    let (_dir, mut p) = new_project();
    p.set_no_program().unwrap();
    p.set_program(&c, &xian_2025()).unwrap();
    assert_eq!(p.project_program(&c).unwrap().kind, ProgramKind::Defined);
    p.set_no_program().unwrap();
    let now = p.project_program(&c).unwrap();
    assert_eq!(now.kind, ProgramKind::None);
    assert_eq!(p.profile().unwrap().program_id, NO_PROGRAM_ID);
    // Back to the shipped profile as it is: the stored choice goes.
    p.use_catalog_program(&c, "shaanxi-2022").unwrap();
    let now = p.project_program(&c).unwrap();
    assert_eq!(
        (now.kind, now.program.id.as_str()),
        (ProgramKind::Catalog, "shaanxi-2022")
    );
    assert_eq!(p.profile().unwrap().program_id, "shaanxi-2022");
    // The change history names the table and shows the choice in Chinese.
    let h = p.history_recent(20).unwrap();
    assert!(h.iter().any(|e| e.entity_label == "贯标计划"), "{h:#?}");
}
