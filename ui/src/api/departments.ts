// 部门: departments (src-tauri/src/commands/departments.rs).
import { invoke } from "./invoke";
import type { Department } from "../bindings/Department";
import type { DepartmentInput } from "../bindings/DepartmentInput";

export const departmentList = (includeArchived: boolean) => invoke<Department[]>("department_list", { includeArchived });
export const departmentCreate = (input: DepartmentInput) => invoke<Department>("department_create", { input });
export const departmentUpdate = (id: number, input: DepartmentInput) =>
  invoke<Department>("department_update", { id, input });
export const departmentArchive = (id: number) => invoke<Department>("department_archive", { id });
export const departmentRestore = (id: number) => invoke<Department>("department_restore", { id });
