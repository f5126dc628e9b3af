import { describe, expect, it } from "vitest";
import type { PlanTask } from "../../bindings/PlanTask";
import type { PlanView } from "../../bindings/PlanView";
import { buildScale } from "./ganttScale";

function task(dates: Partial<PlanTask>): PlanTask {
  return {
    id: 1,
    stage: "implementation",
    stage_name: "实施阶段",
    title: "任务",
    owner_person_id: null,
    owner_department_id: null,
    owner_name: null,
    planned_start: "2026-02-01",
    planned_end: "2026-02-10",
    actual_start: null,
    actual_end: null,
    status: "not_started",
    health: "on_track",
    notes: "",
    clause: null,
    ...dates,
  };
}

function plan(deadline: string, tasks: PlanTask[] = []): PlanView {
  return {
    tasks,
    stages: [{ id: "training", name: "培训阶段", start: "2026-01-10", end: "2026-03-31" }],
    deadline,
    today: "2026-02-01",
    overdue: 0,
    at_risk: 0,
  };
}

describe("buildScale", () => {
  // The earliest date is an actual start before every stage; the deadline is the latest.
  const scale = buildScale(plan("2026-06-15", [task({ actual_start: "2025-12-20" })]));

  it("runs from the first of the earliest month, actual starts included, to the end of the deadline's month", () => {
    expect(scale.start.format("YYYY-MM-DD")).toBe("2025-12-01");
    expect(scale.days).toBe(31 + 31 + 28 + 31 + 30 + 31 + 30);
    expect(scale.months.map((m) => m.label)).toEqual(["2025年12月", "2026年1月", "2月", "3月", "4月", "5月", "6月"]);
  });

  it("leaves at least ten days after the deadline", () => {
    const late = buildScale(plan("2026-06-25"));
    expect(late.months.at(-1)?.key).toBe("2026-07");
    expect(late.contains("2026-07-31")).toBe(true);
    expect(late.contains("2026-08-01")).toBe(false);
  });

  it("reaches past the deadline to a task planned or done after it", () => {
    const s = buildScale(plan("2026-03-01", [task({ actual_end: "2026-05-02" })]));
    expect(s.months.at(-1)?.key).toBe("2026-05");
  });

  it("places days and spans in percent of the whole range", () => {
    expect(scale.at("2025-12-01")).toBe(0);
    expect(scale.at("2026-01-01")).toBeCloseTo((31 / scale.days) * 100);
    expect(scale.span("2025-12-01", "2026-06-30")).toBeCloseTo(100);
    expect(scale.span("2026-01-01", "2026-01-01")).toBeCloseTo(100 / scale.days);
    // An end before the start still shows one day.
    expect(scale.span("2026-01-05", "2026-01-01")).toBeCloseTo(100 / scale.days);
  });

  it("tiles the range with its months", () => {
    const total = scale.months.reduce((sum, m) => sum + m.width, 0);
    expect(total).toBeCloseTo(100);
    scale.months.forEach((m, i) => {
      if (i > 0) expect(m.left).toBeCloseTo(scale.months[i - 1].left + scale.months[i - 1].width);
    });
  });

  it("tells dates in the range from those outside, and clamps the outside ones to its ends", () => {
    expect(scale.contains("2025-11-30")).toBe(false);
    expect(scale.contains("2025-12-01")).toBe(true);
    expect(scale.contains("2026-06-30")).toBe(true);
    expect(scale.contains("2026-07-01")).toBe(false);
    expect(scale.clamp("2025-01-01")).toBe("2025-12-01");
    expect(scale.clamp("2027-01-01")).toBe("2026-06-30");
    expect(scale.clamp("2026-03-03")).toBe("2026-03-03");
  });

  it("reaches today when the whole plan lies in the past", () => {
    const old = { ...plan("2022-10-31", [task({ planned_start: "2022-04-01", planned_end: "2022-10-31" })]), today: "2026-12-05" };
    old.stages = [{ id: "training", name: "培训阶段", start: "2022-04-01", end: "2022-05-31" }];
    const s = buildScale(old);
    expect(s.contains("2026-12-05")).toBe(true);
    expect(s.contains("2022-04-01")).toBe(true);
  });
});
