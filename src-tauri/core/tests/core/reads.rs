//! What each read command of the window reads, measured with SQLite's
//! authorizer on the demo project, and generated for the UI as
//! `ui/src/bindings/reads.ts`: a view reloads when a command wrote one of
//! the tables its loads read (the shell's `project-changed` event). The
//! bindings test writes and checks the file like the other bindings
//! (`UPDATE_BINDINGS=1`).

use std::collections::BTreeSet;

use guanbiao_core::attachments::AttachmentStore;
use guanbiao_core::model::{CoverImageKind, Intent, PersonQuery, Table};
use guanbiao_core::{catalog, demo, Project, Result};

use crate::support::ymd;

type Read = fn(&mut Project, &Ctx) -> Result<()>;

/// What the commands need beside the project: what the shell passes them.
struct Ctx {
    /// The shell resolves the program and standard for each command
    /// (`AppState::with_program`), so what that reads counts too.
    catalog: catalog::Catalog,
    store: AttachmentStore,
    document: i64,
    revision: i64,
    audit: i64,
}

fn ok<T>(r: Result<T>) -> Result<()> {
    r.map(|_| ())
}

/// Every read command a view loads through `useRemote`, as its shell command
/// calls the core (src-tauri/src/commands/*.rs), by its command name.
const READS: &[(&str, Read)] = &[
    ("person_list", |p, _| ok(p.people(&PersonQuery::default()))),
    ("department_list", |p, _| ok(p.departments(true))),
    ("document_list", |p, _| ok(p.document_register())),
    ("document_get", |p, c| ok(p.document(c.document))),
    ("document_render", |p, c| {
        ok(p.render_references(&p.program_and_standard(&c.catalog)?.1, "见{{文件:P02}}"))
    }),
    ("revision_list", |p, c| ok(p.revisions(c.document))),
    ("distribution_list", |p, c| ok(p.distributions(c.document))),
    ("revision_diff", |p, c| {
        ok(p.revision_diff(c.revision, c.revision))
    }),
    ("coverage_get", |p, c| {
        ok(p.coverage(&p.program_and_standard(&c.catalog)?.1))
    }),
    ("allocation_get", |p, _| ok(p.allocation())),
    ("system_issue_get", |p, _| ok(p.system_issue())),
    ("diagnosis_get", |p, c| {
        ok(p.diagnosis(&p.program_and_standard(&c.catalog)?.1, today()))
    }),
    ("plan_get", |p, c| {
        ok(p.plan(&p.program(&c.catalog)?, today()))
    }),
    ("organisation_get", |p, _| ok(p.organisation())),
    ("profile_get", |p, _| ok(p.profile())),
    (
        "standard_get",
        |p, c| ok(p.program_and_standard(&c.catalog)),
    ),
    ("program_get", |p, c| ok(p.project_program(&c.catalog))),
    ("overview_counts", |p, c| {
        ok(p.overview_counts(
            &p.program(&c.catalog)?,
            &p.program_and_standard(&c.catalog)?.1,
            today(),
        ))
    }),
    ("summary_get", |p, _| ok(p.work_summary(today()))),
    ("todo_list", |p, c| {
        ok(p.todo(&p.program(&c.catalog)?, today()))
    }),
    ("readiness_get", |p, c| {
        ok(p.readiness(
            &p.program(&c.catalog)?,
            &p.program_and_standard(&c.catalog)?.1,
            today(),
        ))
    }),
    ("operation_get", |p, c| {
        ok(p.operation(&p.program(&c.catalog)?, today()))
    }),
    ("checkin_list", |p, _| ok(p.checkins())),
    ("operation_record_list", |p, _| ok(p.operation_records())),
    ("operation_problem_list", |p, _| ok(p.operation_problems())),
    ("operation_evidence_get", |p, c| {
        ok(p.operation_evidence(&p.program_and_standard(&c.catalog)?.1, today()))
    }),
    ("objective_list", |p, _| ok(p.objectives())),
    ("document_objectives_suggest", |p, _| {
        ok(p.suggested_objectives())
    }),
    ("session_list", |p, _| ok(p.training_sessions())),
    ("staff_coverage", |p, _| ok(p.all_staff_coverage())),
    ("credit_overview", |p, c| {
        ok(p.credit_overview(&p.program(&c.catalog)?))
    }),
    ("auditor_overview", |p, _| ok(p.auditor_overview())),
    ("audit_list", |p, _| ok(p.audits())),
    ("nc_list", |p, _| ok(p.nonconformities(None, today()))),
    ("audit_report", |p, c| {
        ok(p.audit_report(&p.program_and_standard(&c.catalog)?.1, c.audit, today()))
    }),
    ("checklist_get", |p, c| ok(p.checklist(c.audit))),
    ("audit_evidence_list", |p, c| ok(p.audit_evidence(c.audit))),
    // Every kind of intent: a view asks about one, so it reloads on what any reads.
    ("action_refusal", |p, c| {
        p.refusal(Intent::AuditComplete { id: c.audit })?;
        p.refusal(Intent::AuditDelete { id: c.audit })?;
        p.refusal(Intent::ReviewComplete {
            id: p.reviews()?[0].id,
        })?;
        ok(p.refusal(Intent::SystemIssue))
    }),
    ("review_list", |p, _| ok(p.reviews())),
    ("application_settings_get", |p, _| {
        ok(p.application_settings())
    }),
    ("preconditions_get", |p, _| ok(p.preconditions())),
    ("body_list", |p, _| ok(p.certification_bodies(true))),
    ("application_record_list", |p, c| {
        ok(p.application_records(&p.program(&c.catalog)?))
    }),
    ("subsidy_list", |p, _| ok(p.other_subsidies())),
    ("cover_image_list", |p, _| ok(p.cover_images())),
    ("cover_image_preview", |p, c| {
        ok(p.cover_image_preview(&c.store, CoverImageKind::Logo))
    }),
    ("history_for", |p, c| {
        ok(p.history_for("document", &c.document.to_string()))
    }),
    ("history_recent", |p, _| ok(p.history_recent(50))),
];

