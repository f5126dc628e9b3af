//! The 贯标工作领导小组, lead department, day-to-day coordinator, consultant
//! and the 管理者代表 appointment.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::{now, Project};
use crate::credit_code::{self, CreditCodeCheck};
use crate::error::{CoreError, Result};
use crate::model::{
    GroupMember, GroupPosition, ImplementationMode, Organisation, OrganisationInput, Role,
};
use crate::validate;

impl Project {
    pub fn organisation(&self) -> Result<Organisation> {
        let mut o = self.conn().query_row(
            "SELECT o.established_on, o.doc_number, o.lead_department_id, d.name, o.coordinator_id, p.name,
                    o.mode, o.consultant_name, o.consultant_credit_code, o.consultant_contact,
                    o.consultant_phone, o.consultant_contract_on, o.rep_appointed_on,
                    o.rep_appointment_doc, o.updated_at
               FROM organisation o
               LEFT JOIN department d ON d.id = o.lead_department_id
               LEFT JOIN person p ON p.id = o.coordinator_id
              WHERE o.id = 1",
            [],
            |r| {
                let mode: String = r.get(6)?;
                Ok(Organisation {
                    established_on: r.get(0)?,
                    doc_number: r.get(1)?,
                    lead_department_id: r.get(2)?,
                    lead_department_name: r.get(3)?,
                    coordinator_id: r.get(4)?,
                    coordinator_name: r.get(5)?,
                    mode: ImplementationMode::from_code(&mode),
                    consultant_name: r.get(7)?,
                    consultant_credit_code: r.get(8)?,
                    consultant_contact: r.get(9)?,
                    consultant_phone: r.get(10)?,
                    consultant_contract_on: r.get(11)?,
                    rep_appointed_on: r.get(12)?,
                    rep_appointment_doc: r.get(13)?,
                    members: Vec::new(),
                    warnings: Vec::new(),
                    updated_at: r.get(14)?,
                })
            },
        )?;
        let mut st = self.conn().prepare(
            "SELECT m.person_id, p.name, p.position, d.name, m.position, m.duties, p.archived
               FROM leadership_member m JOIN person p ON p.id = m.person_id
               LEFT JOIN department d ON d.id = p.department_id
              ORDER BY CASE m.position WHEN 'leader' THEN 0 WHEN 'deputy' THEN 1 ELSE 2 END, m.sort_order",
        )?;
        o.members = st
            .query_map([], |r| {
                let pos: String = r.get(4)?;
                Ok(GroupMember {
                    person_id: r.get(0)?,
                    person_name: r.get(1)?,
                    person_position: r.get(2)?,
                    department_name: r.get(3)?,
                    position: GroupPosition::from_code(&pos).unwrap_or(GroupPosition::Member),
                    duties: r.get(5)?,
                    archived: r.get(6)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        o.warnings = self.organisation_warnings(&o)?;
        Ok(o)
    }

    fn organisation_warnings(&self, o: &Organisation) -> Result<Vec<String>> {
        let mut w = Vec::new();
        let leaders: Vec<&GroupMember> = o
            .members
            .iter()
            .filter(|m| m.position == GroupPosition::Leader)
            .collect();
        if o.members.is_empty() {
            w.push("尚未组建贯标工作领导小组".to_string());
        } else if leaders.is_empty() {
            w.push("领导小组尚未指定组长".to_string());
        }
        for l in leaders {
            let p = self.person(l.person_id)?;
            if !p
                .roles
                .iter()
                .any(|r| matches!(r, Role::TopManager | Role::SeniorManager))
            {
                w.push(format!(
                    "组长 {} 不是最高管理者或高层管理人员：方案要求领导小组由高层管理人员负责",
                    p.name
                ));
            }
        }
        for m in &o.members {
            if m.archived {
                w.push(format!(
                    "领导小组成员 {} 已归档，请调整小组名单",
                    m.person_name
                ));
            }
        }
        if o.lead_department_id.is_none() {
            w.push("尚未确定牵头部门".to_string());
        }
        if o.coordinator_id.is_none() {
            w.push("尚未安排专人负责贯标日常工作".to_string());
        }
        if o.mode.is_none() {
            w.push("尚未确定委托辅导机构或独立实施".to_string());
        }
        if o.rep_appointed_on.is_none() {
            w.push("尚未登记管理者代表任命书日期".to_string());
        }
        Ok(w)
    }

    pub fn save_organisation(&mut self, input: &OrganisationInput) -> Result<Organisation> {
        let established_on = validate::date("成立日期", input.established_on)?;
        let doc_number = validate::optional("成立文件文号", &input.doc_number, 40)?;
        let consultant_contract_on = validate::date("辅导合同日期", input.consultant_contract_on)?;
        let rep_appointed_on = validate::date("任命日期", input.rep_appointed_on)?;
        let rep_doc = validate::optional("任命书文号", &input.rep_appointment_doc, 40)?;
        let (name, code, contact, phone) = match input.mode {
            Some(ImplementationMode::Consultant) => {
                let code = credit_code::normalize(&input.consultant_credit_code);
                if !code.is_empty() {
                    if let CreditCodeCheck::Malformed(m) = credit_code::check(&code) {
                        return Err(CoreError::invalid(format!("辅导机构的{m}")));
                    }
                }
                (
                    validate::required("辅导机构名称", &input.consultant_name, 100)?,
                    code,
                    validate::optional("辅导机构联系人", &input.consultant_contact, 50)?,
                    validate::phone("辅导机构联系电话", &input.consultant_phone)?,
                )
            }
            _ => Default::default(),
        };
        let leaders = input
            .members
            .iter()
            .filter(|m| m.position == GroupPosition::Leader)
            .count();
        if leaders > 1 {
            return Err(CoreError::conflict("领导小组只能有一位组长"));
        }
        let mut seen = BTreeSet::new();
        for m in &input.members {
            if !seen.insert(m.person_id) {
                let p = self.person(m.person_id)?;
                return Err(CoreError::conflict(format!(
                    "{} 在领导小组中重复出现",
                    p.name
                )));
            }
            validate::optional("职责", &m.duties, 500)?;
        }
        let today = chrono::Local::now().date_naive();
        if let Some(d) = established_on.filter(|d| *d > today + chrono::Days::new(366)) {
            return Err(CoreError::invalid(format!("成立日期 {d} 太远，请核对")));
        }
        self.write(|tx| {
            if let Some(dep) = input.lead_department_id {
                let a: Option<(String, bool)> = tx
                    .query_row("SELECT name, archived FROM department WHERE id = ?1", [dep], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?;
                match a {
                    None => return Err(CoreError::not_found(format!("牵头部门（编号 {dep}）不存在"))),
                    Some((n, true)) => return Err(CoreError::conflict(format!("部门“{n}”已归档，不能作为牵头部门"))),
                    _ => {}
                }
            }
            for pid in input.coordinator_id.iter().chain(input.members.iter().map(|m| &m.person_id)) {
                let a: Option<(String, bool)> = tx
                    .query_row("SELECT name, archived FROM person WHERE id = ?1", [pid], |r| Ok((r.get(0)?, r.get(1)?)))
                    .optional()?;
                match a {
                    None => return Err(CoreError::invalid(format!("人员（编号 {pid}）不在人员名单中"))),
                    Some((n, true)) => return Err(CoreError::conflict(format!("{n} 已归档，不能加入领导小组或负责贯标工作"))),
                    _ => {}
                }
            }
            tx.execute(
                "UPDATE organisation SET established_on=?1, doc_number=?2, lead_department_id=?3, coordinator_id=?4,
                    mode=?5, consultant_name=?6, consultant_credit_code=?7, consultant_contact=?8,
                    consultant_phone=?9, consultant_contract_on=?10, rep_appointed_on=?11,
                    rep_appointment_doc=?12, updated_at=?13 WHERE id = 1",
                params![
                    established_on,
                    doc_number,
                    input.lead_department_id,
                    input.coordinator_id,
                    input.mode.map_or("", ImplementationMode::code),
                    name,
                    code,
                    contact,
                    phone,
                    if input.mode == Some(ImplementationMode::Consultant) { consultant_contract_on } else { None::<NaiveDate> },
                    rep_appointed_on,
                    rep_doc,
                    now()
                ],
            )?;
            // Members kept are updated in place: the change history shows only real changes.
            let ids: Vec<i64> = input.members.iter().map(|m| m.person_id).collect();
            tx.execute(
                "DELETE FROM leadership_member WHERE person_id NOT IN (SELECT value FROM json_each(?1))",
                [serde_json::to_string(&ids).expect("ids serialise")],
            )?;
            let mut st = tx.prepare(
                "INSERT INTO leadership_member (person_id, position, duties, sort_order) VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (person_id) DO UPDATE SET position = excluded.position, duties = excluded.duties, sort_order = excluded.sort_order",
            )?;
            for (i, m) in input.members.iter().enumerate() {
                st.execute(params![m.person_id, m.position.code(), m.duties.trim(), i as i64])?;
            }
            Ok(())
        })?;
        self.organisation()
    }
}
