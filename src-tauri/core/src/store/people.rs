//! People and their roles: add, edit, archive (never hard-deleted).

use std::collections::BTreeSet;

use rusqlite::{params, OptionalExtension, Row};

use super::departments::role_holder;
use super::{now, Project};
use crate::error::{CoreError, Result};
use crate::model::{Person, PersonInput, PersonQuery, Role};
use crate::validate;

const SELECT: &str = "SELECT p.id, p.name, p.department_id, d.name, p.position, p.phone, p.email,
        p.employee_no, p.archived,
        (SELECT group_concat(role) FROM person_role r WHERE r.person_id = p.id)
     FROM person p LEFT JOIN department d ON d.id = p.department_id";

fn row(r: &Row) -> rusqlite::Result<Person> {
    let roles: Option<String> = r.get(9)?;
    let mut roles: Vec<Role> = roles
        .unwrap_or_default()
        .split(',')
        .filter_map(Role::from_code)
        .collect();
    roles.sort();
    Ok(Person {
        id: r.get(0)?,
        name: r.get(1)?,
        department_id: r.get(2)?,
        department_name: r.get(3)?,
        position: r.get(4)?,
        phone: r.get(5)?,
        email: r.get(6)?,
        employee_no: r.get(7)?,
        archived: r.get(8)?,
        roles,
    })
}

fn clean(input: &PersonInput) -> Result<PersonInput> {
    let roles: BTreeSet<Role> = input.roles.iter().copied().collect();
    if roles.contains(&Role::TopManager) && roles.contains(&Role::ManagementRepresentative) {
        return Err(CoreError::conflict(
            "最高管理者不能同时担任管理者代表：管理者代表应由最高管理者在管理层中另行任命",
        ));
    }
    if roles.contains(&Role::DepartmentHead) && input.department_id.is_none() {
        return Err(CoreError::invalid(
            "部门负责人必须属于一个部门，请选择所在部门",
        ));
    }
    Ok(PersonInput {
        name: validate::required("姓名", &input.name, 50)?,
        department_id: input.department_id,
        position: validate::optional("职务", &input.position, 50)?,
        phone: validate::phone("电话", &input.phone)?,
        email: validate::email("邮箱", &input.email)?,
        employee_no: validate::optional("工号", &input.employee_no, 30)?,
        roles: roles.into_iter().collect(),
    })
}

