import { TASK_STATUS_LABEL } from "../../bindings/labels";
import type { TaskHealth } from "../../bindings/TaskHealth";
import type { TaskStatus } from "../../bindings/TaskStatus";

/** From Rust (one home for every coded value). */
export const STATUS_LABELS = TASK_STATUS_LABEL;

export const STATUS_OPTIONS: { value: TaskStatus; label: string }[] = (
  Object.keys(STATUS_LABELS) as TaskStatus[]
).map((value) => ({ value, label: STATUS_LABELS[value] }));

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
