//! `clauses export PROJECT --out FILE` and `clauses import PROJECT FILE
//! [--apply]`: the project's clause table out for checking against the
//! official text, and the checked table back in (differences first).

use guanbiao_core::catalog::{self, corrections, ChangeKind, ClauseChange};
use guanbiao_core::{dates, export, Project};
use serde::Serialize;

use super::{Outcome, Status};
use crate::args;
use crate::output::Out;

pub fn handle(a: args::Clauses, out: Out) -> Outcome {
    match a {
        args::Clauses::Export(a) => export_to(a, out),
        args::Clauses::Import(a) => import(a, out),
    }
}

#[derive(Serialize)]
struct Exported {
    edition: String,
    clauses: usize,
    provisional: bool,
    out: String,
}

fn export_to(a: args::ClausesExport, out: Out) -> Outcome {
    let catalog = catalog::load()?;
    let project = Project::open(&a.project)?;
    let standard = project.standard(&catalog)?.into_owned();
    project.close()?;
    let text = corrections::table_text(&standard, &a.out);
    export::write_atomic(&a.out, text.as_bytes())?;
    let answer = Exported {
        edition: standard.id.clone(),
        clauses: standard.clauses.len(),
        provisional: standard.provisional,
        out: a.out.display().to_string(),
    };
    out.answer(&answer, |e| {
        println!(
            "已导出 {} 的条款表（{} 条{}）→ {}",
            e.edition,
            e.clauses,
            if e.provisional { "，暂定编号" } else { "" },
            e.out
        )
    });
    Ok(Status::Done)
}

#[derive(Serialize)]
struct Imported {
    edition: String,
    applied: bool,
    changes: Vec<ClauseChange>,
}

fn line(c: &ClauseChange) -> Option<String> {
    Some(match c.kind {
        ChangeKind::Confirmed => return None,
        ChangeKind::Renumbered => {
            format!("改号  {} → {} {}", c.from_number, c.to_number, c.to_title)
        }
        ChangeKind::Retitled => format!("改名  {} {} → {}", c.to_number, c.from_title, c.to_title),
        ChangeKind::RenumberedAndRetitled => format!(
            "改号改名  {} {} → {} {}",
            c.from_number, c.from_title, c.to_number, c.to_title
        ),
        ChangeKind::Added => format!("新增  {} {}", c.to_number, c.to_title),
        ChangeKind::Removed => format!(
            "删除  {} {}（引用它的记录将失去条款）",
            c.from_number, c.from_title
        ),
    })
}

fn import(a: args::ClausesImport, out: Out) -> Outcome {
    let catalog = catalog::load()?;
    // Read before opening: a bad file changes nothing.
    let rows = corrections::read_official(&a.file)?;
    let mut project = Project::open(&a.project)?;
    let edition = project.standard(&catalog)?.id.clone();
    let changes = if a.apply {
        let source = corrections::source_name(&a.file);
        project.apply_clause_correction(&catalog, &rows, &source, dates::today())?
    } else {
        project.preview_clause_correction(&catalog, &rows)?.changes
    };
    project.close()?;
    let answer = Imported {
        edition,
        applied: a.apply,
        changes,
    };
    out.answer(&answer, |i| {
        let lines: Vec<String> = i.changes.iter().filter_map(line).collect();
        let confirmed = i.changes.len() - lines.len();
        for l in &lines {
            println!("{l}");
        }
        println!(
            "{}：{} 条一致，{} 处变化{}",
            i.edition,
            confirmed,
            lines.len(),
            if i.applied {
                "；已写入项目，条款表已按正式文本核对"
            } else {
                "；未写入（加 --apply 写入项目）"
            }
        );
    });
    Ok(Status::Done)
}
