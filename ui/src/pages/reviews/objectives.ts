// 知识产权目标: the latest measurement and what the card says about them.
import type { Objective } from "../../bindings/Objective";
import type { ObjectiveMeasurement } from "../../bindings/ObjectiveMeasurement";

/** The latest measurement (the core sends them oldest first). */
export function latestMeasurement(o: Objective): ObjectiveMeasurement | null {
  return o.measurements.at(-1) ?? null;
}

/** "N 项目标，已考核 M 项，达成 K 项" (by the latest measurement of each). */
export function objectivesSummary(objectives: readonly Objective[]): string {
  if (objectives.length === 0) return "尚未登记知识产权目标";
  const latest = objectives.map(latestMeasurement);
  const measured = latest.filter((m) => m !== null).length;
  const achieved = latest.filter((m) => m?.achieved).length;
  return `${objectives.length} 项目标，已考核 ${measured} 项，达成 ${achieved} 项`;
}
