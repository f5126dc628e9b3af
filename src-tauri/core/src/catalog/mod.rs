//! Domain data shipped in `assets/`: program profiles, the clause library,
//! document templates, internal-audit questions and default targets.

pub mod audit_questions;
pub mod clause_table;
pub mod corrections;
pub mod correspondence;
pub mod glossary;
mod marks;
pub mod objective_defaults;
pub mod program;
pub mod standard;
pub mod templates;

use serde::Serialize;
use ts_rs::TS;

pub use corrections::{ChangeKind, ClauseChange, OfficialRow};
pub use program::{
    AcceptancePath, City, FieldProblem, ProgramKind, ProgramProfile, ProjectProgram, Stage,
    NO_PROGRAM_ID,
};
pub use standard::{Clause, StandardEdition};

use crate::error::{CoreError, Result};
use crate::model::{Qualification, Role, SessionKind};

/// A code with its Chinese label, for selects in the UI.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Labeled {
    pub code: String,
    pub label: String,
}

/// Everything the UI needs to label and choose values.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Catalog {
    pub programs: Vec<ProgramProfile>,
    pub roles: Vec<Labeled>,
    pub qualifications: Vec<Labeled>,
    /// 线下培训类型
    pub session_kinds: Vec<Labeled>,
    pub standards: Vec<StandardEdition>,
}

impl Catalog {
    /// The program profile with this id, or the one Chinese refusal that names it.
    pub fn program(&self, id: &str) -> Result<&ProgramProfile> {
        self.programs.iter().find(|p| p.id == id).ok_or_else(|| {
            CoreError::invalid(format!("项目所用的贯标计划“{id}”不在本程序的计划列表中"))
        })
    }

    /// The standard edition with this id (its clause library).
    pub fn standard(&self, id: &str) -> Result<&StandardEdition> {
        self.standards
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| CoreError::invalid(format!("本程序不含标准“{id}”的条款库")))
    }

    /// The edition named on the command line by its `code`, e.g. `gbt29490-2023`.
    pub fn standard_by_code(&self, code: &str) -> Result<&StandardEdition> {
        self.standards
            .iter()
            .find(|s| s.code == code)
            .ok_or_else(|| {
                CoreError::invalid(format!(
                    "没有标准版本“{code}”（可选：{}）",
                    self.standards
                        .iter()
                        .map(|s| s.code.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                ))
            })
    }

    /// The edition a new project works to: the newest one certification
    /// bodies accept applications on, on `on` (else the newest of all).
    pub fn default_standard(&self, on: chrono::NaiveDate) -> &StandardEdition {
        self.standards
            .iter()
            .rev()
            .find(|s| s.not_certifiable_on(on).is_none())
            .or(self.standards.last())
            .expect("the catalog has an edition")
    }

    /// A program definition read from JSON and checked field by field,
    /// including that this program has its edition's clause library: the
    /// check behind `program check`, import and `program set`.
    pub fn read_program(
        &self,
        text: &str,
    ) -> std::result::Result<ProgramProfile, Vec<FieldProblem>> {
        let p = program::from_json(text)?;
        let problems = self.check_program(&p);
        if problems.is_empty() {
            Ok(p)
        } else {
            Err(problems)
        }
    }

    /// What `ProgramProfile::validate` cannot know: the editions this
    /// program has.
    pub fn check_program(&self, p: &ProgramProfile) -> Vec<FieldProblem> {
        let mut out = p.validate();
        if !p.standard_edition.is_empty() && self.standard(&p.standard_edition).is_err() {
            out.push(FieldProblem {
                field: "standard_edition".into(),
                message: format!(
                    "标准版本（standard_edition）“{}”不在本程序的条款库中（现有：{}）",
                    p.standard_edition,
                    self.standards
                        .iter()
                        .map(|s| s.id.as_str())
                        .collect::<Vec<_>>()
                        .join("、")
                ),
            });
        }
        out
    }
}

/// Loads the catalog from the embedded assets; a malformed file is reported
/// with its name and the field at fault.
pub fn load() -> Result<Catalog> {
    let catalog = Catalog {
        programs: program::builtin()?,
        roles: Role::ALL
            .iter()
            .map(|r| Labeled {
                code: r.code().into(),
                label: r.label().into(),
            })
            .collect(),
        qualifications: Qualification::ALL
            .iter()
            .map(|q| Labeled {
                code: q.code().into(),
                label: q.label().into(),
            })
            .collect(),
        session_kinds: SessionKind::ALL
            .iter()
            .map(|k| Labeled {
                code: k.code().into(),
                label: k.label().into(),
            })
            .collect(),
        standards: vec![standard::gbt29490_2013()?, standard::gbt29490_2023()?],
    };
    // Each edition's audit questions name its leaf clauses and known parts.
    for s in &catalog.standards {
        audit_questions::builtin(s)?;
    }
    objective_defaults::builtin()?;
    // The shipped profiles pass the same check as a user's program file.
    for p in &catalog.programs {
        let problems = catalog.check_program(p);
        if !problems.is_empty() {
            return Err(CoreError::invalid(format!(
                "计划配置文件 {}.json 有误：{}",
                p.id,
                program::problems_text(&problems)
            )));
        }
    }
    Ok(catalog)
}
