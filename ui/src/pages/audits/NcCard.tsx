import { Button, Card, Descriptions, Flex, Steps, Tag, Typography, type DescriptionsProps } from "antd";
import type { AuditEvidence } from "../../bindings/AuditEvidence";
import type { Nonconformity } from "../../bindings/Nonconformity";
import { AuditEvidenceList } from "./AuditEvidenceList";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { GRADE_LABEL, NC_STATUS_COLOR, NC_STEPS, ncStepIndex, ncStepLabel } from "./auditLabels";
import { ClauseNo } from "../../standard/ClauseNo";
import type { NcStep } from "./NcStepModal";

interface Props {
  nc: Nonconformity;
  /** Files attached to it (photos of the fact, of the correction). */
  evidence: readonly AuditEvidence[];
  readOnly: boolean;
  onStep: (nc: Nonconformity, step: NcStep) => void;
}

/** The actions allowed now: the next step, plus revising the previous one while it is still open. */
function actions(nc: Nonconformity): { step: NcStep; label: string; primary?: boolean; danger?: boolean }[] {
  switch (nc.status) {
    case "open":
      return nc.confirmed_on
        ? [{ step: "cause", label: "填写原因分析", primary: true }]
        : [{ step: "confirm", label: "受审核方确认", primary: true }];
    case "cause_analysed":
      return [
        { step: "plan", label: "制定纠正措施", primary: true },
        { step: "cause", label: "修改原因分析" },
      ];
    case "action_planned":
      return [
        { step: "done", label: "标记措施完成", primary: true },
        { step: "plan", label: "修改纠正措施" },
      ];
    case "done":
      return [
        { step: "verify", label: "验证有效", primary: true },
        { step: "reopen", label: "验证无效，重新实施", danger: true },
      ];
    case "verified":
      return [{ step: "close", label: "关闭", primary: true }];
    case "closed":
      return [];
  }
}

const dash = (v: string | null | undefined) => (v ? v : "—");

/** The report's fields, the verification and closure only once they exist. */
function details(nc: Nonconformity): DescriptionsProps["items"] {
  const items: NonNullable<DescriptionsProps["items"]> = [
    { key: "fact", label: "不符合事实", span: 2, children: nc.fact },
    { key: "found", label: "发现", children: `${nc.found_on}${nc.auditor_name ? ` · ${nc.auditor_name}` : ""}` },
    {
      key: "confirmed",
      label: "受审核方确认",
      children: nc.confirmed_on ? `${nc.confirmed_by_name ?? ""} ${nc.confirmed_on}` : "—",
    },
    { key: "cause", label: "原因分析", span: 2, children: dash(nc.cause) },
    { key: "correction", label: "纠正", span: 2, children: dash(nc.correction) },
    { key: "action", label: "纠正措施", span: 2, children: dash(nc.corrective_action) },
    { key: "owner", label: "责任人", children: dash(nc.owner_name) },
    {
      key: "due",
      label: "完成期限",
      children: nc.overdue ? (
        <span className="nc-overdue-text" data-testid={`nc-due-${nc.id}`}>{`${nc.due_on ?? ""}（已逾期）`}</span>
      ) : (
        <span data-testid={`nc-due-${nc.id}`}>{dash(nc.due_on)}</span>
      ),
    },
    { key: "done", label: "完成日期", children: dash(nc.done_on) },
    {
      key: "verified",
      label: "验证",
      children: nc.verified_on ? `${nc.verified_by_name ?? ""} ${nc.verified_on}` : "—",
    },
  ];
  if (nc.verification) items.push({ key: "verification", label: "验证情况", span: 2, children: nc.verification });
  if (nc.closed_on) items.push({ key: "closed", label: "关闭日期", span: 2, children: nc.closed_on });
  return items;
}

/** One nonconformity: where it stands in the corrective-action cycle and what can be done next. */
export function NcCard({ nc, evidence, readOnly, onStep }: Props) {
  const step = ncStepIndex(nc);
  return (
    <Card
      size="small"
      className={nc.overdue ? "nc-card nc-card-overdue" : "nc-card"}
      data-testid={`nc-card-${nc.id}`}
      title={
        <Flex align="center" gap={8} wrap>
          <span>{nc.number}</span>
          <Tag color={nc.grade === "major" ? "red" : "orange"}>{GRADE_LABEL[nc.grade]}</Tag>
          <Typography.Text type="secondary">
            {`${nc.department_name} · 条款 `}
            <ClauseNo k={nc.clause} />
          </Typography.Text>
        </Flex>
      }
      extra={
        <Flex align="center" gap={8}>
          {nc.overdue && (
            <Tag color="red" data-testid={`nc-overdue-${nc.id}`}>
              已逾期
            </Tag>
          )}
          <Tag color={NC_STATUS_COLOR[nc.status]} data-testid={`nc-status-${nc.id}`}>
            {ncStepLabel(nc)}
          </Tag>
          <RecordHistoryButton entity="nonconformity" recordId={nc.id} title={`不符合项 ${nc.number}`} />
        </Flex>
      }
    >
      <Steps
        size="small"
        className="nc-steps"
        current={step}
        status={nc.overdue ? "error" : undefined}
        items={NC_STEPS.map((title) => ({ title }))}
      />
      <Descriptions size="small" column={2} bordered items={details(nc)} />
      <AuditEvidenceList target={{ nc: nc.id }} evidence={evidence} readOnly={readOnly} />
      {!readOnly && actions(nc).length > 0 && (
        <Flex gap={8} className="table-note" wrap>
          {actions(nc).map((a) => (
            <Button
              key={a.step}
              type={a.primary ? "primary" : "default"}
              danger={a.danger}
              onClick={() => onStep(nc, a.step)}
              data-testid={`nc-${a.step}-${nc.id}`}
            >
              {a.label}
            </Button>
          ))}
        </Flex>
      )}
    </Card>
  );
}
