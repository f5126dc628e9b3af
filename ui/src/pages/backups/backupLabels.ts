import type { BackupReason } from "../../bindings/BackupReason";

export const REASON_LABELS: Record<BackupReason, string> = {
  auto: "自动",
  migration: "升级前",
  manual: "手动",
  before_restore: "恢复前",
  before_conversion: "换版前",
};

export const REASON_COLORS: Record<BackupReason, string> = {
  auto: "default",
  migration: "purple",
  manual: "blue",
  before_restore: "orange",
  before_conversion: "cyan",
};

/** 1536 → "1.5 KB". */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
