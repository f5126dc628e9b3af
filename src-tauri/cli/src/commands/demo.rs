//! `demo --out FILE [--edition gbt29490-2023]`: the fictitious demo enterprise
//! as a project file — the 2022 Shaanxi story on 2013, or today's on 2023.

use std::time::Instant;

use guanbiao_core::{demo, CoreError};
use serde::Serialize;

use super::{Outcome, Status};
use crate::args;
use crate::output::{elapsed_ms, Out};

/// What was written.
#[derive(Serialize)]
struct Answer {
    path: String,
    departments: usize,
    people: usize,
    scale: usize,
    elapsed_ms: u64,
}

pub fn handle(a: args::Demo, out: Out) -> Outcome {
    if !(1..=1000).contains(&a.scale) {
        return Err(CoreError::invalid("--scale 应在 1 到 1000 之间"));
    }
    if a.force && a.out.exists() {
        std::fs::remove_file(&a.out)?;
        for ext in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{ext}", a.out.display()));
        }
    }
    let stage = if a.without_documents {
        demo::DemoStage::Organisation
    } else {
        demo::DemoStage::Operation
    };
    let story = match a.edition.as_deref() {
        None => demo::DemoStory::Shaanxi2022,
        Some(code) => demo::DemoStory::for_edition(code)?,
    };
    let t = Instant::now();
    let (project, counts) = demo::create_story(&a.out, a.scale, stage, story)?;
    project.close()?;
    // The demo's pictures (the licence scan), so its export finds them here.
    if let Some(store) = super::store() {
        demo::store_files(&store)?;
    }
    let answer = Answer {
        path: a.out.display().to_string(),
        departments: counts.departments,
        people: counts.people,
        scale: a.scale,
        elapsed_ms: elapsed_ms(t),
    };
    out.answer(&answer, |a| {
        println!(
            "已生成示例项目：{}（{} 个部门，{} 人，倍数 {}），用时 {} ms",
            a.path, a.departments, a.people, a.scale, a.elapsed_ms
        )
    });
    Ok(Status::Done)
}
