//! `program check FILE.json`, `program set PROJECT (--file FILE.json | --none)`,
//! `program export PROJECT --out FILE.json`: the program (贯标计划) as the
//! user's data, through the core's one resolver.

use guanbiao_core::catalog::{self, program, FieldProblem, ProgramKind};
use guanbiao_core::{export, Project};
use serde::Serialize;

use super::{Outcome, Status};
use crate::args;
use crate::output::Out;

pub fn handle(a: args::Program, out: Out) -> Outcome {
    match a {
        args::Program::Check(a) => check(a, out),
        args::Program::Set(a) => set(a, out),
        args::Program::Export(a) => export_to(a, out),
    }
}

#[derive(Serialize)]
struct Checked {
    valid: bool,
    /// The program's id and name when valid.
    id: Option<String>,
    name: Option<String>,
    problems: Vec<FieldProblem>,
}

fn check(a: args::ProgramCheck, out: Out) -> Outcome {
    let text = program::read_file(&a.file)?;
    let catalog = catalog::load()?;
    let answer = match catalog.read_program(&text) {
        Ok(p) => Checked {
            valid: true,
            id: Some(p.id),
            name: Some(p.name),
            problems: Vec::new(),
        },
        Err(problems) => Checked {
            valid: false,
            id: None,
            name: None,
            problems,
        },
    };
    let file = a.file.display().to_string();
    out.answer(&answer, |c| {
        if c.valid {
            println!(
                "计划文件无误：{}（{}）",
                c.name.as_deref().unwrap_or_default(),
                c.id.as_deref().unwrap_or_default()
            );
        } else {
            for p in &c.problems {
                let field = if p.field.is_empty() {
                    "（文件）"
                } else {
                    &p.field
                };
                println!("✗ {field}：{}", p.message);
            }
            println!("计划文件 {file} 有 {} 处错误", c.problems.len());
        }
    });
    Ok(if answer.valid {
        Status::Done
    } else {
        Status::Refused
    })
}

#[derive(Serialize)]
struct Set {
    kind: ProgramKind,
    id: String,
    name: String,
}

fn set(a: args::ProgramSet, out: Out) -> Outcome {
    let catalog = catalog::load()?;
    // Read before opening: a file that cannot be read changes nothing.
    let text = match &a.file {
        Some(f) => Some(program::read_file(f)?),
        None => None,
    };
    let mut project = Project::open(&a.project)?;
    match text {
        Some(text) => {
            project.import_program(&catalog, &text)?;
        }
        None => project.set_no_program()?,
    }
    let p = project.project_program(&catalog)?;
    project.close()?;
    let answer = Set {
        kind: p.kind,
        id: p.program.id,
        name: p.program.name,
    };
    out.answer(&answer, |s| match s.kind {
        ProgramKind::None => println!("已设置：{}", s.name),
        _ => println!("已设置贯标计划：{}（{}）", s.name, s.id),
    });
    Ok(Status::Done)
}

#[derive(Serialize)]
struct Exported {
    id: String,
    name: String,
    out: String,
}

fn export_to(a: args::ProgramExport, out: Out) -> Outcome {
    let catalog = catalog::load()?;
    let project = Project::open(&a.project)?;
    let json = project.export_program(&catalog)?;
    let p = project.program(&catalog)?;
    project.close()?;
    export::write_atomic(&a.out, json.as_bytes())?;
    let answer = Exported {
        id: p.id,
        name: p.name,
        out: a.out.display().to_string(),
    };
    out.answer(&answer, |e| {
        println!("已导出贯标计划：{}（{}）→ {}", e.name, e.id, e.out)
    });
    Ok(Status::Done)
}
