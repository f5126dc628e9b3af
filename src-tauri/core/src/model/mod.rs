//! Domain records shared with the UI (TypeScript bindings are generated from these).

pub mod attachment;
pub mod audit;
pub mod audit_evidence;
pub mod audit_package;
pub mod batch;
pub mod conversion;
pub mod cover_image;
pub mod department;
pub mod diagnosis;
pub mod document;
pub mod document_import;
pub mod enterprise;
pub mod export;
pub mod history;
pub mod intent;
pub mod labels;
pub mod objective;
pub mod operation;
pub mod organisation;
pub mod overview;
pub mod person;
pub mod plan;
pub mod readiness;
pub mod review;
pub mod role;
pub mod roster;
pub mod subsidy;
pub mod summary;
pub mod table;
pub mod todo;
pub mod training;

pub use attachment::{Attachment, PackageEvidence};
pub use audit::{
    Audit, AuditCompletionInput, AuditInput, AuditReport, ChecklistItem, ChecklistJudgementInput,
    CorrectiveActionInput, DistributionCell, Grade, Judgement, NcConfirmationInput, NcStatus,
    NcStep, Nonconformity, NonconformityInput, ScopeCell, Slot, SlotInput, SlotKind,
    VerificationInput,
};
pub use audit_evidence::{AuditEvidence, AuditEvidenceInput};
pub use audit_package::{
    AuditMergeReport, AuditPackageInfo, AuditResultsExport, AuditResultsPreview, ConflictDecision,
    ConflictField, ConflictSide, MergeChange, MergeChangeKind, MergeConflict,
};
pub use batch::{
    BatchDistributeInput, BatchDone, BatchOutcome, BatchRefused, BatchStep, BatchStepInput,
};
pub use conversion::{ConversionInput, ConversionReport, ConversionRoute, EditionConversion};
pub use cover_image::{CoverImage, CoverImageKind};
pub use department::{Department, DepartmentInput};
pub use diagnosis::{
    ActionInput, ChapterProgress, ClauseDiagnosis, DiagnosisInput, DiagnosisOverview,
    DiagnosisResult, Evidence, EvidenceInput,
};
pub use document::{
    AllocationCell, AllocationRole, Coverage, CoverageRow, DiffLine, Distribution,
    DistributionInput, DocType, Document, DocumentInput, DocumentSettings, Revision,
    RevisionEditInput, RevisionReviewInput, RevisionStatus, RevisionSubmitInput, Secrecy,
    StepOutcome, SystemIssue,
};
pub use document_import::DocumentImportPreview;
pub use enterprise::{EnterpriseProfile, IpHoldings, Qualification};
pub use export::{ExportProgress, PackageResult, PackageResultFile};
pub use history::{ChangeAction, ChangeEntry, FieldChange};
pub use intent::Intent;
pub use objective::{
    Objective, ObjectiveInput, ObjectiveMeasurement, ObjectiveMeasurementInput, SuggestedObjectives,
};
pub use operation::{
    Checkin, CheckinInput, ClauseEvidence, OperationEvidence, OperationProblem,
    OperationProblemInput, OperationRecord, OperationRecordInput, OperationStatement,
    OperationStatementInput, OperationStatus,
};
pub use organisation::{
    GroupMember, GroupMemberInput, GroupPosition, ImplementationMode, Organisation,
    OrganisationInput,
};
pub use overview::OverviewCounts;
pub use person::{Person, PersonInput, PersonQuery};
pub use plan::{
    PlanGenerated, PlanShifted, PlanTask, PlanTaskInput, PlanView, TaskHealth, TaskStatus,
};
pub use readiness::{
    AcceptancePathKind, ApplicationRecord, ApplicationRecordInput, ApplicationResult,
    ApplicationSettings, CertificationBody, CertificationBodyInput, DeadlinePlan, FixLink,
    Preconditions, PreconditionsInput, Readiness, RuleId, RuleResult, RuleStage, Screen, Severity,
};
pub use review::{
    ManagementReview, OutputKind, ReviewInput, ReviewOutput, ReviewOutputInput, ReviewSnapshot,
};
pub use role::Role;
pub use roster::{ImportPreview, ImportRow};
pub use subsidy::{OtherSubsidy, OtherSubsidyInput};
pub use summary::SummarySection;
pub use table::{ProjectChanged, Table};
pub use todo::{TodoItem, TodoKind, TodoList};
pub use training::{
    AuditorOverview, AuditorQualificationInput, AuditorStatus, CreditOverview, CreditStatus,
    OnlineTrainingInput, SessionKind, StaffCoverage, TrainingSession, TrainingSessionInput,
};

use serde::Serialize;
use ts_rs::TS;

/// What the window title and the project menu show about the open file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ProjectInfo {
    pub path: String,
    pub file_name: String,
    pub enterprise_name: String,
    pub schema_version: u32,
    /// Set when the file is an internal-audit work package (audit-only mode).
    pub package: Option<AuditPackageInfo>,
}
