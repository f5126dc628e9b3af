//! `documents FILE`: drafts of the whole document system from the templates.

use std::time::Instant;

use guanbiao_core::store::GenerationReport;
use guanbiao_core::{catalog, Project};
use serde::Serialize;

use super::{Outcome, Status};
use crate::args;
use crate::output::{elapsed_ms, Out};

#[derive(Serialize)]
struct Answer {
    #[serde(flatten)]
    report: GenerationReport,
    elapsed_ms: u64,
}

pub fn handle(a: args::Documents, out: Out) -> Outcome {
    let mut project = Project::open(&a.file)?;
    let catalog = catalog::load()?;
    let (program, standard) = project.program_and_standard(&catalog)?;
    let standard = &*standard;
    let t = Instant::now();
    let report = project.generate_documents(standard, &program)?;
    let answer = Answer {
        report,
        elapsed_ms: elapsed_ms(t),
    };
    out.answer(&answer, |a| {
        println!(
            "已生成 {} 份文件草稿（跳过已有 {} 份），用时 {} ms",
            a.report.created, a.report.skipped, a.elapsed_ms
        );
        for u in &a.report.unfilled {
            println!("未填写：{u}");
        }
        for d in &a.report.dropped {
            println!("略去：{d}");
        }
        for u in &a.report.unresolved {
            println!("未解析：{u}");
        }
    });
    project.close()?;
    Ok(Status::Done)
}
