//! 申请前提: the certification scope, the business licence (its validity,
//! 登记状态 and scan) and the no-penalty declaration, one row per project
//! (read by the readiness rules in `rules/readiness/preconditions.rs`).

use rusqlite::params;

use super::{attachments, now, Project};
use crate::error::{CoreError, Result};
use crate::model::{Preconditions, PreconditionsInput};
use crate::validate;

impl Project {
    pub fn preconditions(&self) -> Result<Preconditions> {
        Ok(self
            .conn()
            .query_row(
                "SELECT a.scope_products, a.scope_sites, a.scope_headcount, a.licence_valid_until,
                    a.licence_long_term, a.status_checked_on, a.declared_on, a.declared_by,
                    p.name, a.updated_at, a.licence_attachment_id
               FROM application_precondition a LEFT JOIN person p ON p.id = a.declared_by
              WHERE a.id = 1",
                [],
                |r| {
                    Ok(Preconditions {
                        input: PreconditionsInput {
                            scope_products: r.get(0)?,
                            scope_sites: r.get(1)?,
                            scope_headcount: r.get(2)?,
                            licence_valid_until: r.get(3)?,
                            licence_long_term: r.get(4)?,
                            status_checked_on: r.get(5)?,
                            declared_on: r.get(6)?,
                            declared_by: r.get(7)?,
                            licence_attachment_id: r.get(10)?,
                        },
                        declared_by_name: r.get(8)?,
                        licence: None,
                        updated_at: r.get(9)?,
                    })
                },
            )
            .and_then(|mut p: Preconditions| {
                p.licence = attachments::load(self.conn(), p.input.licence_attachment_id)?;
                Ok(p)
            })?)
    }

    pub fn save_preconditions(&mut self, input: &PreconditionsInput) -> Result<Preconditions> {
        let products = validate::optional("认证范围（产品与服务）", &input.scope_products, 1000)?;
        let sites = validate::optional("认证范围（场所）", &input.scope_sites, 1000)?;
        if input.scope_headcount == Some(0) {
            return Err(CoreError::invalid("认证范围覆盖人数须大于 0"));
        }
        let valid_until = validate::date("营业执照有效期", input.licence_valid_until)?;
        let valid_until = if input.licence_long_term {
            None
        } else {
            valid_until
        };
        let checked = validate::date("登记状态核查日期", input.status_checked_on)?;
        let declared_on = validate::date("声明确认日期", input.declared_on)?;
        let declared_by = match input.declared_by {
            Some(id) => {
                let p = self.person(id)?;
                if p.archived {
                    return Err(CoreError::conflict(format!(
                        "“{}”已归档，不能确认声明",
                        p.name
                    )));
                }
                Some(id)
            }
            None => None,
        };
        if declared_on.is_some() != declared_by.is_some() {
            return Err(CoreError::invalid("声明须同时填写确认日期和确认人"));
        }
        self.write(|tx| {
            attachments::check(tx, input.licence_attachment_id)?;
            tx.execute(
                "UPDATE application_precondition SET scope_products = ?1, scope_sites = ?2,
                        scope_headcount = ?3, licence_valid_until = ?4, licence_long_term = ?5,
                        status_checked_on = ?6, declared_on = ?7, declared_by = ?8, updated_at = ?9,
                        licence_attachment_id = ?10
                  WHERE id = 1",
                params![
                    products,
                    sites,
                    input.scope_headcount,
                    valid_until,
                    input.licence_long_term,
                    checked,
                    declared_on,
                    declared_by,
                    now(),
                    input.licence_attachment_id
                ],
            )?;
            Ok(())
        })?;
        self.preconditions()
    }
}
