//! Generates the default document set as drafts, filling placeholders from
//! the project's data. What cannot be filled stays visible as `{{…}}` and is
//! listed, and 体系发布 refuses it.

use chrono::{Datelike, NaiveDate};

use super::Project;
use crate::catalog::templates::{self, OwnerKind, Template};
use crate::catalog::{ProgramProfile, StandardEdition};
use crate::doctext;
use crate::error::Result;
use crate::model::{DocumentInput, PersonQuery, Role, Secrecy};

/// Fills a template's body; `{{文件编号}}` gets the document's own code.
pub fn fill(t: &Template, values: &[(&'static str, Option<String>)], code: &str) -> String {
    doctext::fill(&t.body, |n| {
        if n == "文件编号" {
            return Some(code.to_string());
        }
        values
            .iter()
            .find(|(k, _)| *k == n)
            .and_then(|(_, v)| v.clone())
    })
}

pub fn chinese_date(d: NaiveDate) -> String {
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

/// What a generation run did.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct GenerationReport {
    pub created: u32,
    /// Templates skipped because their document already exists.
    pub skipped: u32,
    /// `文件编号 标题：占位符、…` for drafts with unfilled placeholders.
    pub unfilled: Vec<String>,
    /// `文件编号 标题：无部门承担“…”职能，略去 n 处`: what the drafts leave
    /// out because no department plays a part they name.
    pub dropped: Vec<String>,
    /// References to documents the project does not have.
    pub unresolved: Vec<String>,
}

impl Project {
    /// The value of a placeholder for this project (`None` = not known yet).
    pub fn placeholder_value(
        &self,
        program: &ProgramProfile,
        name: &str,
    ) -> Result<Option<String>> {
        let prof = self.profile()?;
        let org = self.organisation()?;
        let holder =
            |r: Role| -> Result<Option<String>> { Ok(self.role_holder(r)?.map(|p| p.name)) };
        let (policy, objectives): (String, String) = self.conn().query_row(
            "SELECT policy, objectives FROM document_setting WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        let (issue, implement) = self.planned_issue_dates(program)?;
        let text = |s: &str| (!s.trim().is_empty()).then(|| s.trim().to_string());
        Ok(match name {
            "企业名称" => text(&prof.name),
            "统一社会信用代码" => text(&prof.credit_code),
            "企业地址" => text(&prof.address),
            "法定代表人" => text(&prof.legal_representative),
            "所属行业" => text(&prof.industry),
            "职工人数" => prof.staff_count.map(|n| n.to_string()),
            "最高管理者" => holder(Role::TopManager)?,
            "管理者代表" => holder(Role::ManagementRepresentative)?,
            "知识产权部门" => org.lead_department_name.clone(),
            "知识产权方针" => text(&policy),
            "知识产权目标" => text(&objectives),
            "发布日期" => issue.map(chinese_date),
            "实施日期" => implement.map(chinese_date),
            "任命日期" => org.rep_appointed_on.map(chinese_date),
            "领导小组成立日期" => org.established_on.map(chinese_date),
            _ => None,
        })
    }

    /// The system's issue and implementation dates: as issued, else as planned
    /// (the plan's 体系发布 task).
    pub fn planned_issue_dates(
        &self,
        _program: &ProgramProfile,
    ) -> Result<(Option<NaiveDate>, Option<NaiveDate>)> {
        if let Some(i) = self.system_issue()? {
            return Ok((Some(i.issued_on), Some(i.implemented_on)));
        }
        let planned: Option<NaiveDate> = self
            .conn()
            .query_row(
                "SELECT planned_start FROM plan_task WHERE title LIKE '体系发布%' ORDER BY planned_start LIMIT 1",
                [],
                |r| r.get(0),
            )
            .ok();
        Ok((planned, planned))
    }

    /// The department owning a template's document: the IP department for
    /// `ip_department`, else the first playing the template's part.
    pub(super) fn owner_department(&self, owner: Option<OwnerKind>) -> Result<Option<i64>> {
        let Some(kind) = owner else { return Ok(None) };
        if kind == OwnerKind::IpDepartment {
            if let Some(id) = self.organisation()?.lead_department_id {
                return Ok(Some(id));
            }
        }
        // The first department playing the part (by its parts, not its name).
        Ok(self
            .departments(false)?
            .into_iter()
            .find(|d| d.parts.contains(&kind))
            .map(|d| d.id))
    }

    /// Every placeholder's value for this project, looked up once.
    pub fn placeholder_values(
        &self,
        program: &ProgramProfile,
    ) -> Result<Vec<(&'static str, Option<String>)>> {
        doctext::PLACEHOLDERS
            .iter()
            .map(|n| Ok((*n, self.placeholder_value(program, n)?)))
            .collect()
    }

    /// Creates every template's document as a draft (templates already used
    /// by a current document are skipped).
    pub fn generate_documents(
        &mut self,
        standard: &StandardEdition,
        program: &ProgramProfile,
    ) -> Result<GenerationReport> {
        let all = templates::for_edition(&standard.code)?;
        let existing: Vec<String> = self
            .documents()?
            .into_iter()
            // An archived document (a former edition's, after 换版) no longer holds its template.
            .filter(|d| !d.archived)
            .filter_map(|d| d.template_key)
            .collect();
        let author = self.organisation()?.coordinator_id.or(self
            .people(&PersonQuery {
                role: Some(Role::IpStaff),
                ..Default::default()
            })?
            .first()
            .map(|p| p.id));
        let values = self.placeholder_values(program)?;
        let mut report = GenerationReport {
            created: 0,
            skipped: 0,
            unfilled: Vec::new(),
            dropped: Vec::new(),
            unresolved: Vec::new(),
        };
        let mut drafts = Vec::new();
        for t in &all {
            if existing.contains(&t.key) {
                report.skipped += 1;
                continue;
            }
            let code = self.next_document_code(t.doc_type)?;
            let content = fill(t, &values, &code);
            let input = DocumentInput {
                doc_type: Some(t.doc_type),
                code: code.clone(),
                title: t.title.clone(),
                owner_department_id: self.owner_department(t.owner)?,
                // A corrected table may lack a clause the template names.
                clauses: t
                    .clauses
                    .iter()
                    .filter(|c| standard.is_leaf(c))
                    .cloned()
                    .collect(),
                secrecy: Some(Secrecy::Internal),
                retention: t.retention.clone(),
            };
            let missing = doctext::unfilled(&content);
            self.create_document(standard, &input, &content, author, Some(&t.key))?;
            if !missing.is_empty() {
                report
                    .unfilled
                    .push(format!("{code} {}：{}", t.title, missing.join("、")));
            }
            report.created += 1;
            drafts.push((format!("{code} {}", t.title), content));
        }
        // Rendered once the whole set exists, so references within it resolve.
        let refs = self.reference_context(standard)?;
        for (label, content) in &drafts {
            let r = refs.render(label, content);
            report.dropped.extend(r.dropped);
            report.unresolved.extend(r.unresolved);
        }
        Ok(report)
    }
}
