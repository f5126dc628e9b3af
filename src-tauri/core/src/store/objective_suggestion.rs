//! Default annual 知识产权目标 in proportion to the enterprise, for the
//! document settings (the policy and objectives F01 and M01 take).

use super::department_parts::department_parts;
use super::Project;
use crate::catalog::objective_defaults::{self, EnterpriseFacts};
use crate::catalog::templates::OwnerKind;
use crate::error::Result;
use crate::model::SuggestedObjectives;

impl Project {
    /// Annual targets scaled to the profile's 职工人数 and IP holdings and to
    /// the register's R&D staff (people in departments playing the R&D
    /// part), with how they were derived. Only a suggestion: nothing is
    /// saved until the user saves the document settings.
    pub fn suggested_objectives(&self) -> Result<SuggestedObjectives> {
        let profile = self.profile()?;
        let mut st = self.conn().prepare(
            "SELECT p.department_id, count(*) FROM person p
               LEFT JOIN department d ON d.id = p.department_id
              WHERE p.archived = 0 AND (d.id IS NULL OR d.archived = 0)
              GROUP BY p.department_id",
        )?;
        let counts: Vec<(Option<i64>, u32)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut facts = EnterpriseFacts {
            staff_count: profile.staff_count,
            holdings: profile.ip_holdings,
            ..Default::default()
        };
        for (department, n) in counts {
            facts.registered_staff += n;
            if let Some(d) = department {
                if department_parts(self.conn(), d)?.contains(&OwnerKind::RdDepartment) {
                    facts.rd_staff += n;
                }
            }
        }
        Ok(objective_defaults::builtin()?.suggest(&facts))
    }
}
