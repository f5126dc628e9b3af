import type { TaskHealth } from "../../bindings/TaskHealth";
import type { TaskStatus } from "../../bindings/TaskStatus";

export const STATUS_OPTIONS: { value: TaskStatus; label: string }[] = [
  { value: "not_started", label: "未开始" },
  { value: "in_progress", label: "进行中" },
  { value: "done", label: "已完成" },
  { value: "cancelled", label: "已取消" },
];

export const STATUS_LABELS: Record<TaskStatus, string> = {
  not_started: "未开始",
  in_progress: "进行中",
  done: "已完成",
  cancelled: "已取消",
};

export const HEALTH_LABELS: Record<TaskHealth, string> = {
  overdue: "逾期",
  at_risk: "有风险",
  on_track: "正常",
  done: "完成",
};

/** antd Tag colours. */
export const HEALTH_TAG_COLORS: Record<TaskHealth, string> = {
  overdue: "red",
  at_risk: "orange",
  on_track: "blue",
  done: "green",
};

/** Bar colours in the timeline. */
export const HEALTH_COLORS: Record<TaskHealth, string> = {
  overdue: "#ff4d4f",
  at_risk: "#fa8c16",
  on_track: "#1677ff",
  done: "#52c41a",
};
