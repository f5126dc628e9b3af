import { Tag } from "antd";
import type { DiagnosisResult } from "../../bindings/DiagnosisResult";
import { RESULT_COLORS, RESULT_LABELS } from "./diagnosisLabels";

/** The result, colour-coded; 未诊断 dashed so open clauses stand out. */
export function ResultTag({ result, testId }: { result: DiagnosisResult | null; testId?: string }) {
  if (result === null) {
    return (
      <Tag className="inline-tag tag-unassessed" data-testid={testId}>
        未诊断
      </Tag>
    );
  }
  return (
    <Tag color={RESULT_COLORS[result]} className="inline-tag" data-testid={testId}>
      {RESULT_LABELS[result]}
    </Tag>
  );
}
