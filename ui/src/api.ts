// Typed wrappers for the Tauri commands. Argument names are camelCase on this side.
import { invoke } from "@tauri-apps/api/core";
import type { Catalog } from "./bindings/Catalog";
import type { CreditCodeStatus } from "./bindings/CreditCodeStatus";
import type { Department } from "./bindings/Department";
import type { DepartmentInput } from "./bindings/DepartmentInput";
import type { EnterpriseProfile } from "./bindings/EnterpriseProfile";
import type { Person } from "./bindings/Person";
import type { PersonInput } from "./bindings/PersonInput";
import type { PersonQuery } from "./bindings/PersonQuery";
import type { ProjectInfo } from "./bindings/ProjectInfo";
import type { RecentFile } from "./bindings/RecentFile";

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
};
