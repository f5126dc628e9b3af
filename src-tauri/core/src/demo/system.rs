//! The demo's second stage: a complete diagnosis, the generated document set
//! and the 职能分配表, the set approved and issued, and controlled copies handed to the
//! departments that lead each document's clauses.

use crate::catalog::{self, ProgramProfile};
use crate::error::Result;
use crate::Project;

use super::Timeline;

/// A complete diagnosis, the generated document set approved and issued, the 职能分配表.
pub(super) fn populate(
    project: &mut Project,
    program: &ProgramProfile,
    tl: &Timeline,
) -> Result<()> {
    use crate::model::{DiagnosisInput, DiagnosisResult, RevisionReviewInput, RevisionSubmitInput};
    let catalog = catalog::load()?;
    let standard = catalog.standard(&program.standard_edition)?;
    for (i, c) in standard.leaves().enumerate() {
        let (result, reason) = match c.number.as_str() {
            "7.3.5" => (
                DiagnosisResult::NotApplicable,
                "公司未参与或组建知识产权联盟、专利池，近期亦无此计划".to_string(),
            ),
            "6.2" | "6.3" | "5.4.2" => (DiagnosisResult::Conform, String::new()),
            _ if i % 5 == 0 => (DiagnosisResult::Nonconform, String::new()),
            _ => (DiagnosisResult::Partial, String::new()),
        };
        let practice = match result {
            DiagnosisResult::Conform => format!("已有相应做法并保留记录：{}", c.typical_evidence),
            DiagnosisResult::Nonconform => "尚无相应的制度和记录".to_string(),
            _ => format!(
                "有部分做法，但未形成文件，记录不完整（如{}）",
                c.typical_evidence
            ),
        };
        let gap = match result {
            DiagnosisResult::Conform | DiagnosisResult::NotApplicable => String::new(),
            _ => format!("需按标准 {} 的要求：{}", c.number, c.summary),
        };
        project.save_diagnosis(
            standard,
            &c.key,
            &DiagnosisInput {
                result: Some(result),
                reason,
                current_practice: practice,
                gap,
            },
        )?;
    }
    project.generate_documents(standard, program)?;
    // Before issuing: the manual's 职能分配表 annex is printed from it.
    project.default_allocation(standard)?;
    let (issue, _) = project.planned_issue_dates(program)?;
    let issue = issue.unwrap_or_else(|| tl.d("2022-05-18"));
    let reviewed = crate::dates::add_days(issue, -6);
    project.date_drafts(crate::dates::add_days(issue, -20))?;
    let approved = crate::dates::add_days(issue, -3);
    for d in project.documents()? {
        let Some(w) = d.working else { continue };
        project.submit_revision(
            w.id,
            &RevisionSubmitInput {
                reviewer_id: None,
                approver_id: None,
            },
        )?;
        project.review_revision(
            w.id,
            &RevisionReviewInput {
                on: Some(reviewed),
                passed: true,
            },
        )?;
        project.approve_revision(w.id, Some(approved))?;
        if !d.doc_type.is_system_core() {
            project.publish_revision(w.id, Some(issue))?;
        }
    }
    project.issue_system(Some(issue), Some(issue))?;
    distribute(project, issue)?;
    Ok(())
}

/// One controlled copy of each published document to each department that
/// leads one of its clauses, on the issue date (文件发放回收记录).
fn distribute(project: &mut Project, on: chrono::NaiveDate) -> Result<()> {
    use crate::model::{AllocationRole, DistributionInput};
    let allocation = project.allocation()?;
    for d in project.documents()? {
        let Some(rev) = d.published else { continue };
        let mut deps: Vec<i64> = allocation
            .iter()
            .filter(|c| c.role == AllocationRole::Lead && d.clauses.contains(&c.clause))
            .map(|c| c.department_id)
            .collect();
        deps.sort_unstable();
        deps.dedup();
        for (n, dep) in deps.into_iter().enumerate() {
            project.add_distribution(
                rev.id,
                &DistributionInput {
                    copy_no: format!("{}-{:02}", d.code, n + 1),
                    recipient_department_id: Some(dep),
                    recipient_person_id: None,
                    issued_on: Some(on),
                },
            )?;
        }
    }
    Ok(())
}
