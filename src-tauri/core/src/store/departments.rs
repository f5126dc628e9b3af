//! Departments: add, edit, archive (never hard-deleted: records refer to them).

use rusqlite::{params, OptionalExtension, Row};

use super::{now, Project};
use crate::catalog::templates::OwnerKind;
use crate::error::{CoreError, Result};
use crate::model::{Department, DepartmentInput, Role};
use crate::validate;

const SELECT: &str = "SELECT d.id, d.name, d.code, d.responsibilities, d.archived,
        (SELECT count(*) FROM person p WHERE p.department_id = d.id AND p.archived = 0),
        (SELECT p.name FROM person p JOIN person_role r ON r.person_id = p.id
          WHERE p.department_id = d.id AND p.archived = 0 AND r.role = 'department_head' LIMIT 1),
        (SELECT group_concat(part, ',') FROM department_part WHERE department_id = d.id),
        d.id IS (SELECT lead_department_id FROM organisation WHERE id = 1)
     FROM department d";

fn row(r: &Row) -> rusqlite::Result<Department> {
    Ok(Department {
        id: r.get(0)?,
        name: r.get(1)?,
        code: r.get(2)?,
        responsibilities: r.get(3)?,
        archived: r.get(4)?,
        person_count: r.get(5)?,
        head_name: r.get(6)?,
        parts: parts(
            r.get::<_, Option<String>>(7)?.as_deref().unwrap_or(""),
            r.get(8)?,
        ),
        is_ip_department: r.get(8)?,
    })
}

/// Stored parts (comma-separated codes) in [`OwnerKind::ALL`] order; the IP
/// department plays `ip_department` whether stored or not.
pub(super) fn parts(stored: &str, is_ip_department: bool) -> Vec<OwnerKind> {
    OwnerKind::ALL
        .into_iter()
        .filter(|k| {
            stored.split(',').any(|c| c == k.code())
                || (is_ip_department && *k == OwnerKind::IpDepartment)
        })
        .collect()
}

/// Replaces a department's parts.
fn save_parts(tx: &rusqlite::Transaction, id: i64, parts: &[OwnerKind]) -> Result<()> {
    let codes: Vec<&str> = parts.iter().map(|k| k.code()).collect();
    super::child_rows::replace(tx, ("department_part", "department_id", "part"), id, &codes)
}

fn clean(input: &DepartmentInput) -> Result<DepartmentInput> {
    Ok(DepartmentInput {
        name: validate::required("部门名称", &input.name, 50)?,
        code: validate::optional("部门代码", &input.code, 20)?,
        responsibilities: validate::optional("部门职责", &input.responsibilities, 2000)?,
        // In the one order lists show them, each once.
        parts: OwnerKind::ALL
            .into_iter()
            .filter(|k| input.parts.contains(k))
            .collect(),
    })
}

fn check_unique(tx: &rusqlite::Transaction, name: &str, except: Option<i64>) -> Result<()> {
    let clash: Option<i64> = tx
        .query_row(
            "SELECT id FROM department WHERE name = ?1 AND archived = 0 AND id IS NOT ?2",
            params![name, except],
            |r| r.get(0),
        )
        .optional()?;
    if clash.is_some() {
        return Err(CoreError::conflict(format!("部门“{name}”已存在")));
    }
    Ok(())
}

impl Project {
    pub fn departments(&self, include_archived: bool) -> Result<Vec<Department>> {
        let sql = format!(
            "{SELECT} WHERE d.archived = 0 OR ?1 ORDER BY d.archived, d.code = '', d.code, d.id"
        );
        let mut st = self.conn().prepare(&sql)?;
        let rows = st.query_map([include_archived], row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn department(&self, id: i64) -> Result<Department> {
        self.conn()
            .query_row(&format!("{SELECT} WHERE d.id = ?1"), [id], row)
            .optional()?
            .ok_or_else(|| CoreError::not_found(format!("部门（编号 {id}）不存在")))
    }

    pub fn create_department(&mut self, input: &DepartmentInput) -> Result<Department> {
        let d = clean(input)?;
        let id = self.write(|tx| {
            check_unique(tx, &d.name, None)?;
            let t = now();
            tx.execute(
                "INSERT INTO department (name, code, responsibilities, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)",
                params![d.name, d.code, d.responsibilities, t],
            )?;
            let id = tx.last_insert_rowid();
            save_parts(tx, id, &d.parts)?;
            Ok(id)
        })?;
        self.department(id)
    }

    pub fn update_department(&mut self, id: i64, input: &DepartmentInput) -> Result<Department> {
        let d = clean(input)?;
        let current = self.department(id)?;
        if current.archived {
            return Err(CoreError::conflict(format!(
                "部门“{}”已归档，不能修改",
                current.name
            )));
        }
        self.write(|tx| {
            check_unique(tx, &d.name, Some(id))?;
            tx.execute(
                "UPDATE department SET name=?1, code=?2, responsibilities=?3, updated_at=?4 WHERE id=?5",
                params![d.name, d.code, d.responsibilities, now(), id],
            )?;
            save_parts(tx, id, &d.parts)?;
            Ok(())
        })?;
        self.department(id)
    }

    /// Archives a department that no active person belongs to.
    pub fn archive_department(&mut self, id: i64) -> Result<Department> {
        let d = self.department(id)?;
        if d.archived {
            return Ok(d);
        }
        if d.person_count > 0 {
            return Err(CoreError::conflict(format!(
                "部门“{}”还有 {} 名在职人员，请先将他们调到其他部门或归档，再归档该部门",
                d.name, d.person_count
            )));
        }
        self.write(|tx| {
            tx.execute(
                "UPDATE department SET archived = 1, updated_at = ?1 WHERE id = ?2",
                params![now(), id],
            )?;
            Ok(())
        })?;
        self.department(id)
    }

    /// Restores an archived department (its name must not clash with an active one).
    pub fn restore_department(&mut self, id: i64) -> Result<Department> {
        let d = self.department(id)?;
        self.write(|tx| {
            check_unique(tx, &d.name, Some(id))?;
            tx.execute(
                "UPDATE department SET archived = 0, updated_at = ?1 WHERE id = ?2",
                params![now(), id],
            )?;
            Ok(())
        })?;
        self.department(id)
    }
}

pub(super) fn role_holder(
    tx: &rusqlite::Transaction,
    role: Role,
    department: Option<i64>,
    except: Option<i64>,
) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            "SELECT p.name FROM person p JOIN person_role r ON r.person_id = p.id
              WHERE r.role = ?1 AND p.archived = 0 AND p.id IS NOT ?2
                AND (?3 IS NULL OR p.department_id = ?3)
              LIMIT 1",
            params![role.code(), except, department],
            |r| r.get(0),
        )
        .optional()?)
}
