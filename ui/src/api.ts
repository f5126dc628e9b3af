// Typed wrappers for the Tauri commands. Argument names are camelCase on this side.
import { invoke } from "@tauri-apps/api/core";
import type { Attachment } from "./bindings/Attachment";
import type { AuditorOverview } from "./bindings/AuditorOverview";
import type { AuditorQualificationInput } from "./bindings/AuditorQualificationInput";
import type { Catalog } from "./bindings/Catalog";
import type { CreditCodeStatus } from "./bindings/CreditCodeStatus";
import type { CreditOverview } from "./bindings/CreditOverview";
import type { Department } from "./bindings/Department";
import type { DepartmentInput } from "./bindings/DepartmentInput";
import type { EnterpriseProfile } from "./bindings/EnterpriseProfile";
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
import type { StaffCoverage } from "./bindings/StaffCoverage";
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
};
