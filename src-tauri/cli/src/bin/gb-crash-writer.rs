//! Child process for the crash-safety tests (`tests/crash_safety.rs`): works
//! on a project file through the real store API and prints one line per
//! committed write (stdout flushed), until it is killed.
//!
//! `writes FILE ROUND`: every kind of record, in a loop. A line reads
//! `ok <check> <table> <column> <marker>`; `row` means a row whose column
//! contains the marker must exist, `latest` that the column holds this
//! marker or a later one (the record is overwritten by later writes).
//! `migrate FILE`: opens (and so migrates) the file once.
//! `hold FILE`: opens the file and keeps it open.
//! `save-as FILE TARGET`: Save as, over and over.
//! `restore FILE A B BACKUPS_DATA_DIR`: restores A and B alternately.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use guanbiao_core::catalog;
use guanbiao_core::model::{
    AuditInput, AuditorQualificationInput, CertificationBodyInput, ChecklistJudgementInput,
    DepartmentInput, DocType, DocumentInput, Grade, NonconformityInput, OnlineTrainingInput,
    OperationProblemInput, OperationRecordInput, OutputKind, PersonInput, PlanTaskInput,
    ReviewInput, ReviewOutputInput, RevisionEditInput, Role, SessionKind, TrainingSessionInput,
};
use guanbiao_core::store::backup::BackupStore;
use guanbiao_core::{Project, Result};

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{line}");
    let _ = out.flush();
}

fn row(table: &str, column: &str, marker: &str) {
    say(&format!("ok row {table} {column} {marker}"));
}

fn latest(table: &str, column: &str, marker: &str) {
    say(&format!("ok latest {table} {column} {marker}"));
}

