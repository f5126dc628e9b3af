//! The clause × document coverage, the 职能分配表, and 体系发布.

use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};

use super::revisions::publish_in;
use super::{now, Project};
use crate::catalog::StandardEdition;
use crate::error::{CoreError, Result};
use crate::model::{
    AllocationCell, AllocationRole, Coverage, CoverageRow, Document, RevisionStatus, SystemIssue,
};
use crate::validate;

impl Project {
    /// Every leaf clause with the documents covering it; applicable clauses
    /// without a published document are the gaps.
    pub fn coverage(&self, standard: &StandardEdition) -> Result<Coverage> {
        self.coverage_of(standard, &self.documents_unchecked()?)
    }

    /// [`Project::coverage`] by the documents `docs` (the register, read by the caller).
    pub(crate) fn coverage_of(
        &self,
        standard: &StandardEdition,
        docs: &[Document],
    ) -> Result<Coverage> {
        let not_applicable = self.not_applicable_clauses()?;
        let mut rows = Vec::new();
        for c in standard.leaves() {
            let covering = docs
                .iter()
                .filter(|d| !d.archived && d.clauses.contains(&c.key));
            let (published, pending): (Vec<_>, Vec<_>) =
                covering.partition(|d| d.published.is_some());
            rows.push(CoverageRow {
                clause: c.key.clone(),
                title: c.title.clone(),
                applicable: !not_applicable.contains(&c.key),
                published: published.iter().map(|d| d.code.clone()).collect(),
                pending: pending.iter().map(|d| d.code.clone()).collect(),
            });
        }
        let gaps = rows
            .iter()
            .filter(|r| r.applicable && r.published.is_empty())
            .map(|r| r.clause.clone())
            .collect();
        Ok(Coverage { rows, gaps })
    }

