// 人员: people and the roster import (src-tauri/src/commands/{people,roster}.rs).
import { invoke } from "./invoke";
import type { ImportPreview } from "../bindings/ImportPreview";
import type { Person } from "../bindings/Person";
import type { PersonInput } from "../bindings/PersonInput";
import type { PersonQuery } from "../bindings/PersonQuery";

export const personList = (query: PersonQuery) => invoke<Person[]>("person_list", { query });
export const personCreate = (input: PersonInput) => invoke<Person>("person_create", { input });
export const personUpdate = (id: number, input: PersonInput) => invoke<Person>("person_update", { id, input });
export const personArchive = (id: number) => invoke<Person>("person_archive", { id });
export const personRestore = (id: number) => invoke<Person>("person_restore", { id });
export const rosterPreview = (path: string, createDepartments: boolean) =>
  invoke<ImportPreview>("roster_preview", { path, createDepartments });
export const rosterImport = (path: string, createDepartments: boolean) =>
  invoke<ImportPreview>("roster_import", { path, createDepartments });
export const rosterTemplateSave = (path: string) => invoke<null>("roster_template_save", { path });
