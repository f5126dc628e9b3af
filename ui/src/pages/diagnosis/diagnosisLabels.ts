import type { DiagnosisResult } from "../../bindings/DiagnosisResult";
import { DIAGNOSIS_RESULT_LABEL } from "../../bindings/labels";

/** From Rust (one home for every coded value). */
export const RESULT_LABELS = DIAGNOSIS_RESULT_LABEL;


/** antd Tag colours. */
export const RESULT_COLORS: Record<DiagnosisResult, string> = {
  conform: "green",
  partial: "orange",
  nonconform: "red",
  not_applicable: "default",
};

export const RESULT_OPTIONS: { value: DiagnosisResult; label: string }[] = [
  { value: "conform", label: "符合" },
  { value: "partial", label: "部分符合" },
  { value: "nonconform", label: "不符合" },
  { value: "not_applicable", label: "不适用" },
];

export type ResultFilter = "all" | "unassessed" | DiagnosisResult;

export const FILTER_LABELS: Record<ResultFilter, string> = {
  all: "全部",
  unassessed: "未诊断",
  ...RESULT_LABELS,
};

export function matchesFilter(result: DiagnosisResult | null, filter: ResultFilter): boolean {
  if (filter === "all") return true;
  if (filter === "unassessed") return result === null;
  return result === filter;
}
