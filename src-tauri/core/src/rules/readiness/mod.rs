//! The readiness engine: every rule that stands between the enterprise and
//! its application, each explained with the concrete names and numbers and
//! a link to where it is fixed. Driven by the program profile and the path.
//!
//! Rules are grouped by what they look at, one module each; a rule is a
//! [`Rule`] value whose [`RuleId`] gives its stage, title and screen. A new
//! rule is a new `RuleId` variant and one `Rule` in its group.

mod application;
mod audit;
mod objectives;
mod operation;
mod organisation;
mod paths;
mod preconditions;
mod profile;
mod review;
mod subsidies;
mod system;
mod training;

use chrono::NaiveDate;

use crate::catalog::{ProgramProfile, StandardEdition};
use crate::error::Result;
use crate::model::{
    ApplicationSettings, Audit, FixLink, OperationStatus, Readiness, RuleId, RuleResult, Severity,
};
use crate::Project;

/// One rule's outcome, before it is titled and linked.
pub(super) struct Rule {
    pub id: RuleId,
    pub severity: Severity,
    pub passed: bool,
    /// With the concrete names and numbers.
    pub explanation: String,
    /// The first offending record, where one is to blame (kept only while failing).
    pub record_id: Option<i64>,
}

impl Rule {
    pub fn new(id: RuleId, severity: Severity, passed: bool, explanation: String) -> Rule {
        Rule {
            id,
            severity,
            passed,
            explanation,
            record_id: None,
        }
    }

    /// Points the fix at one record (ignored when the rule passes).
    pub fn record(mut self, id: Option<i64>) -> Rule {
        self.record_id = id;
        self
    }

    fn result(self, program: &ProgramProfile) -> RuleResult {
        RuleResult {
            id: self.id,
            stage: self.id.stage(),
            title: self.id.title(program.min_operation_months),
            severity: self.severity,
            passed: self.passed,
            explanation: self.explanation,
            fix: FixLink {
                screen: self.id.screen(),
                record_id: if self.passed { None } else { self.record_id },
            },
        }
    }
}

/// What every group of rules reads: the project, its program and standard,
/// the day judged, and facts several groups share (read once).
pub(super) struct Facts<'a> {
    pub project: &'a Project,
    pub program: &'a ProgramProfile,
    pub standard: &'a StandardEdition,
    pub today: NaiveDate,
    pub app: ApplicationSettings,
    /// The operation period, judged at the planned application date (or today).
    pub operation: OperationStatus,
    /// Completed internal audits, and those inside the operation period.
    pub completed_audits: Vec<Audit>,
}

impl Facts<'_> {
    /// The day the application goes in, as the rules judge it: the planned
    /// date when still ahead, else the day judged.
    pub fn application_on(&self) -> NaiveDate {
        self.app
            .planned_application_on
            .filter(|p| *p >= self.today)
            .unwrap_or(self.today)
    }

    pub fn audits_inside(&self) -> impl Iterator<Item = &Audit> {
        self.completed_audits.iter().filter(|a| {
            self.operation
                .implemented_on
                .is_some_and(|s| a.starts_on >= s)
        })
    }
}

/// “甲、乙、丙 等 7 项”: the first `max` names, then the count.
pub(super) fn names(v: &[String], max: usize) -> String {
    if v.len() <= max {
        v.join("、")
    } else {
        format!("{} 等 {} 项", v[..max].join("、"), v.len())
    }
}

impl Project {
    /// Judges every rule as of `today`, the day judged (the operation period
    /// is judged at the planned application date when one is set). The CLI's
    /// `--as-of` passes another day; the window passes today.
    pub fn readiness(
        &self,
        program: &ProgramProfile,
        standard: &StandardEdition,
        today: NaiveDate,
    ) -> Result<Readiness> {
        let app = self.application_settings()?;
        let operation = self.operation(program, app.planned_application_on.unwrap_or(today))?;
        let facts = Facts {
            project: self,
            program,
            standard,
            today,
            operation,
            completed_audits: self.audits()?.into_iter().filter(|a| a.completed).collect(),
            app,
        };
        let groups = [
            profile::rules,
            training::rules,
            organisation::rules,
            system::rules,
            operation::rules,
            audit::rules,
            review::rules,
            objectives::rules,
            preconditions::rules,
            application::rules,
            paths::rules,
            subsidies::rules,
        ];
        let mut rules = Vec::new();
        for group in groups {
            rules.extend(group(&facts)?.into_iter().map(|r| r.result(program)));
        }
        let count = |sev: Severity| {
            rules
                .iter()
                .filter(|x| !x.passed && x.severity == sev)
                .count() as u32
        };
        let (blockers, warnings) = (count(Severity::Blocker), count(Severity::Warning));
        let deadline = application::deadline(&facts);
        Ok(Readiness {
            judged_on: today,
            ready: blockers == 0,
            blockers,
            warnings,
            rules,
            deadline,
        })
    }
}
