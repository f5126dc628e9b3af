//! `new FILE [--edition CODE]`: an empty project on an edition, by default
//! the one certification bodies accept applications on today.

use guanbiao_core::dates::today;
use guanbiao_core::{catalog, Project};
use serde::Serialize;

use super::{Outcome, Status};
use crate::args;
use crate::output::Out;

#[derive(Serialize)]
struct Answer {
    path: String,
    /// The edition's code, e.g. `gbt29490-2023`.
    edition: String,
    edition_id: String,
    /// Its clause numbers are 暂定编号 (a reconstructed table).
    provisional: bool,
}

pub fn handle(a: args::New, out: Out) -> Outcome {
    let catalog = catalog::load()?;
    let standard = match &a.edition {
        Some(code) => catalog.standard_by_code(code)?,
        None => catalog.default_standard(today()),
    };
    let project = Project::create_on(&a.file, standard)?;
    project.close()?;
    let answer = Answer {
        path: a.file.display().to_string(),
        edition: standard.code.clone(),
        edition_id: standard.id.clone(),
        provisional: standard.provisional,
    };
    out.answer(&answer, |a| {
        println!("已新建项目：{}（标准版本 {}）", a.path, a.edition_id);
        if a.provisional {
            println!("注意：{} 的条款表为暂定表，条款号为暂定编号", a.edition_id);
        }
    });
    Ok(Status::Done)
}
