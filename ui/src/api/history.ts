// Change history and app settings (src-tauri/src/commands/history.rs).
import { invoke } from "@tauri-apps/api/core";
import type { ChangeEntry } from "../bindings/ChangeEntry";
import type { Settings } from "../bindings/Settings";

/** What a history is asked for: a table name and the record's key. */
export type HistoryEntity =
  | "person"
  | "department"
  | "document"
  | "plan_task"
  | "training_session"
  | "diagnosis"
  | "operation_checkin"
  | "operation_record"
  | "operation_problem"
  | "audit"
  | "nonconformity"
  | "management_review"
  | "certification_body"
  | "application_record"
  | "application_setting"
  | (string & {});

export const historyFor = (entity: HistoryEntity, recordId: string | number) =>
  invoke<ChangeEntry[]>("history_for", { entity, recordId: String(recordId) });
export const historyRecent = (limit: number) => invoke<ChangeEntry[]>("history_recent", { limit });
export const settingsGet = () => invoke<Settings>("settings_get");
export const operatorSet = (name: string) => invoke<Settings>("operator_set", { name });
