import { describe, expect, it } from "vitest";
import type { Objective } from "../../bindings/Objective";
import { latestMeasurement, objectivesSummary } from "./objectives";

const m = (id: number, measured_on: string, achieved: boolean) => ({
  id,
  objective_id: 1,
  measured_on,
  actual: "7 件",
  achieved,
  measured_by: null,
  measured_by_name: null,
  note: "",
});
const objective = (id: number, measurements: ReturnType<typeof m>[]): Objective => ({
  id,
  description: `目标 ${id}`,
  target: "≥6 件",
  department_id: null,
  department_name: null,
  period: "2022 年度",
  measurements,
});

describe("objectives", () => {
  it("takes the latest measurement", () => {
    expect(latestMeasurement(objective(1, []))).toBeNull();
    expect(latestMeasurement(objective(1, [m(1, "2022-06-30", false), m(2, "2022-08-15", true)]))?.id).toBe(2);
  });

  it("summarises by each objective's latest measurement", () => {
    expect(objectivesSummary([])).toBe("尚未登记知识产权目标");
    const all = [
      objective(1, [m(1, "2022-06-30", false), m(2, "2022-08-15", true)]),
      objective(2, [m(3, "2022-08-15", false)]),
      objective(3, []),
    ];
    expect(objectivesSummary(all)).toBe("3 项目标，已考核 2 项，达成 1 项");
  });
});
