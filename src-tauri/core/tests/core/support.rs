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

/// A project file as schema `version` wrote it (the first `version`
/// migrations), open for the test to add the rows that version held.
pub fn file_at_version(path: &std::path::Path, version: u32) -> rusqlite::Connection {
    use guanbiao_core::store::migrations;
    let c = rusqlite::Connection::open(path).unwrap();
    for (_, sql) in &migrations::MIGRATIONS[..version as usize] {
        c.execute_batch(sql).unwrap();
    }
    c.pragma_update(None, "application_id", migrations::APPLICATION_ID)
        .unwrap();
    c.pragma_update(None, "user_version", version).unwrap();
    c
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
