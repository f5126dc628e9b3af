//! What the core's tests share: a project in a temporary folder, the
//! program and standard the demo follows, dates, people.

use chrono::NaiveDate;
use guanbiao_core::catalog::{self, ProgramProfile, StandardEdition};
use guanbiao_core::model::{PersonInput, Role};
use guanbiao_core::Project;

/// A new, empty project in its own temporary folder (kept while the folder lives).
pub fn new_project() -> (tempfile::TempDir, Project) {
    let dir = tempfile::tempdir().unwrap();
    let p = Project::create(&dir.path().join("t.gbproj")).unwrap();
    (dir, p)
}

/// The program the demo and the 2022 story follow.
pub fn program() -> ProgramProfile {
    let c = catalog::load().unwrap();
    c.programs[0].clone()
}

/// The standard edition that program names.
pub fn standard() -> StandardEdition {
    let c = catalog::load().unwrap();
    c.standard(&c.programs[0].standard_edition).unwrap().clone()
}

/// A date field's value from a literal.
pub fn d(s: &str) -> Option<NaiveDate> {
    Some(ymd(s))
}

/// A date from a literal.
pub fn ymd(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Adds a person with these roles (and department) and gives their id.
pub fn person(p: &mut Project, name: &str, dep: Option<i64>, roles: &[Role]) -> i64 {
    p.create_person(&PersonInput {
        name: name.into(),
        department_id: dep,
        roles: roles.to_vec(),
        ..Default::default()
    })
    .unwrap()
    .id
}