    pub fn allocation(&self) -> Result<Vec<AllocationCell>> {
        let mut st = self.conn().prepare(
            "SELECT f.department_id, f.clause, f.role FROM function_allocation f
               JOIN department d ON d.id = f.department_id WHERE d.archived = 0",
        )?;
        let v = st
            .query_map([], |r| {
                let role: String = r.get(2)?;
                Ok(AllocationCell {
                    department_id: r.get(0)?,
                    clause: r.get(1)?,
                    role: AllocationRole::from_code(&role).unwrap_or(AllocationRole::Support),
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(v)
    }

    /// Sets one cell (`None` clears it).
    pub fn set_allocation(
        &mut self,
        standard: &StandardEdition,
        department_id: i64,
        clause: &str,
        role: Option<AllocationRole>,
    ) -> Result<()> {
        if !standard.is_leaf(clause) {
            return Err(CoreError::invalid(format!(
                "条款 {clause} 不是 {} 的末级条款",
                standard.id
            )));
        }
        let d = self.department(department_id)?;
        if d.archived {
            return Err(CoreError::conflict(format!("部门“{}”已归档", d.name)));
        }
        self.write(|tx| {
            match role {
                None => {
                    tx.execute("DELETE FROM function_allocation WHERE department_id = ?1 AND clause = ?2", params![department_id, clause])?;
                }
                Some(r) => {
                    tx.execute(
                        "INSERT INTO function_allocation (department_id, clause, role) VALUES (?1, ?2, ?3)
                         ON CONFLICT (department_id, clause) DO UPDATE SET role = ?3",
                        params![department_id, clause, r.code()],
                    )?;
                }
            }
            Ok(())
        })
    }

    /// Fills an empty 职能分配表 from the documents: each procedure's owning
    /// department leads its clauses; the lead (IP) department supports the rest.
    pub fn default_allocation(&mut self, standard: &StandardEdition) -> Result<usize> {
        if !self.allocation()?.is_empty() {
            return Err(CoreError::conflict("职能分配表已有内容，请直接修改"));
        }
        let lead_dep = self.organisation()?.lead_department_id;
        let docs = self.documents_unchecked()?;
        let mut cells: Vec<(i64, String, &str)> = Vec::new();
        for c in standard.leaves() {
            let owners: Vec<i64> = docs
                .iter()
                .filter(|d| {
                    d.doc_type == crate::model::DocType::Procedure && d.clauses.contains(&c.key)
                })
                .filter_map(|d| d.owner_department_id)
                .collect();
            let lead = owners.first().copied().or(lead_dep);
            if let Some(l) = lead {
                cells.push((l, c.key.clone(), "lead"));
            }
            for o in owners.iter().skip(1).chain(lead_dep.iter()) {
                if Some(*o) != lead && !cells.iter().any(|x| x.0 == *o && x.1 == c.key) {
                    cells.push((*o, c.key.clone(), "support"));
                }
            }
        }
        self.write(|tx| {
            for (d, c, r) in &cells {
                tx.execute("INSERT INTO function_allocation (department_id, clause, role) VALUES (?1, ?2, ?3)", params![d, c, r])?;
            }
            Ok(cells.len())
        })
    }

    pub fn system_issue(&self) -> Result<Option<SystemIssue>> {
        Ok(self
            .conn()
            .query_row(
                "SELECT issued_on, implemented_on FROM system_issue WHERE id = 1",
                [],
                |r| {
                    Ok(SystemIssue {
                        issued_on: r.get(0)?,
                        implemented_on: r.get(1)?,
                    })
                },
            )
            .optional()?)
    }

    /// 体系发布: publishes the policy, manual and procedures together. Refuses,
    /// naming each, while any is unapproved or has unfilled placeholders.
    pub fn issue_system(
        &mut self,
        issued_on: Option<NaiveDate>,
        implemented_on: Option<NaiveDate>,
    ) -> Result<SystemIssue> {
        let issued_on = validate::required_date("发布日期", issued_on)?;
        let implemented_on = validate::required_date("实施日期", implemented_on)?;
        if implemented_on < issued_on {
            return Err(CoreError::invalid(format!(
                "实施日期 {implemented_on} 早于发布日期 {issued_on}"
            )));
        }
        let (core, to_publish) = match self.system_issue_check(Some(issued_on))? {
            Ok(ready) => ready,
            Err(why) => return Err(CoreError::conflict(why)),
        };
        // Issued as they read today (one rendering of the whole set).
        let ctx = self.own_reference_context()?;
        let issued: Vec<(i64, String)> = core
            .iter()
            .filter_map(|d| d.working.as_ref().filter(|w| to_publish.contains(&w.id)))
            .map(|w| (w.id, ctx.render("", &w.content).text))
            .collect();
        self.write(|tx| {
            for (id, text) in &issued {
                publish_in(tx, *id, issued_on, text)?;
            }
            tx.execute(
                "INSERT INTO system_issue (id, issued_on, implemented_on, created_at) VALUES (1, ?1, ?2, ?3)",
                params![issued_on, implemented_on, now()],
            )?;
            Ok(())
        })?;
        Ok(SystemIssue {
            issued_on,
            implemented_on,
        })
    }

    /// Why the system cannot be issued (on `issued_on`, when known): already
    /// issued, a core document type missing, or a core document not approved
    /// and complete. `None` when it can be.
    pub(super) fn system_issue_refusal(
        &self,
        issued_on: Option<NaiveDate>,
    ) -> Result<Option<String>> {
        Ok(self.system_issue_check(issued_on)?.err())
    }

    /// The core documents and the revisions 体系发布 would publish, or why it cannot.
    #[allow(clippy::type_complexity)]
    fn system_issue_check(
        &self,
        issued_on: Option<NaiveDate>,
    ) -> Result<std::result::Result<(Vec<Document>, Vec<i64>), String>> {
        if let Some(done) = self.system_issue()? {
            return Ok(Err(format!(
                "体系已于 {} 发布、{} 实施；此后的修订请逐份发布",
                done.issued_on, done.implemented_on
            )));
        }
        let core: Vec<_> = self
            .documents_unchecked()?
            .into_iter()
            .filter(|d| d.doc_type.is_system_core() && !d.archived)
            .collect();
        let mut problems = Vec::new();
        let mut to_publish = Vec::new();
        for t in [
            crate::model::DocType::Policy,
            crate::model::DocType::Manual,
            crate::model::DocType::Procedure,
        ] {
            if !core.iter().any(|d| d.doc_type == t) {
                problems.push(format!("缺少{}", t.label()));
            }
        }
        for d in &core {
            match &d.working {
                Some(w) if w.status == RevisionStatus::Approved => {
                    if !w.unfilled.is_empty() {
                        problems.push(format!(
                            "{} {}：占位符未填写（{}）",
                            d.code,
                            d.title,
                            w.unfilled.join("、")
                        ));
                    } else if issued_on.is_some_and(|on| w.approved_on.is_some_and(|a| a > on)) {
                        problems.push(format!("{} {}：批准日期晚于发布日期", d.code, d.title));
                    } else {
                        to_publish.push(w.id);
                    }
                }
                Some(w) => problems.push(format!(
                    "{} {}：{} 版尚未批准（{}）",
                    d.code,
                    d.title,
                    w.version,
                    w.status.label()
                )),
                None if d.published.is_some() => {}
                None => problems.push(format!("{} {}：没有可发布的版本", d.code, d.title)),
            }
        }
        if !problems.is_empty() {
            return Ok(Err(format!("暂不能发布体系：\n{}", problems.join("\n"))));
        }
        Ok(Ok((core, to_publish)))
    }
}
