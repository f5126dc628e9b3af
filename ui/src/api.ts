// Typed wrappers for the Tauri commands. Argument names are camelCase on this side.
import { invoke } from "@tauri-apps/api/core";
import type { ActionInput } from "./bindings/ActionInput";
import type { AllocationCell } from "./bindings/AllocationCell";
import type { AllocationRole } from "./bindings/AllocationRole";
import type { Attachment } from "./bindings/Attachment";
import type { AuditorOverview } from "./bindings/AuditorOverview";
import type { AuditorQualificationInput } from "./bindings/AuditorQualificationInput";
import type { Catalog } from "./bindings/Catalog";
import type { Coverage } from "./bindings/Coverage";
import type { CreditCodeStatus } from "./bindings/CreditCodeStatus";
import type { CreditOverview } from "./bindings/CreditOverview";
import type { Department } from "./bindings/Department";
import type { DepartmentInput } from "./bindings/DepartmentInput";
import type { DiagnosisInput } from "./bindings/DiagnosisInput";
import type { DiagnosisOverview } from "./bindings/DiagnosisOverview";
import type { DiffLine } from "./bindings/DiffLine";
import type { Distribution } from "./bindings/Distribution";
import type { DistributionInput } from "./bindings/DistributionInput";
import type { Document } from "./bindings/Document";
import type { DocumentInput } from "./bindings/DocumentInput";
import type { DocumentSettings } from "./bindings/DocumentSettings";
import type { EnterpriseProfile } from "./bindings/EnterpriseProfile";
import type { Evidence } from "./bindings/Evidence";
import type { EvidenceInput } from "./bindings/EvidenceInput";
import type { GenerationReport } from "./bindings/GenerationReport";
import type { ImportPreview } from "./bindings/ImportPreview";
import type { OnlineTrainingInput } from "./bindings/OnlineTrainingInput";
import type { Organisation } from "./bindings/Organisation";
import type { OrganisationInput } from "./bindings/OrganisationInput";
import type { Person } from "./bindings/Person";
import type { PersonInput } from "./bindings/PersonInput";
import type { PersonQuery } from "./bindings/PersonQuery";
import type { PlanTask } from "./bindings/PlanTask";
import type { PlanTaskInput } from "./bindings/PlanTaskInput";
import type { PlanView } from "./bindings/PlanView";
import type { ProjectInfo } from "./bindings/ProjectInfo";
import type { RecentFile } from "./bindings/RecentFile";
import type { Revision } from "./bindings/Revision";
import type { StaffCoverage } from "./bindings/StaffCoverage";
import type { StepOutcome } from "./bindings/StepOutcome";
import type { SystemIssue } from "./bindings/SystemIssue";
import type { TrainingSession } from "./bindings/TrainingSession";
import type { TrainingSessionInput } from "./bindings/TrainingSessionInput";
import type { Audit } from "./bindings/Audit";
import type { AuditInput } from "./bindings/AuditInput";
import type { AuditReport } from "./bindings/AuditReport";
import type { Checkin } from "./bindings/Checkin";
import type { CheckinInput } from "./bindings/CheckinInput";
import type { ChecklistItem } from "./bindings/ChecklistItem";
import type { Judgement } from "./bindings/Judgement";
import type { ManagementReview } from "./bindings/ManagementReview";
import type { Nonconformity } from "./bindings/Nonconformity";
import type { NonconformityInput } from "./bindings/NonconformityInput";
import type { OperationProblem } from "./bindings/OperationProblem";
import type { OperationProblemInput } from "./bindings/OperationProblemInput";
import type { OperationRecord } from "./bindings/OperationRecord";
import type { OperationRecordInput } from "./bindings/OperationRecordInput";
import type { OperationStatus } from "./bindings/OperationStatus";
import type { ReviewInput } from "./bindings/ReviewInput";
import type { ReviewOutputInput } from "./bindings/ReviewOutputInput";

