import dayjs from "dayjs";
import type { TodoItem } from "../../bindings/TodoItem";
import type { RuleId } from "../../bindings/RuleId";

/** “逾期 3 天”, “今天到期”, “12月9日到期” or “未定日期”, from the list's `today`. */
export function dueText(item: TodoItem, today: string): string {
  if (!item.due_on) return item.late ? "已逾期" : "未定日期";
  const days = dayjs(item.due_on).diff(dayjs(today), "day");
  if (days < 0) return `逾期 ${-days} 天`;
  if (days === 0) return "今天到期";
  if (days === 1) return "明天到期";
  return `${dayjs(item.due_on).format("M月D日")}到期`;
}

/** The tab a link opens on its page: a corrective action opens the audit's 不符合项. */
export function todoRule(item: TodoItem): RuleId | undefined {
  return item.kind === "corrective_action" ? "actions_verified" : undefined;
}
