import { describe, expect, it } from "vitest";
import type { TodoItem } from "../../bindings/TodoItem";
import { dueText, todoRule } from "./todoText";

const item = (due_on: string | null, late = false, kind: TodoItem["kind"] = "task"): TodoItem => ({
  kind,
  kind_label: "计划任务",
  title: "t",
  owner: null,
  due_on,
  late,
  link: { screen: "plan", record_id: null },
});

describe("dueText", () => {
  it("counts days late and ahead from the list's today", () => {
    expect(dueText(item("2026-12-02", true), "2026-12-05")).toBe("逾期 3 天");
    expect(dueText(item("2026-12-05"), "2026-12-05")).toBe("今天到期");
    expect(dueText(item("2026-12-06"), "2026-12-05")).toBe("明天到期");
    expect(dueText(item("2026-12-09"), "2026-12-05")).toBe("12月9日到期");
    expect(dueText(item(null), "2026-12-05")).toBe("未定日期");
    expect(dueText(item(null, true), "2026-12-05")).toBe("已逾期");
  });
  it("opens a corrective action on the audit's nonconformities", () => {
    expect(todoRule(item(null, false, "corrective_action"))).toBe("actions_verified");
    expect(todoRule(item(null))).toBeUndefined();
  });
});