fn today() -> chrono::NaiveDate {
    ymd("2026-12-04")
}

/// A demo project at `scale` in a temporary folder, with what the commands need beside it.
fn demo_with_ctx(scale: usize) -> (tempfile::TempDir, Project, Ctx) {
    let dir = tempfile::tempdir().unwrap();
    let (p, _) = demo::create(&dir.path().join("demo.gbproj"), scale).unwrap();
    let document = p.documents().unwrap()[0].id;
    let ctx = Ctx {
        catalog: catalog::load().unwrap(),
        store: AttachmentStore::new(&dir.path().join("data")),
        document,
        revision: p.revisions(document).unwrap()[0].id,
        audit: p.audits().unwrap()[0].id,
    };
    (dir, p, ctx)
}

/// `reads.ts`: `READS[command]` = the tables it reads.
pub fn typescript() -> String {
    let (_dir, mut p, ctx) = demo_with_ctx(1);
    let mut commands = String::new();
    let mut entries = String::new();
    for (command, read) in READS {
        let tables: BTreeSet<Table> = p.tables_read_by(|p| read(p, &ctx)).unwrap();
        assert!(!tables.is_empty(), "{command} reads no table");
        let list = if tables.len() == Table::ALL.len() {
            "ALL_TABLES".to_string()
        } else {
            let names: Vec<String> = tables.iter().map(|t| format!("\"{}\"", t.code())).collect();
            format!("[{}]", names.join(", "))
        };
        commands += &format!("\n  | \"{command}\"");
        entries += &format!("  {command}: {list},\n");
    }
    let all: Vec<String> = Table::ALL
        .iter()
        .map(|t| format!("\"{}\"", t.code()))
        .collect();
    format!(
        "// Generated by the core's bindings test (tests/core/reads.rs) from what each command reads, measured with SQLite's authorizer on the demo project. Do not edit.\nimport type {{ Table }} from \"./Table\";\n\n/** Every record table (what the change history reads: every write appends to it). */\nexport const ALL_TABLES: readonly Table[] = [{}];\n\n/** A command a view loads its data with. */\nexport type ReadCommand ={commands};\n\n/** The record tables each read command reads. */\nexport const READS: Record<ReadCommand, readonly Table[]> = {{\n{entries}}};\n",
        all.join(", ")
    )
}

/// A benchmark, not a test (issue 17): how long each read command takes on a
/// `--scale 10` demo (80 departments, 800 people), median of 5, slowest
/// first. `cargo test -p guanbiao-core --test core --release -- --ignored --nocapture read_command_times`
#[test]
#[ignore]
fn read_command_times() {
    let (_dir, mut p, ctx) = demo_with_ctx(10);
    let mut times: Vec<(f64, &str)> = READS
        .iter()
        .map(|(command, read)| {
            let mut runs: Vec<f64> = (0..5)
                .map(|_| {
                    let t = std::time::Instant::now();
                    read(&mut p, &ctx).unwrap();
                    t.elapsed().as_secs_f64() * 1000.0
                })
                .collect();
            runs.sort_by(f64::total_cmp);
            (runs[2], *command)
        })
        .collect();
    times.sort_by(|a, b| b.0.total_cmp(&a.0));
    println!("read commands on the --scale 10 demo, median of 5 (ms):");
    for (ms, command) in &times {
        println!("{ms:8.2}  {command}");
    }
    println!(
        "{:8.2}  all together",
        times.iter().map(|t| t.0).sum::<f64>()
    );
}
