//! `export-document FILE --code CODE --out PDF`: one document (its published
//! version, else the draft; `--draft`: the draft); `--all --out DIR`: every
//! published document, one file each; `--format docx` for Word files.

use std::path::Path;
use std::time::Instant;

use guanbiao_core::catalog::{self, StandardEdition};
use guanbiao_core::export::{self, ExportProblem};
use guanbiao_core::{CoreError, Project};
use serde::Serialize;

use super::{document_by_code, Outcome, Status};
use crate::args::{self, Format};
use crate::output::{elapsed_ms, kb, Out};

pub fn handle(a: args::ExportDocument, out: Out) -> Outcome {
    let project = Project::open(&a.file)?;
    let catalog = catalog::load()?;
    let (_, standard) = project.program_and_standard(&catalog)?;
    match &a.code {
        Some(code) if !a.all => one(&project, &standard, code, &a, out),
        _ => all(&project, &standard, &a.out, a.format, out),
    }
}

/// One document written.
#[derive(Serialize)]
struct One {
    code: String,
    title: String,
    path: String,
    bytes: u64,
    elapsed_ms: u64,
}

fn one(
    project: &Project,
    standard: &StandardEdition,
    code: &str,
    a: &args::ExportDocument,
    out: Out,
) -> Outcome {
    let t = Instant::now();
    let doc = document_by_code(project, code)?;
    let draft = if a.draft {
        let w = doc
            .working
            .as_ref()
            .ok_or_else(|| CoreError::conflict(format!("{code} 没有草稿")))?;
        Some(w.id)
    } else {
        None
    };
    let bytes = match (a.format, draft) {
        (Format::Pdf, None) => export::document_pdf(project, standard, doc.id)?,
        (Format::Pdf, Some(r)) => export::revision_pdf(project, standard, r)?,
        (Format::Docx, None) => export::document_docx(project, standard, doc.id)?,
        (Format::Docx, Some(r)) => export::revision_docx(project, standard, r)?,
    };
    export::write_atomic(&a.out, &bytes)?;
    let answer = One {
        code: doc.code,
        title: doc.title,
        path: a.out.display().to_string(),
        bytes: bytes.len() as u64,
        elapsed_ms: elapsed_ms(t),
    };
    out.answer(&answer, |a| {
        println!(
            "已导出 {}（{}）：{}，{:.1} KB，用时 {} ms",
            a.code,
            a.title,
            a.path,
            kb(a.bytes),
            a.elapsed_ms
        )
    });
    Ok(Status::Done)
}

/// Every published document written into one folder, and those that could not be.
#[derive(Serialize)]
struct All {
    dir: String,
    files: Vec<File>,
    total_bytes: u64,
    /// Documents left out: characters the export font cannot draw.
    problems: Vec<ExportProblem>,
    elapsed_ms: u64,
}

#[derive(Serialize)]
struct File {
    code: String,
    path: String,
    bytes: u64,
}

fn all(
    project: &Project,
    standard: &StandardEdition,
    dir: &Path,
    format: Format,
    out: Out,
) -> Outcome {
    let t = Instant::now();
    let report = match format {
        Format::Pdf => export::published_documents_to_dir(project, standard, dir)?,
        Format::Docx => export::published_documents_docx_to_dir(project, standard, dir)?,
    };
    let kind = match format {
        Format::Pdf => "PDF",
        Format::Docx => "Word 文件",
    };
    let answer = All {
        dir: dir.display().to_string(),
        total_bytes: report.total_bytes(),
        files: report
            .files
            .into_iter()
            .map(|f| File {
                code: f.code,
                path: f.path.display().to_string(),
                bytes: f.bytes,
            })
            .collect(),
        problems: report.problems,
        elapsed_ms: elapsed_ms(t),
    };
    out.answer(&answer, |a| {
        println!(
            "已导出 {} 份 {kind} 到 {}，共 {:.1} KB，用时 {} ms",
            a.files.len(),
            a.dir,
            kb(a.total_bytes),
            a.elapsed_ms
        );
        for p in &a.problems {
            eprintln!("未导出：{}", p.message());
        }
    });
    if answer.problems.is_empty() {
        Ok(Status::Done)
    } else {
        Err(CoreError::invalid(format!(
            "{} 份文件含有无法显示的字符，未导出",
            answer.problems.len()
        )))
    }
}
