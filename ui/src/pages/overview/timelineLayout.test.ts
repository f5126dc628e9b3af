import { describe, expect, it } from "vitest";
import { dateRange, labelWidth, monthTicks, placeMarkers, scaleX, type DateMarker } from "./timelineLayout";

const marker = (key: string, date: string, label = "甲"): DateMarker => ({ key, label, date, color: "blue" });

describe("dateRange", () => {
  it("runs from the first of the earliest month to the last day of the latest, whatever the order", () => {
    expect(dateRange(["2026-03-15", "2026-01-20", "2026-02-01"])).toEqual({ start: "2026-01-01", end: "2026-03-31" });
    expect(dateRange(["2024-02-10"])).toEqual({ start: "2024-02-01", end: "2024-02-29" });
  });
});

describe("scaleX", () => {
  // 31 days over 310 px between 16 px margins.
  const x = scaleX({ start: "2026-01-01", end: "2026-01-31" }, 342);

  it("puts the first day at the left margin and spaces days evenly", () => {
    expect(x("2026-01-01")).toBe(16);
    expect(x("2026-01-11")).toBeCloseTo(116);
    expect(x("2026-01-31")).toBeCloseTo(316);
  });

  it("keeps a width narrower than the margins finite", () => {
    const narrow = scaleX({ start: "2026-01-01", end: "2026-01-31" }, 10);
    expect(Number.isFinite(narrow("2026-01-31"))).toBe(true);
  });
});

describe("labelWidth", () => {
  it("counts CJK and full-width characters at 12 px and others at 6.8 px, plus 4", () => {
    expect(labelWidth("概览")).toBe(28);
    expect(labelWidth("（）")).toBe(28);
    expect(labelWidth("ab")).toBe(18);
    expect(labelWidth("2026-03-01")).toBe(72);
  });
});

describe("placeMarkers", () => {
  // Every label here is as wide as its date (72 px), so a label spans x ± 36.
  const at: Record<string, number> = {
    "2026-01-01": 100,
    "2026-01-02": 110,
    "2026-01-03": 120,
    "2026-01-05": 150,
    "2026-01-20": 300,
    "2026-01-30": 995,
    "2025-12-31": 10,
  };
  const x = (d: string) => at[d];

  it("keeps labels in the first row when they do not overlap, and drops an overlapping one a row", () => {
    const { placed, rows } = placeMarkers(
      [marker("c", "2026-01-20"), marker("a", "2026-01-01"), marker("b", "2026-01-05")],
      x,
      1000,
    );
    expect(placed.map((p) => [p.key, p.row, p.x, p.labelX])).toEqual([
      ["a", 0, 100, 64],
      ["b", 1, 150, 114],
      ["c", 0, 300, 264],
    ]);
    expect(rows).toBe(2);
  });

  it("keeps labels inside the width at both ends", () => {
    const { placed } = placeMarkers([marker("first", "2025-12-31"), marker("last", "2026-01-30")], x, 1000);
    expect(placed.map((p) => p.labelX)).toEqual([8, 920]);
  });

  it("widens a label to its text when the text is longer than the date", () => {
    const { placed } = placeMarkers([marker("long", "2026-01-20", "体系文件发布与实施日期")], x, 1000);
    expect(placed[0].labelX).toBe(300 - 136 / 2);
  });

  it("past maxRows, reuses the row that ends furthest left", () => {
    const { placed, rows } = placeMarkers(
      [marker("a", "2026-01-01"), marker("b", "2026-01-02"), marker("c", "2026-01-03")],
      x,
      1000,
      2,
    );
    expect(placed.map((p) => p.row)).toEqual([0, 1, 0]);
    expect(rows).toBe(2);
  });

  it("has one row when there is nothing to place", () => {
    expect(placeMarkers([], x, 1000)).toEqual({ placed: [], rows: 1 });
  });
});

describe("monthTicks", () => {
  it("ticks every month, naming the year on the first tick and on each January", () => {
    const range = { start: "2025-11-01", end: "2026-02-28" };
    const ticks = monthTicks(range, scaleX(range, 1000));
    expect(ticks.map((t) => [t.key, t.label])).toEqual([
      ["2025-11", "2025年11月"],
      ["2025-12", "12月"],
      ["2026-01", "2026年1月"],
      ["2026-02", "2月"],
    ]);
    expect(ticks[0].x).toBe(16);
    expect(ticks.every((t, i) => i === 0 || t.x > ticks[i - 1].x)).toBe(true);
  });
});
