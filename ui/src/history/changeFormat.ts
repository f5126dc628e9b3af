import dayjs from "dayjs";
import type { ChangeAction } from "../bindings/ChangeAction";
import type { ChangeEntry } from "../bindings/ChangeEntry";

export const ACTION_LABELS: Record<ChangeAction, string> = {
  create: "新增",
  update: "修改",
  archive: "归档",
  restore: "恢复",
  delete: "删除",
};

export const ACTION_COLORS: Record<ChangeAction, string> = {
  create: "green",
  update: "blue",
  archive: "default",
  restore: "cyan",
  delete: "red",
};

export const NO_OPERATOR = "未设置";

/** Stored UTC time shown in local time. */
export function formatAt(at: string): string {
  const d = dayjs(at);
  return d.isValid() ? d.format("YYYY-MM-DD HH:mm:ss") : at;
}

export function operatorName(e: ChangeEntry): string {
  return e.operator || NO_OPERATOR;
}

/** A one-line text of all changes, for tables and filtering. */
export function changeSummary(e: ChangeEntry): string {
  return e.changes
    .map((c) => {
      if (e.action === "create") return `${c.label}：${c.new ?? "（空）"}`;
      if (e.action === "delete") return `${c.label}：${c.old ?? "（空）"}`;
      return `${c.label}：${c.old ?? "（空）"} → ${c.new ?? "（空）"}`;
    })
    .join("；");
}
