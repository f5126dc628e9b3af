import { Alert, Descriptions, Empty, Steps, Typography } from "antd";
import type { Revision } from "../../bindings/Revision";
import { STATUS_LABELS } from "./docLabels";

interface Props {
  /** The working revision, else the published one. */
  revision: Revision | null;
  /** Warnings of the last approval. */
  warnings: string[];
  onDismissWarnings: () => void;
}

/** Who and when, for a step's description. */
function who(name: string | null, on: string | null, nobody: string) {
  return (
    <span className="doc-step-desc">
      <span>{name ?? nobody}</span>
      {on && <span>{on}</span>}
    </span>
  );
}

function currentStep(r: Revision): number {
  switch (r.status) {
    case "draft":
      return 0;
    case "in_review":
      return r.reviewed_on ? 2 : 1;
    case "approved":
      return 3;
    default:
      return 3;
  }
}

/** 审批: 编制 → 审核 → 批准 → 发布 for the working revision, who and when. The steps are taken in the bar below. */
export function ApprovalTab({ revision: r, warnings, onDismissWarnings }: Props) {
  if (!r) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该文件没有版本" />;
  const finished = r.status === "published" || r.status === "obsolete";

  return (
    <div className="doc-approval">
      <Steps
        current={currentStep(r)}
        status={finished ? "finish" : "process"}
        items={[
          { title: "编制", description: who(r.drafted_by_name, r.drafted_on, "编制人未指定") },
          { title: "审核", description: who(r.reviewer_name, r.reviewed_on, "审核人未指定") },
          { title: "批准", description: who(r.approver_name, r.approved_on, "批准人未指定") },
          { title: "发布", description: who(r.published_on ? "已发布" : null, r.published_on, "未发布") },
        ]}
        className="doc-steps"
      />
      {warnings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={onDismissWarnings}
          className="form-card"
          message="已批准，但请留意"
          description={
            <ul className="alert-list">
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          }
          data-testid="revision-warnings"
        />
      )}
      <Descriptions
        size="small"
        column={2}
        bordered
        className="form-card"
        items={[
          { key: "version", label: "版本", children: `${r.version}（${STATUS_LABELS[r.status]}）` },
          { key: "note", label: "修订说明", children: r.change_note || "—" },
          { key: "reviewer", label: "审核人", children: r.reviewer_name ?? "未指定（默认为管理者代表）" },
          { key: "approver", label: "批准人", children: r.approver_name ?? "未指定（默认为最高管理者）" },
        ]}
      />
      <Typography.Paragraph type="secondary">
        审批流程：编制人提交审核 → 审核人审核通过（或退回修改）→ 批准人批准 → 发布为受控版本。每一步记录日期；审核中或已批准的版本可退回草稿修改，审核、批准记录随之清除。操作按钮在下方。
      </Typography.Paragraph>
    </div>
  );
}
