//! TypeScript bindings for the UI, generated from the Rust models. The files
//! under `ui/src/bindings/` are committed; `tests/bindings.rs` fails when they
//! drift and rewrites them with `UPDATE_BINDINGS=1`.

use ts_rs::{Config, TS};

macro_rules! bindings {
    ($($t:ty),* $(,)?) => {
        /// `(file name, contents)` for every type the UI uses.
        pub fn generate() -> Vec<(String, String)> {
            let cfg = Config::new().with_large_int("number");
            vec![$(
                (
                    <$t as TS>::output_path().expect("exportable").to_string_lossy().to_string(),
                    <$t as TS>::export_to_string(&cfg).expect("binding generates"),
                ),
            )*]
        }
    };
}

bindings!(
    crate::error::CoreError,
    crate::credit_code::CreditCodeStatus,
    crate::error::ErrorCode,
    crate::model::EnterpriseProfile,
    crate::model::IpHoldings,
    crate::model::Qualification,
    crate::model::Department,
    crate::model::DepartmentInput,
    crate::model::Person,
    crate::model::PersonInput,
    crate::model::PersonQuery,
    crate::model::Role,
    crate::model::ProjectInfo,
    crate::model::Attachment,
    crate::model::SessionKind,
    crate::model::OnlineTrainingInput,
    crate::model::CreditStatus,
    crate::model::CreditOverview,
    crate::model::TrainingSessionInput,
    crate::model::TrainingSession,
    crate::model::StaffCoverage,
    crate::model::AuditorQualificationInput,
    crate::model::AuditorStatus,
    crate::model::AuditorOverview,
    crate::model::GroupPosition,
    crate::model::ImplementationMode,
    crate::model::GroupMemberInput,
    crate::model::GroupMember,
    crate::model::OrganisationInput,
    crate::model::Organisation,
    crate::model::TaskStatus,
    crate::model::TaskHealth,
    crate::model::PlanTaskInput,
    crate::model::PlanTask,
    crate::model::PlanView,
    crate::model::ImportRow,
    crate::model::ImportPreview,
    crate::model::DiagnosisResult,
    crate::model::DiagnosisInput,
    crate::model::Evidence,
    crate::model::EvidenceInput,
    crate::model::ActionInput,
    crate::model::ClauseDiagnosis,
    crate::model::ChapterProgress,
    crate::model::DiagnosisOverview,
    crate::model::DocType,
    crate::model::Secrecy,
    crate::model::RevisionStatus,
    crate::model::DocumentInput,
    crate::model::Revision,
    crate::model::Document,
    crate::model::StepOutcome,
    crate::model::DistributionInput,
    crate::model::Distribution,
    crate::model::DiffLine,
    crate::model::AllocationRole,
    crate::model::AllocationCell,
    crate::model::CoverageRow,
    crate::model::Coverage,
    crate::model::SystemIssue,
    crate::store::GenerationReport,
    crate::doctext::Block,
    crate::doctext::TextProblem,
    crate::settings::RecentFile,
    crate::settings::Settings,
    crate::catalog::Catalog,
    crate::catalog::Labeled,
    crate::catalog::ProgramProfile,
    crate::catalog::Stage,
    crate::catalog::AcceptancePath,
    crate::catalog::City,
    crate::catalog::StandardEdition,
    crate::catalog::Clause,
);
