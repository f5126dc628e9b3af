//! The checklist question of each audit scope cell: the edition's question
//! table (`assets/audit/`), chosen by the parts the cell's department plays,
//! so R&D and purchasing are asked different things on the same clause.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension};

use crate::catalog::audit_questions::{self, question_for};
use crate::catalog::templates::OwnerKind;
use crate::catalog::StandardEdition;
use crate::error::Result;
use crate::model::ScopeCell;

/// The parts a department plays: the organisation's IP department always
/// plays `ip_department`; the others follow from the department's name
/// ([`OwnerKind::suggested_by`]). The one place the checklist learns them
/// (to read the project's own assignment once departments record it).
pub(super) fn department_parts(conn: &Connection, department_id: i64) -> Result<Vec<OwnerKind>> {
    let name: String = conn.query_row(
        "SELECT name FROM department WHERE id = ?1",
        [department_id],
        |r| r.get(0),
    )?;
    let lead: Option<i64> = conn
        .query_row(
            "SELECT lead_department_id FROM organisation WHERE id = 1",
            [],
            |r| r.get(0),
        )
        .optional()?
        .flatten();
    let mut parts = OwnerKind::suggested_by(&name);
    if lead == Some(department_id) && !parts.contains(&OwnerKind::IpDepartment) {
        parts.insert(0, OwnerKind::IpDepartment);
    }
    Ok(parts)
}

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
        if !parts.contains_key(&c.department_id) {
            parts.insert(c.department_id, department_parts(conn, c.department_id)?);
        }
        let q = question_for(standard, &table, &c.clause, &parts[&c.department_id]);
        out.push((c.department_id, c.clause.clone(), q));
    }
    Ok(out)
}
