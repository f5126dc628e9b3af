//! Everything the application package shows, read once from the project.

use chrono::NaiveDate;

use crate::attachments::AttachmentStore;
use crate::catalog::{self, ProgramProfile, StandardEdition};
use crate::error::Result;
use crate::export::CoverArt;
use crate::model::*;
use crate::Project;

pub(crate) struct Data {
    pub today: NaiveDate,
    pub profile: EnterpriseProfile,
    pub program: ProgramProfile,
    pub standard: StandardEdition,
    pub organisation: Organisation,
    pub departments: Vec<Department>,
    pub people: Vec<Person>,
    pub plan: PlanView,
    pub credits: CreditOverview,
    pub sessions: Vec<TrainingSession>,
    pub coverage_staff: StaffCoverage,
    pub auditors: AuditorOverview,
    pub documents: Vec<Document>,
    pub coverage: Coverage,
    pub allocation: Vec<AllocationCell>,
    pub issue: Option<SystemIssue>,
    pub operation: OperationStatus,
    pub checkins: Vec<Checkin>,
    pub records: Vec<OperationRecord>,
    pub problems: Vec<OperationProblem>,
    pub audits: Vec<AuditReport>,
    pub nonconformities: Vec<Nonconformity>,
    pub reviews: Vec<ManagementReview>,
    pub readiness: Readiness,
    pub settings: ApplicationSettings,
    pub body: Option<CertificationBody>,
    pub evidence: Vec<crate::model::PackageEvidence>,
    /// The cover logo and seal (none until `with_art`).
    pub art: CoverArt,
    /// The 贯标工作总结 sections the user rewrote: sub-heading → their text.
    pub summary_edits: std::collections::HashMap<String, String>,
}

/// The day the export is "as of": the `SOURCE_DATE_EPOCH` day when set (so
/// a reproducible export does not change at midnight), else today.
pub(crate) fn export_day() -> NaiveDate {
    std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|v| v.trim().parse::<i64>().ok())
        .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
        .map(|t| t.date_naive())
        .unwrap_or_else(crate::dates::today)
}

impl Data {
    /// A clause key as printed: its number, marked ※ when provisional.
    pub(crate) fn clause_no(&self, key: &str) -> String {
        self.standard.marked_number(key)
    }

    /// Adds the cover pictures read from `store`.
    pub(crate) fn with_art(
        mut self,
        project: &Project,
        store: Option<&AttachmentStore>,
    ) -> Result<Data> {
        self.art = CoverArt::load(project, store)?;
        Ok(self)
    }

    pub(crate) fn load(project: &Project, today: NaiveDate) -> Result<Data> {
        let profile = project.profile()?;
        let cat = catalog::load()?;
        let (program, standard) = project.program_and_standard(&cat)?;
        let standard = standard.clone();
        let mut audits = Vec::new();
        for a in project.audits()? {
            audits.push(project.audit_report(&standard, a.id, today)?);
        }
        let mut reviews = Vec::new();
        for r in project.reviews()? {
            reviews.push(project.management_review(r.id)?);
        }
        let settings = project.application_settings()?;
        let body = match settings.body_id {
            Some(id) => Some(project.certification_body(id)?),
            None => None,
        };
        Ok(Data {
            organisation: project.organisation()?,
            departments: project.departments(false)?,
            people: project.people(&PersonQuery::default())?,
            plan: project.plan(&program, today)?,
            credits: project.credit_overview(&program)?,
            sessions: project.training_sessions()?,
            coverage_staff: project.all_staff_coverage()?,
            auditors: project.auditor_overview()?,
            documents: project
                .documents_unchecked()?
                .into_iter()
                .filter(|d| !d.archived)
                .collect(),
            coverage: project.coverage(&standard)?,
            allocation: project.allocation()?,
            issue: project.system_issue()?,
            operation: project.operation(&program, today)?,
            checkins: project.checkins()?,
            records: project.operation_records()?,
            problems: project.operation_problems()?,
            nonconformities: project.nonconformities(None, today)?,
            readiness: project.readiness(&program, &standard, today)?,
            evidence: project.package_evidence()?,
            art: CoverArt::default(),
            summary_edits: project.summary_edit_texts()?,
            audits,
            reviews,
            settings,
            body,
            profile,
            program,
            standard: standard.into_owned(),
            today,
        })
    }

    /// The chosen acceptance path, as named in the program.
    pub(crate) fn path_name(&self) -> String {
        match self.settings.path {
            Some(AcceptancePathKind::Certification) => "第三方认证".into(),
            Some(AcceptancePathKind::ProvincialAcceptance) => "省级验收".into(),
            None => "（尚未选择申报路径）".into(),
        }
    }

    pub(crate) fn department_name(&self, id: i64) -> String {
        self.departments
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.name.clone())
            .unwrap_or_else(|| format!("部门{id}"))
    }

    pub(crate) fn published(&self) -> impl Iterator<Item = &Document> {
        self.documents.iter().filter(|d| d.published.is_some())
    }
}

/// A date as printed: 2025年3月1日.
pub(crate) fn day(d: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{}年{}月{}日", d.year(), d.month(), d.day())
}

pub(crate) fn opt_day(d: Option<NaiveDate>) -> String {
    d.map(day).unwrap_or_else(|| "—".into())
}

/// A number without a trailing ".0".
pub(crate) fn num(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{v:.1}")
    }
}
