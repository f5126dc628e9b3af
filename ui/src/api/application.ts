// 验收申请: settings, certification bodies, application records (src-tauri/src/commands/application.rs).
import { invoke } from "./invoke";
import type { ApplicationRecord } from "../bindings/ApplicationRecord";
import type { ApplicationRecordInput } from "../bindings/ApplicationRecordInput";
import type { ApplicationSettings } from "../bindings/ApplicationSettings";
import type { CertificationBody } from "../bindings/CertificationBody";
import type { CertificationBodyInput } from "../bindings/CertificationBodyInput";
import type { Preconditions } from "../bindings/Preconditions";
import type { PreconditionsInput } from "../bindings/PreconditionsInput";

export const applicationSettingsGet = () => invoke<ApplicationSettings>("application_settings_get");
export const applicationSettingsSave = (input: ApplicationSettings) =>
  invoke<ApplicationSettings>("application_settings_save", { input });
export const preconditionsGet = () => invoke<Preconditions>("preconditions_get");
export const preconditionsSave = (input: PreconditionsInput) =>
  invoke<Preconditions>("preconditions_save", { input });
export const bodyList = (includeArchived: boolean) => invoke<CertificationBody[]>("body_list", { includeArchived });
export const bodySave = (id: number | null, input: CertificationBodyInput) =>
  invoke<CertificationBody>("body_save", { id, input });
export const bodyArchive = (id: number) => invoke<null>("body_archive", { id });
export const applicationRecordList = () => invoke<ApplicationRecord[]>("application_record_list");
export const applicationRecordSave = (id: number | null, input: ApplicationRecordInput) =>
  invoke<ApplicationRecord>("application_record_save", { id, input });
