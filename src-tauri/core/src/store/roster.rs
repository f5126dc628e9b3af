//! Importing a roster: a preview that names each row's problem, then an
//! all-or-nothing import in one transaction.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;

use super::{now, people, Project};
use crate::catalog::templates::OwnerKind;
use crate::error::{CoreError, Result};
use crate::model::{ImportPreview, ImportRow, PersonInput, PersonQuery, Role};
use crate::roster::{self, RawRow};
use crate::validate;

fn parse_roles(text: &str) -> std::result::Result<Vec<Role>, String> {
    let mut out = Vec::new();
    for part in text
        .split(['、', ',', '，', ';', '；', '/', ' '])
        .map(str::trim)
        .filter(|s| !s.is_empty())
    {
        match Role::ALL
            .into_iter()
            .find(|r| r.label() == part || r.code() == part)
        {
            Some(r) => out.push(r),
            None => return Err(format!("未知角色“{part}”")),
        }
    }
    Ok(out)
}

impl Project {
    /// Reads `path` and checks every row against the project; writes nothing.
    pub fn preview_roster(&self, path: &Path, create_departments: bool) -> Result<ImportPreview> {
        let raw = roster::read(path)?;
        self.check_roster(&raw, create_departments)
    }

    fn check_roster(&self, raw: &[RawRow], create_departments: bool) -> Result<ImportPreview> {
        let deps: HashMap<String, i64> = self
            .departments(false)?
            .into_iter()
            .map(|d| (d.name, d.id))
            .collect();
        let existing = self.people(&PersonQuery::default())?;
        let existing_keys: HashSet<(String, Option<String>)> = existing
            .iter()
            .map(|p| (p.name.clone(), p.department_name.clone()))
            .collect();
        let existing_nos: HashSet<String> = existing
            .iter()
            .filter(|p| !p.employee_no.is_empty())
            .map(|p| p.employee_no.clone())
            .collect();
        let mut unique_holders: HashMap<Role, String> = HashMap::new();
        for p in &existing {
            for r in &p.roles {
                if r.is_unique() {
                    unique_holders.insert(*r, p.name.clone());
                }
            }
        }
        let mut seen: HashSet<(String, String)> = HashSet::new();
        let mut seen_nos: HashSet<String> = HashSet::new();
        let mut new_departments = BTreeSet::new();
        let mut rows = Vec::new();
        for r in raw {
            let [name, department, position, phone, email, employee_no, roles] = r.cells.clone();
            let mut problems = Vec::new();
            if name.is_empty() {
                problems.push("缺少姓名".to_string());
            } else if let Err(e) = validate::required("姓名", &name, 50) {
                problems.push(e.message);
            }
            if department.is_empty() {
                problems.push("缺少部门".to_string());
            } else if !deps.contains_key(&department) {
                if create_departments {
                    new_departments.insert(department.clone());
                } else {
                    problems.push(format!("部门“{department}”不存在"));
                }
            }
            if validate::phone("电话", &phone).is_err() {
                problems.push(format!("电话“{phone}”格式不正确"));
            }
            if let Err(e) = validate::email("邮箱", &email) {
                problems.push(e.message);
            }
            if let Err(e) = validate::optional("职务", &position, 50) {
                problems.push(e.message);
            }
            match parse_roles(&roles) {
                Err(e) => problems.push(e),
                Ok(rs) => {
                    if rs.contains(&Role::TopManager)
                        && rs.contains(&Role::ManagementRepresentative)
                    {
                        problems.push("最高管理者不能同时担任管理者代表".into());
                    }
                    for role in rs.iter().filter(|r| r.is_unique()) {
                        match unique_holders.get(role) {
                            Some(holder) => {
                                problems.push(format!("{}已由 {holder} 担任", role.label()))
                            }
                            None if !name.is_empty() => {
                                unique_holders.insert(*role, name.clone());
                            }
                            None => {}
                        }
                    }
                }
            }
            if !name.is_empty() {
                if existing_keys.contains(&(name.clone(), Some(department.clone()))) {
                    problems.push(format!("{department}已有同名人员 {name}"));
                }
                if !seen.insert((name.clone(), department.clone())) {
                    problems.push(format!("与文件中前面的行重复（{name}，{department}）"));
                }
            }
            if !employee_no.is_empty()
                && (existing_nos.contains(&employee_no) || !seen_nos.insert(employee_no.clone()))
            {
                problems.push(format!("工号 {employee_no} 重复"));
            }
            rows.push(ImportRow {
                line: r.line,
                name,
                department,
                position,
                phone,
                email,
                employee_no,
                roles,
                problems,
            });
        }
        let problem_count = rows.iter().filter(|r| !r.problems.is_empty()).count() as u32;
        Ok(ImportPreview {
            valid_count: rows.len() as u32 - problem_count,
            problem_count,
            rows,
            new_departments: new_departments.into_iter().collect(),
        })
    }

    /// Imports the whole file in one transaction, or nothing if any row has a problem.
    pub fn import_roster(
        &mut self,
        path: &Path,
        create_departments: bool,
    ) -> Result<ImportPreview> {
        let raw = roster::read(path)?;
        let preview = self.check_roster(&raw, create_departments)?;
        if preview.rows.is_empty() {
            return Err(CoreError::invalid("文件中没有可导入的人员"));
        }
        if preview.problem_count > 0 {
            return Err(CoreError::invalid(format!(
                "有 {} 行存在问题，未导入任何数据。请修改后重新导入",
                preview.problem_count
            )));
        }
        let mut deps: HashMap<String, i64> = self
            .departments(false)?
            .into_iter()
            .map(|d| (d.name, d.id))
            .collect();
        self.write(|tx| {
            let t = now();
            for name in &preview.new_departments {
                tx.execute(
                    "INSERT INTO department (name, created_at, updated_at) VALUES (?1, ?2, ?2)",
                    rusqlite::params![name, t],
                )?;
                let id = tx.last_insert_rowid();
                for part in OwnerKind::suggested_by(name) {
                    tx.execute(
                        "INSERT INTO department_part (department_id, part) VALUES (?1, ?2)",
                        rusqlite::params![id, part.code()],
                    )?;
                }
                deps.insert(name.clone(), id);
            }
            for r in &preview.rows {
                let input = PersonInput {
                    name: r.name.clone(),
                    department_id: deps.get(&r.department).copied(),
                    position: r.position.clone(),
                    phone: r.phone.clone(),
                    email: r.email.clone(),
                    employee_no: r.employee_no.clone(),
                    roles: parse_roles(&r.roles).unwrap_or_default(),
                };
                people::insert_person(tx, &input).map_err(|e| {
                    CoreError::new(
                        e.code,
                        format!(
                            "第 {} 行（{}）：{}。未导入任何数据",
                            r.line, r.name, e.message
                        ),
                    )
                })?;
            }
            Ok(())
        })?;
        Ok(preview)
    }
}