fn writes(path: &Path, round: u64) -> Result<()> {
    let catalog = catalog::load()?;
    let mut p = Project::open(path)?;
    say("opened");
    let mut profile = p.profile()?;
    // The demo's own program and standard, as every caller resolves them.
    let (program, standard) = p.program_and_standard(&catalog)?;
    let standard = &*standard;
    let program = &program;
    let form = p
        .documents()?
        .into_iter()
        .find(|d| d.doc_type == DocType::Form)
        .expect("demo project has forms");
    let demo_audit = p.audits()?.remove(0);
    for k in 0u64.. {
        let m = format!("W{:06}{:06}", round, k);

        let dep = p.create_department(&DepartmentInput {
            name: format!("部门{m}"),
            code: String::new(),
            responsibilities: "崩溃测试".into(),
            parts: Vec::new(),
        })?;
        row("department", "name", &m);

        let person = p.create_person(&PersonInput {
            name: format!("测{m}"),
            department_id: Some(dep.id),
            position: "测试员".into(),
            roles: vec![Role::InternalAuditor],
            ..Default::default()
        })?;
        row("person", "name", &m);

        p.save_online_training(
            person.id,
            &OnlineTrainingInput {
                platform_account: format!("账号{m}"),
                credits: 12.0,
                reached_on: chrono::NaiveDate::from_ymd_opt(2022, 5, 1),
                certificate_id: None,
            },
        )?;
        row("online_training", "platform_account", &m);

        p.save_auditor_qualification(
            person.id,
            &AuditorQualificationInput {
                certificate_no: format!("证书{m}"),
                issuer: "测试机构".into(),
                qualified_on: chrono::NaiveDate::from_ymd_opt(2022, 5, 2),
                certificate_id: None,
            },
        )?;
        row("auditor_qualification", "certificate_no", &m);

        profile.address = format!("陕西省西安市高新区{m}");
        p.save_profile(&profile, true, program)?;
        latest("enterprise", "address", &m);

        p.create_training_session(&TrainingSessionInput {
            held_on: Some(chrono::NaiveDate::from_ymd_opt(2022, 6, 1).expect("date")),
            kind: Some(SessionKind::AllStaff),
            topic: format!("培训{m}"),
            trainer: "测试".into(),
            hours: 1.0,
            attendee_ids: vec![person.id],
            sign_in_id: None,
            notes: String::new(),
        })?;
        row("training_session", "topic", &m);

        p.create_plan_task(
            &PlanTaskInput {
                stage: program.stages[0].id.clone(),
                title: format!("任务{m}"),
                planned_start: chrono::NaiveDate::from_ymd_opt(2022, 5, 1),
                planned_end: chrono::NaiveDate::from_ymd_opt(2022, 6, 1),
                ..Default::default()
            },
            program,
        )?;
        row("plan_task", "title", &m);

        let doc = p.create_document(
            standard,
            &DocumentInput {
                doc_type: Some(DocType::Form),
                code: String::new(),
                title: format!("记录{m}"),
                owner_department_id: Some(dep.id),
                clauses: form.clauses.clone(),
                secrecy: None,
                retention: "3年".into(),
            },
            "初稿",
            None,
            None,
        )?;
        row("document", "title", &m);
        let rev = p.revisions(doc.id)?.remove(0);
        p.edit_revision(
            rev.id,
            &RevisionEditInput {
                content: format!("修改稿{m}").to_string(),
                change_note: "测试修改".into(),
            },
        )?;
        row("revision", "content", &m);

        p.add_operation_record(&OperationRecordInput {
            document_id: form.id,
            produced_on: Some(chrono::NaiveDate::from_ymd_opt(2022, 7, 1).expect("date")),
            attachment_id: None,
            note: format!("记录{m}"),
        })?;
        row("operation_record", "note", &m);

        p.save_operation_problem(
            None,
            &OperationProblemInput {
                found_on: Some(chrono::NaiveDate::from_ymd_opt(2022, 7, 2).expect("date")),
                department_id: Some(dep.id),
                clause: None,
                description: format!("问题{m}"),
                resolution: String::new(),
                resolved_on: None,
            },
        )?;
        row("operation_problem", "description", &m);

        p.save_certification_body(
            None,
            &CertificationBodyInput {
                name: format!("机构{m}"),
                meets_standard: true,
                no_dishonesty: true,
                note: String::new(),
            },
        )?;
        row("certification_body", "name", &m);

        if k % 4 == 0 {
            let audit = p.create_audit(
                standard,
                &AuditInput {
                    purpose: format!("审核{m}"),
                    starts_on: chrono::NaiveDate::from_ymd_opt(2022, 8, 1),
                    ends_on: chrono::NaiveDate::from_ymd_opt(2022, 8, 2),
                    leader_id: Some(demo_audit.leader_id),
                    auditor_ids: demo_audit.auditor_ids.clone(),
                    ..Default::default()
                },
            )?;
            row("audit", "purpose", &m);
            let item = p.checklist(audit.id)?.remove(0);
            p.judge_checklist_item(
                item.id,
                &ChecklistJudgementInput {
                    question: item.question.to_string(),
                    judgement: None,
                    observed: format!("观察{m}").to_string(),
                },
            )?;
            row("checklist_item", "observed", &m);
            let nc = p.raise_nonconformity(
                standard,
                audit.id,
                &NonconformityInput {
                    department_id: item.department_id,
                    clause: item.clause.clone(),
                    fact: format!("不符合{m}"),
                    grade: Some(Grade::Minor),
                    found_on: chrono::NaiveDate::from_ymd_opt(2022, 8, 1),
                    auditor_id: None,
                },
            )?;
            row("nonconformity", "fact", &m);
            p.analyse_cause(nc.id, &format!("原因{m}"))?;
            row("nonconformity", "cause", &m);

            let review = p.save_review(
                None,
                &ReviewInput {
                    report: format!("评审{m}"),
                    held_on: chrono::NaiveDate::from_ymd_opt(2022, 8, 20),
                    chair_id: p.top_manager_id()?,
                    plan_approved_on: chrono::NaiveDate::from_ymd_opt(2022, 8, 10),
                    ..Default::default()
                },
            )?;
            row("management_review", "report", &m);
            p.add_review_output(
                review.id,
                &ReviewOutputInput {
                    kind: Some(OutputKind::Procedure),
                    description: format!("输出{m}"),
                    owner_id: Some(person.id),
                    due_on: chrono::NaiveDate::from_ymd_opt(2022, 9, 30),
                },
            )?;
            row("review_output", "description", &m);
        }
    }
    Ok(())
}

fn save_as(path: &Path, target: &Path) -> Result<()> {
    let p = Project::open(path)?;
    say("opened");
    loop {
        p.save_as(target)?.close()?;
        say("saved");
    }
}

fn restore(path: &Path, a: &Path, b: &Path, data_dir: &Path) -> Result<()> {
    let store = BackupStore::new(data_dir);
    let mut p = Project::open_with_backups(path, &store)?;
    say("opened");
    loop {
        for source in [a, b] {
            let s = p.restore_from(source, &store)?;
            say(&format!("restored {}", s.enterprise_name));
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let arg = |i: usize| PathBuf::from(args.get(i).cloned().unwrap_or_default());
    let result = match args.first().map(String::as_str) {
        Some("writes") => writes(
            &arg(1),
            args.get(2).and_then(|r| r.parse().ok()).unwrap_or(0),
        ),
        Some("migrate") => Project::open(&arg(1)).and_then(|p| {
            say("migrated");
            p.close()
        }),
        Some("hold") => Project::open(&arg(1)).map(|_p| {
            say("opened");
            std::thread::sleep(std::time::Duration::from_secs(600));
        }),
        Some("save-as") => save_as(&arg(1), &arg(2)),
        Some("restore") => restore(&arg(1), &arg(2), &arg(3), &arg(4)),
        _ => {
            eprintln!("usage: gb-crash-writer writes|migrate|save-as|restore …");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error {:?}: {}", e.code, e.message);
            ExitCode::from(1)
        }
    }
}
