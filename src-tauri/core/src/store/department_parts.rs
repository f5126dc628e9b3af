//! The parts (template owner codes) each department plays: what the audit
//! checklist asks a department and whose staff count as R&D staff when
//! targets are suggested.

use rusqlite::Connection;

use crate::catalog::templates::OwnerKind;
use crate::error::Result;

/// The parts a department plays, as the project records them (table
/// `department_part`, see [`crate::model::Department::parts`]): the
/// organisation's IP department always plays `ip_department`.
pub(super) fn department_parts(conn: &Connection, department_id: i64) -> Result<Vec<OwnerKind>> {
    let (stored, is_ip): (Option<String>, bool) = conn.query_row(
        "SELECT (SELECT group_concat(part, ',') FROM department_part WHERE department_id = ?1),
                ?1 IS (SELECT lead_department_id FROM organisation WHERE id = 1)",
        [department_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    Ok(super::departments::parts(
        stored.as_deref().unwrap_or(""),
        is_ip,
    ))
}
