//! Domain data shipped in `assets/`: program profiles and the clause library.

pub mod program;
pub mod standard;
pub mod templates;

use serde::Serialize;
use ts_rs::TS;

pub use program::{AcceptancePath, City, ProgramProfile, Stage};
pub use standard::{Clause, StandardEdition};

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

/// Loads the catalog from the embedded assets; a malformed file is reported
/// with its name and the field at fault.
pub fn load() -> crate::Result<Catalog> {
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
