// Typed wrappers for the backup commands (src-tauri/src/commands/backup.rs).
import { invoke } from "@tauri-apps/api/core";
import type { BackupEntry } from "../../bindings/BackupEntry";
import type { BackupSummary } from "../../bindings/BackupSummary";
import type { ProjectInfo } from "../../bindings/ProjectInfo";

export const backupApi = {
  list: () => invoke<BackupEntry[]>("backup_list"),
  now: () => invoke<BackupEntry>("backup_now"),
  toFile: (path: string) => invoke<null>("backup_to_file", { path }),
  inspect: (path: string) => invoke<BackupSummary>("backup_inspect", { path }),
  restore: (path: string) => invoke<ProjectInfo>("backup_restore", { path }),
};
