//! The parts (template owner codes) each department plays: what the audit
//! checklist asks a department and whose staff count as R&D staff when
//! targets are suggested.

use rusqlite::{Connection, OptionalExtension};

use crate::catalog::templates::OwnerKind;
use crate::error::Result;

/// The parts a department plays: the organisation's IP department always
/// plays `ip_department`; the others follow from the department's name
/// ([`OwnerKind::suggested_by`]). The one place the core learns them (to
/// read the project's own assignment once departments record it).
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
