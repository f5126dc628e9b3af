import type { PlanGenerated } from "../../bindings/PlanGenerated";
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

/** What 生成默认计划 did, in a sentence: a plan moved to start today says so, and whether it misses the deadline. */
export function generatedText(g: PlanGenerated): string {
  const head = `已生成默认计划，共 ${g.tasks} 项任务`;
  if (g.shifted_days <= 0) return head;
  const deadline = g.past_deadline
    ? `；最后一项 ${g.last_end} 完成，晚于截止日期 ${g.past_deadline}，请压缩工期或另选贯标计划`
    : "";
  return `${head}。贯标计划的阶段日期已过，计划整体顺延 ${g.shifted_days} 天、从今天开始${deadline}`;
}
