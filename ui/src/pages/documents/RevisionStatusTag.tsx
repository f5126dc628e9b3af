import { Tag } from "antd";
import type { RevisionStatus } from "../../bindings/RevisionStatus";
import { STATUS_COLORS, STATUS_LABELS } from "./docLabels";

export function RevisionStatusTag({ status, testId }: { status: RevisionStatus; testId?: string }) {
  return (
    <Tag color={STATUS_COLORS[status]} className="inline-tag" data-testid={testId}>
      {STATUS_LABELS[status]}
    </Tag>
  );
}
