//! The 概览 dashboard's counts: what needs attention now (open
//! nonconformities, overdue tasks and actions, documents waiting for a
//! step, people short of credits) and how far the coverage has come.

use chrono::NaiveDate;

use super::Project;
use crate::catalog::{ProgramProfile, StandardEdition};
use crate::error::Result;
use crate::model::{NcStatus, OverviewCounts, RevisionStatus, TaskHealth};

fn count<T>(v: impl IntoIterator<Item = T>, f: impl Fn(&T) -> bool) -> u32 {
    v.into_iter().filter(|x| f(x)).count() as u32
}

impl Project {
    pub fn overview_counts(
        &self,
        program: &ProgramProfile,
        standard: &StandardEdition,
        today: NaiveDate,
    ) -> Result<OverviewCounts> {
        let ncs = self.nonconformities(None, today)?;
        let plan = self.plan(program, today)?;
        let outputs_overdue: u32 = self
            .reviews()?
            .iter()
            .map(|r| {
                count(&r.outputs, |o| {
                    !o.done && o.due_on.is_some_and(|d| d < today)
                })
            })
            .sum();
        let docs: Vec<_> = self
            .documents_unchecked()?
            .into_iter()
            .filter(|d| !d.archived)
            .collect();
        let working =
            |s: RevisionStatus| count(&docs, |d| d.working.as_ref().is_some_and(|w| w.status == s));
        let credits = self.credit_overview(program)?;
        let diag = self.diagnosis(standard, today)?;
        let cov = self.coverage(standard)?;
        let applicable = count(&cov.rows, |r| r.applicable);
        Ok(OverviewCounts {
            today,
            open_nonconformities: count(&ncs, |n| n.status != NcStatus::Closed),
            open_major_nonconformities: count(&ncs, |n| {
                n.status != NcStatus::Closed && n.grade == crate::model::Grade::Major
            }),
            overdue_tasks: count(&plan.tasks, |t| t.health == TaskHealth::Overdue),
            overdue_corrective_actions: count(&ncs, |n| n.overdue),
            overdue_review_outputs: outputs_overdue,
            documents_in_review: working(RevisionStatus::InReview),
            documents_awaiting_publication: working(RevisionStatus::Approved),
            documents_published: count(&docs, |d| d.published.is_some()),
            documents_total: docs.len() as u32,
            people_requiring_credits: credits.people.len() as u32,
            people_missing_credits: count(&credits.people, |p| p.reached != Some(true)),
            credit_threshold_set: credits.threshold.is_some(),
            clauses_total: diag.total,
            clauses_diagnosed: diag.assessed,
            clauses_applicable: applicable,
            clauses_covered: applicable - cov.gaps.len() as u32,
            qualified_auditors: self.auditor_overview()?.qualified_count,
        })
    }
}
