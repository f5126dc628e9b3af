// 备份与恢复: backups (src-tauri/src/commands/backup.rs).
import { invoke } from "./invoke";
import type { BackupEntry } from "../bindings/BackupEntry";
import type { BackupSummary } from "../bindings/BackupSummary";
import type { ProjectInfo } from "../bindings/ProjectInfo";

export const backupList = () => invoke<BackupEntry[]>("backup_list");
export const backupNow = () => invoke<BackupEntry>("backup_now");
export const backupToFile = (path: string) => invoke<null>("backup_to_file", { path });
export const backupInspect = (path: string) => invoke<BackupSummary>("backup_inspect", { path });
export const backupRestore = (path: string) => invoke<ProjectInfo>("backup_restore", { path });
