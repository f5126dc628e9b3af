//! `export-compilation FILE --out PDF`: the 体系文件汇编, every published
//! document in one PDF with cover, contents and bookmarks; `--format docx`
//! in one Word file.

use std::time::Instant;

use guanbiao_core::{catalog, export, Project};
use serde::Serialize;

use super::{store, Outcome, Status};
use crate::args::{self, Format};
use crate::output::{elapsed_ms, kb, Out};

#[derive(Serialize)]
struct Answer {
    path: String,
    bytes: u64,
    elapsed_ms: u64,
}

pub fn handle(a: args::ExportCompilation, out: Out) -> Outcome {
    let project = Project::open(&a.file)?;
    let catalog = catalog::load()?;
    let (_, standard) = project.program_and_standard(&catalog)?;
    let t = Instant::now();
    let bytes = match a.format {
        Format::Pdf => export::compilation_pdf(&project, &standard, store().as_ref())?,
        Format::Docx => export::compilation_docx(&project, &standard)?,
    };
    export::write_atomic(&a.out, &bytes)?;
    let answer = Answer {
        path: a.out.display().to_string(),
        bytes: bytes.len() as u64,
        elapsed_ms: elapsed_ms(t),
    };
    out.answer(&answer, |a| {
        println!(
            "已导出体系文件汇编：{}，{:.1} KB，用时 {} ms",
            a.path,
            kb(a.bytes),
            a.elapsed_ms
        )
    });
    Ok(Status::Done)
}