// ---- issue 6 imports ----
import type { ApplicationRecord } from "./bindings/ApplicationRecord";
import type { ApplicationRecordInput } from "./bindings/ApplicationRecordInput";
import type { ApplicationSettings } from "./bindings/ApplicationSettings";
import type { CertificationBody } from "./bindings/CertificationBody";
import type { CertificationBodyInput } from "./bindings/CertificationBodyInput";
import type { OverviewCounts } from "./bindings/OverviewCounts";
import type { Readiness } from "./bindings/Readiness";

export const api = {
  projectCurrent: () => invoke<ProjectInfo>("project_current"),
  projectNew: (path: string) => invoke<ProjectInfo>("project_new", { path }),
  projectOpen: (path: string) => invoke<ProjectInfo>("project_open", { path }),
  projectSaveAs: (path: string) => invoke<ProjectInfo>("project_save_as", { path }),
  projectRecent: () => invoke<RecentFile[]>("project_recent"),

  catalogGet: () => invoke<Catalog>("catalog_get"),

  profileGet: () => invoke<EnterpriseProfile>("profile_get"),
  profileSave: (profile: EnterpriseProfile, confirmCreditCode: boolean) =>
    invoke<EnterpriseProfile>("profile_save", { profile, confirmCreditCode }),
  creditCodeCheck: (code: string) => invoke<CreditCodeStatus>("credit_code_check", { code }),

  departmentList: (includeArchived: boolean) => invoke<Department[]>("department_list", { includeArchived }),
  departmentCreate: (input: DepartmentInput) => invoke<Department>("department_create", { input }),
  departmentUpdate: (id: number, input: DepartmentInput) =>
    invoke<Department>("department_update", { id, input }),
  departmentArchive: (id: number) => invoke<Department>("department_archive", { id }),
  departmentRestore: (id: number) => invoke<Department>("department_restore", { id }),

  personList: (query: PersonQuery) => invoke<Person[]>("person_list", { query }),
  personCreate: (input: PersonInput) => invoke<Person>("person_create", { input }),
  personUpdate: (id: number, input: PersonInput) => invoke<Person>("person_update", { id, input }),
  personArchive: (id: number) => invoke<Person>("person_archive", { id }),
  personRestore: (id: number) => invoke<Person>("person_restore", { id }),

  rosterPreview: (path: string, createDepartments: boolean) =>
    invoke<ImportPreview>("roster_preview", { path, createDepartments }),
  rosterImport: (path: string, createDepartments: boolean) =>
    invoke<ImportPreview>("roster_import", { path, createDepartments }),
  rosterTemplateSave: (path: string) => invoke<null>("roster_template_save", { path }),

  attachmentAdd: (path: string) => invoke<Attachment>("attachment_add", { path }),

  creditOverview: () => invoke<CreditOverview>("credit_overview"),
  creditThresholdSet: (threshold: number | null) => invoke<null>("credit_threshold_set", { threshold }),
  onlineTrainingSave: (personId: number, input: OnlineTrainingInput) =>
    invoke<null>("online_training_save", { personId, input }),
  sessionList: () => invoke<TrainingSession[]>("session_list"),
  sessionCreate: (input: TrainingSessionInput) => invoke<TrainingSession>("session_create", { input }),
  sessionUpdate: (id: number, input: TrainingSessionInput) =>
    invoke<TrainingSession>("session_update", { id, input }),
  sessionDelete: (id: number) => invoke<null>("session_delete", { id }),
  staffCoverage: () => invoke<StaffCoverage>("staff_coverage"),
  auditorOverview: () => invoke<AuditorOverview>("auditor_overview"),
  auditorQualificationSave: (personId: number, input: AuditorQualificationInput) =>
    invoke<null>("auditor_qualification_save", { personId, input }),
  auditorQualificationClear: (personId: number) =>
    invoke<null>("auditor_qualification_clear", { personId }),

  organisationGet: () => invoke<Organisation>("organisation_get"),
  organisationSave: (input: OrganisationInput) => invoke<Organisation>("organisation_save", { input }),

  planGet: () => invoke<PlanView>("plan_get"),
  planGenerate: (replace: boolean) => invoke<number>("plan_generate", { replace }),
  planTaskCreate: (input: PlanTaskInput) => invoke<PlanTask>("plan_task_create", { input }),
  planTaskUpdate: (id: number, input: PlanTaskInput) => invoke<PlanTask>("plan_task_update", { id, input }),
  planTaskDelete: (id: number) => invoke<null>("plan_task_delete", { id }),

  diagnosisGet: () => invoke<DiagnosisOverview>("diagnosis_get"),
  diagnosisSave: (clause: string, input: DiagnosisInput) => invoke<null>("diagnosis_save", { clause, input }),
  evidenceAdd: (clause: string, input: EvidenceInput) => invoke<Evidence>("evidence_add", { clause, input }),
  evidenceRemove: (id: number) => invoke<null>("evidence_remove", { id }),
  diagnosisActionAdd: (clause: string, input: ActionInput) =>
    invoke<PlanTask>("diagnosis_action_add", { clause, input }),

  documentList: () => invoke<Document[]>("document_list"),
  documentGet: (id: number) => invoke<Document>("document_get", { id }),
  documentCreate: (input: DocumentInput, content: string) =>
    invoke<Document>("document_create", { input, content }),
  documentUpdate: (id: number, input: DocumentInput) => invoke<Document>("document_update", { id, input }),
  documentsGenerate: () => invoke<GenerationReport>("documents_generate"),
  documentSettingsGet: () => invoke<DocumentSettings>("document_settings_get"),
  documentSettingsSave: (input: DocumentSettings) => invoke<DocumentSettings>("document_settings_save", { input }),
  revisionList: (documentId: number) => invoke<Revision[]>("revision_list", { documentId }),
  revisionEdit: (id: number, content: string, changeNote: string) =>
    invoke<Revision>("revision_edit", { id, content, changeNote }),
  revisionNew: (documentId: number, draftedBy: number | null) =>
    invoke<Revision>("revision_new", { documentId, draftedBy }),
  revisionSubmit: (id: number, reviewer: number | null, approver: number | null) =>
    invoke<Revision>("revision_submit", { id, reviewer, approver }),
  revisionReview: (id: number, on: string, passed: boolean) =>
    invoke<Revision>("revision_review", { id, on, passed }),
  revisionReturn: (id: number) => invoke<Revision>("revision_return", { id }),
  revisionApprove: (id: number, on: string) => invoke<StepOutcome>("revision_approve", { id, on }),
  revisionPublish: (id: number, on: string) => invoke<Revision>("revision_publish", { id, on }),
  revisionDiff: (oldId: number, newId: number) => invoke<DiffLine[]>("revision_diff", { oldId, newId }),
  distributionList: (documentId: number) => invoke<Distribution[]>("distribution_list", { documentId }),
  distributionAdd: (revisionId: number, input: DistributionInput) =>
    invoke<Distribution>("distribution_add", { revisionId, input }),
  distributionWithdraw: (id: number, on: string) => invoke<null>("distribution_withdraw", { id, on }),

  coverageGet: () => invoke<Coverage>("coverage_get"),
  allocationGet: () => invoke<AllocationCell[]>("allocation_get"),
  allocationSet: (departmentId: number, clause: string, role: AllocationRole | null) =>
    invoke<null>("allocation_set", { departmentId, clause, role }),
  allocationDefault: () => invoke<number>("allocation_default"),
  systemIssueGet: () => invoke<SystemIssue | null>("system_issue_get"),
  systemIssue: (issuedOn: string, implementedOn: string) =>
    invoke<SystemIssue>("system_issue", { issuedOn, implementedOn }),

  // ---- 体系运行、内部审核、管理评审 (issue 5) ----
  operationGet: () => invoke<OperationStatus>("operation_get"),
  checkinList: () => invoke<Checkin[]>("checkin_list"),
  checkinSave: (input: CheckinInput) => invoke<Checkin>("checkin_save", { input }),
  operationRecordList: () => invoke<OperationRecord[]>("operation_record_list"),
  operationRecordAdd: (input: OperationRecordInput) => invoke<OperationRecord>("operation_record_add", { input }),
  operationRecordDelete: (id: number) => invoke<null>("operation_record_delete", { id }),
  operationProblemList: () => invoke<OperationProblem[]>("operation_problem_list"),
  operationProblemSave: (id: number | null, input: OperationProblemInput) =>
    invoke<OperationProblem>("operation_problem_save", { id, input }),

  auditList: () => invoke<Audit[]>("audit_list"),
  auditCreate: (input: AuditInput) => invoke<Audit>("audit_create", { input }),
  auditUpdate: (id: number, input: AuditInput) => invoke<Audit>("audit_update", { id, input }),
  auditDelete: (id: number) => invoke<null>("audit_delete", { id }),
  auditComplete: (id: number, summary: string, conclusion: string, on: string | null) =>
    invoke<Audit>("audit_complete", { id, summary, conclusion, on }),
  auditReport: (id: number) => invoke<AuditReport>("audit_report", { id }),
  checklistGet: (auditId: number) => invoke<ChecklistItem[]>("checklist_get", { auditId }),
  checklistJudge: (id: number, question: string, judgement: Judgement | null, observed: string) =>
    invoke<null>("checklist_judge", { id, question, judgement, observed }),
  ncList: (auditId: number | null) => invoke<Nonconformity[]>("nc_list", { auditId }),
  ncRaise: (auditId: number, input: NonconformityInput) => invoke<Nonconformity>("nc_raise", { auditId, input }),
  ncConfirm: (id: number, personId: number, on: string | null) =>
    invoke<Nonconformity>("nc_confirm", { id, personId, on }),
  ncCause: (id: number, cause: string) => invoke<Nonconformity>("nc_cause", { id, cause }),
  ncPlan: (id: number, correction: string, action: string, ownerId: number | null, dueOn: string | null) =>
    invoke<Nonconformity>("nc_plan", { id, correction, action, ownerId, dueOn }),
  ncDone: (id: number, on: string | null) => invoke<Nonconformity>("nc_done", { id, on }),
  ncVerify: (id: number, auditorId: number, on: string | null, effective: boolean, note: string) =>
    invoke<Nonconformity>("nc_verify", { id, auditorId, on, effective, note }),
  ncClose: (id: number, on: string | null) => invoke<Nonconformity>("nc_close", { id, on }),

  reviewList: () => invoke<ManagementReview[]>("review_list"),
  reviewSave: (id: number | null, input: ReviewInput) => invoke<ManagementReview>("review_save", { id, input }),
  reviewCollectInputs: (id: number) => invoke<ManagementReview>("review_collect_inputs", { id }),
  reviewOutputAdd: (id: number, input: ReviewOutputInput) =>
    invoke<ManagementReview>("review_output_add", { id, input }),
  reviewOutputDone: (outputId: number, on: string | null) => invoke<null>("review_output_done", { outputId, on }),
  reviewComplete: (id: number) => invoke<ManagementReview>("review_complete", { id }),
  // ---- end of issue 5 block ----

  // ---- 概览、验收申请 (issue 6) ----
  readinessGet: () => invoke<Readiness>("readiness_get"),
  overviewCounts: () => invoke<OverviewCounts>("overview_counts"),
  applicationSettingsGet: () => invoke<ApplicationSettings>("application_settings_get"),
  applicationSettingsSave: (input: ApplicationSettings) =>
    invoke<ApplicationSettings>("application_settings_save", { input }),
  bodyList: (includeArchived: boolean) => invoke<CertificationBody[]>("body_list", { includeArchived }),
  bodySave: (id: number | null, input: CertificationBodyInput) =>
    invoke<CertificationBody>("body_save", { id, input }),
  bodyArchive: (id: number) => invoke<null>("body_archive", { id }),
  applicationRecordList: () => invoke<ApplicationRecord[]>("application_record_list"),
  applicationRecordSave: (id: number | null, input: ApplicationRecordInput) =>
    invoke<ApplicationRecord>("application_record_save", { id, input }),
  // ---- end of issue 6 block ----
};
