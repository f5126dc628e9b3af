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
};
