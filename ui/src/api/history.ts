// Change history and app settings (src-tauri/src/commands/history.rs).
import type { Table } from "../bindings/Table";
import { invoke } from "./invoke";
import type { ChangeEntry } from "../bindings/ChangeEntry";
import type { Settings } from "../bindings/Settings";

/** What a history is asked for: a table name and the record's key. */
export const historyFor = (entity: Table, recordId: string | number) =>
  invoke<ChangeEntry[]>("history_for", { entity, recordId: String(recordId) });
export const historyRecent = (limit: number) => invoke<ChangeEntry[]>("history_recent", { limit });
export const settingsGet = () => invoke<Settings>("settings_get");
export const operatorSet = (name: string) => invoke<Settings>("operator_set", { name });
