//! The checklist question of each audit scope cell: the edition's question
//! table (`assets/audit/`), chosen by the parts the cell's department plays,
//! so R&D and purchasing are asked different things on the same clause.

use std::collections::btree_map::{BTreeMap, Entry};

use rusqlite::Connection;

use super::department_parts::department_parts;
use crate::catalog::audit_questions::{self, question_for};
use crate::catalog::templates::OwnerKind;
use crate::catalog::StandardEdition;
use crate::error::Result;
use crate::model::ScopeCell;

/// (department, clause, question) for each cell. A question names no
/// clause number or title: the line shows its clause from the project's
/// table, so a corrected table renumbers checklists too.
pub(super) fn questions(
    conn: &Connection,
    standard: &StandardEdition,
    cells: &[ScopeCell],
) -> Result<Vec<(i64, String, String)>> {
    let table = audit_questions::for_edition(&standard.code)?;
    let mut parts: BTreeMap<i64, Vec<OwnerKind>> = BTreeMap::new();
    let mut out = Vec::with_capacity(cells.len());
    for c in cells {
        let played = match parts.entry(c.department_id) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) => e.insert(department_parts(conn, c.department_id)?),
        };
        let q = question_for(standard, &table, &c.clause, played);
        out.push((c.department_id, c.clause.clone(), q));
    }
    Ok(out)
}
