//! `export FILE --out DIR`: the application package (ZIP) and the
//! application PDF beside it; `--pdf-only` writes the PDF alone.

use std::path::Path;
use std::time::Instant;

use guanbiao_core::export::{self, PackageFile, PackageOptions};
use guanbiao_core::Project;
use serde::Serialize;

use super::{store, Outcome, Status};
use crate::args;
use crate::output::{elapsed_ms, kb, Out};

pub fn handle(a: args::Export, out: Out) -> Outcome {
    if a.pdf_only {
        application(&a.file, &a.out, out)
    } else {
        let options = PackageOptions {
            separate_documents: a.separate_documents,
        };
        package(&a.file, &a.out, a.quiet, options, out)
    }
}

/// A file written to the output folder.
#[derive(Serialize)]
struct Written {
    path: String,
    bytes: u64,
}

#[derive(Serialize)]
struct Package {
    zip: Written,
    application: Written,
    application_pages: usize,
    /// Every file inside the ZIP.
    files: Vec<PackageFile>,
    /// How many of them are PDFs, and how many are evidence (`04_…`).
    pdfs: usize,
    evidence: usize,
    /// Evidence files that could not be read, left out.
    missing: Vec<String>,
    elapsed_ms: u64,
}

fn package(file: &Path, dir: &Path, quiet: bool, options: PackageOptions, out: Out) -> Outcome {
    let t = Instant::now();
    let project = Project::open(file)?;
    let store = store();
    let mut progress = |step: usize, total: usize, label: &str| {
        if !quiet {
            eprintln!("[{step}/{total}] {label}");
        }
    };
    let r = export::export_package(&project, store.as_ref(), dir, options, &mut progress)?;
    let answer = Package {
        zip: Written {
            path: r.zip_path.display().to_string(),
            bytes: r.zip_size,
        },
        application: Written {
            path: r.application_path.display().to_string(),
            bytes: r.application_size,
        },
        application_pages: r.application_pages,
        pdfs: r.files.iter().filter(|f| f.path.ends_with(".pdf")).count(),
        evidence: r.files.iter().filter(|f| f.path.starts_with("04_")).count(),
        files: r.files,
        missing: r.missing,
        elapsed_ms: elapsed_ms(t),
    };
    out.answer(&answer, |a| {
        println!(
            "材料包：{}（{:.1} KB，{} 个文件）",
            a.zip.path,
            kb(a.zip.bytes),
            a.files.len()
        );
        println!(
            "申报材料：{}（{:.1} KB，{} 页）",
            a.application.path,
            kb(a.application.bytes),
            a.application_pages
        );
        println!(
            "其中 PDF {} 份，证明材料 {} 份；用时 {} ms",
            a.pdfs, a.evidence, a.elapsed_ms
        );
        for m in &a.missing {
            eprintln!("未附入（文件缺失）：{m}");
        }
    });
    Ok(Status::Done)
}

#[derive(Serialize)]
struct Application {
    application: Written,
    elapsed_ms: u64,
}

/// `--pdf-only`: the application PDF alone.
fn application(file: &Path, dir: &Path, out: Out) -> Outcome {
    let t = Instant::now();
    let project = Project::open(file)?;
    let bytes = export::application_pdf(&project, store().as_ref())?;
    std::fs::create_dir_all(dir)?;
    let name = format!("{}_知识产权贯标申报材料", project.profile()?.name);
    let path = dir.join(export::file_name("", &name));
    export::write_atomic(&path, &bytes)?;
    let answer = Application {
        application: Written {
            path: path.display().to_string(),
            bytes: bytes.len() as u64,
        },
        elapsed_ms: elapsed_ms(t),
    };
    out.answer(&answer, |a| {
        println!(
            "申报材料：{}（{:.1} KB），用时 {} ms",
            a.application.path,
            kb(a.application.bytes),
            a.elapsed_ms
        )
    });
    Ok(Status::Done)
}