/// Checks the department and role rules against the other active people.
fn check_rules(tx: &rusqlite::Transaction, p: &PersonInput, id: Option<i64>) -> Result<()> {
    if let Some(dep) = p.department_id {
        let state: Option<(String, bool)> = tx
            .query_row(
                "SELECT name, archived FROM department WHERE id = ?1",
                [dep],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        match state {
            None => {
                return Err(CoreError::not_found(format!(
                    "所选部门（编号 {dep}）不存在"
                )))
            }
            Some((name, true)) => {
                return Err(CoreError::conflict(format!(
                    "部门“{name}”已归档，不能再分配人员"
                )))
            }
            Some(_) => {}
        }
    }
    for role in &p.roles {
        if role.is_unique() {
            if let Some(holder) = role_holder(tx, *role, None, id)? {
                return Err(CoreError::conflict(format!(
                    "{}已由 {holder} 担任，一个企业只能有一位{}。如需更换，请先取消 {holder} 的该角色",
                    role.label(),
                    role.label()
                )));
            }
        }
    }
    if p.roles.contains(&Role::DepartmentHead) {
        if let Some(holder) = role_holder(tx, Role::DepartmentHead, p.department_id, id)? {
            return Err(CoreError::conflict(format!(
                "该部门的部门负责人已是 {holder}，每个部门只能有一位负责人"
            )));
        }
    }
    Ok(())
}

/// Validates and inserts one person inside a caller's transaction.
pub(crate) fn insert_person(tx: &rusqlite::Transaction, input: &PersonInput) -> Result<i64> {
    let p = clean(input)?;
    check_rules(tx, &p, None)?;
    tx.execute(
        "INSERT INTO person (name, department_id, position, phone, email, employee_no, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![p.name, p.department_id, p.position, p.phone, p.email, p.employee_no, now()],
    )?;
    let id = tx.last_insert_rowid();
    write_roles(tx, id, &p.roles)?;
    Ok(id)
}

fn write_roles(tx: &rusqlite::Transaction, id: i64, roles: &[Role]) -> Result<()> {
    let codes: Vec<&str> = roles.iter().map(|r| r.code()).collect();
    super::child_rows::replace(tx, ("person_role", "person_id", "role"), id, &codes)
}

impl Project {
    pub fn people(&self, q: &PersonQuery) -> Result<Vec<Person>> {
        let like = format!("%{}%", q.search.trim().replace(['%', '_'], ""));
        let sql = format!(
            "{SELECT}
             WHERE (p.archived = 0 OR ?1)
               AND (?2 IS NULL OR p.department_id = ?2)
               AND (?3 IS NULL OR EXISTS (SELECT 1 FROM person_role r WHERE r.person_id = p.id AND r.role = ?3))
               AND (?4 = '%%' OR p.name LIKE ?4 OR p.position LIKE ?4 OR p.phone LIKE ?4
                    OR p.email LIKE ?4 OR p.employee_no LIKE ?4 OR d.name LIKE ?4)
             ORDER BY p.archived, p.department_id IS NULL, d.id, p.id"
        );
        let mut st = self.conn().prepare(&sql)?;
        let rows = st.query_map(
            params![
                q.include_archived,
                q.department_id,
                q.role.map(|r| r.code()),
                like
            ],
            row,
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn person(&self, id: i64) -> Result<Person> {
        self.conn()
            .query_row(&format!("{SELECT} WHERE p.id = ?1"), [id], row)
            .optional()?
            .ok_or_else(|| CoreError::not_found(format!("人员（编号 {id}）不存在")))
    }

    pub fn create_person(&mut self, input: &PersonInput) -> Result<Person> {
        let id = self.write(|tx| insert_person(tx, input))?;
        self.person(id)
    }

    pub fn update_person(&mut self, id: i64, input: &PersonInput) -> Result<Person> {
        let current = self.person(id)?;
        if current.archived {
            return Err(CoreError::conflict(format!(
                "{} 已归档，不能修改；如需修改请先恢复",
                current.name
            )));
        }
        let p = clean(input)?;
        self.write(|tx| {
            check_rules(tx, &p, Some(id))?;
            tx.execute(
                "UPDATE person SET name=?1, department_id=?2, position=?3, phone=?4, email=?5,
                        employee_no=?6, updated_at=?7 WHERE id=?8",
                params![
                    p.name,
                    p.department_id,
                    p.position,
                    p.phone,
                    p.email,
                    p.employee_no,
                    now(),
                    id
                ],
            )?;
            write_roles(tx, id, &p.roles)?;
            Ok(())
        })?;
        self.person(id)
    }

    /// Archives a person: they leave the active lists but every record that refers to them keeps them.
    pub fn archive_person(&mut self, id: i64) -> Result<Person> {
        self.person(id)?;
        self.write(|tx| {
            tx.execute(
                "UPDATE person SET archived = 1, updated_at = ?1 WHERE id = ?2",
                params![now(), id],
            )?;
            Ok(())
        })?;
        self.person(id)
    }

    /// Restores an archived person, if their roles and department still fit.
    pub fn restore_person(&mut self, id: i64) -> Result<Person> {
        let current = self.person(id)?;
        let input = PersonInput {
            name: current.name.clone(),
            department_id: current.department_id,
            position: current.position.clone(),
            phone: current.phone.clone(),
            email: current.email.clone(),
            employee_no: current.employee_no.clone(),
            roles: current.roles.clone(),
        };
        self.write(|tx| {
            check_rules(tx, &input, Some(id))?;
            tx.execute(
                "UPDATE person SET archived = 0, updated_at = ?1 WHERE id = ?2",
                params![now(), id],
            )?;
            Ok(())
        })?;
        self.person(id)
    }
}

impl Project {
    /// The first active holder of a role (for unique roles, the holder).
    pub fn role_holder(&self, role: Role) -> Result<Option<Person>> {
        Ok(self
            .people(&PersonQuery {
                role: Some(role),
                ..Default::default()
            })?
            .into_iter()
            .next())
    }

    /// How many people (active or archived) the file holds.
    pub fn people_count_hint(&self) -> usize {
        self.conn()
            .query_row("SELECT count(*) FROM person", [], |r| r.get::<_, i64>(0))
            .unwrap_or(0) as usize
    }
}
