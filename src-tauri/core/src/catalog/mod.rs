//! Domain data shipped in `assets/`: program profiles and the clause library.

pub mod program;
pub mod standard;
pub mod templates;

use serde::Serialize;
use ts_rs::TS;

pub use program::{AcceptancePath, City, ProgramProfile, Stage};
pub use standard::{Clause, StandardEdition};

use crate::error::{CoreError, Result};
use crate::model::{EnterpriseProfile, Qualification, Role, SessionKind};

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

    /// The program and the standard edition a project's profile names: the one
    /// resolver every caller uses (never "the first standard").
    pub fn for_profile(
        &self,
        profile: &EnterpriseProfile,
    ) -> Result<(&ProgramProfile, &StandardEdition)> {
        Ok((
            self.program(&profile.program_id)?,
            self.standard(&profile.standard_edition)?,
        ))
    }
}

/// Loads the catalog from the embedded assets; a malformed file is reported
/// with its name and the field at fault.
pub fn load() -> Result<Catalog> {
    Ok(Catalog {
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
        standards: vec![standard::gbt29490_2013()?],
    })
}
