import { CheckCircleFilled, CloseCircleFilled, ExclamationCircleFilled } from "@ant-design/icons";
import { Button, Collapse, Flex, Tag, Typography } from "antd";
import type { RuleResult } from "../../bindings/RuleResult";
import type { Stage } from "../../bindings/Stage";
import { useNavigate } from "../../navigation/navigationContext";
import { fixScreen, SCREEN_LABELS, STAGE_IDS, stageName } from "./overviewLabels";

function RuleIcon({ rule }: { rule: RuleResult }) {
  if (rule.passed) return <CheckCircleFilled className="rule-icon rule-passed" />;
  if (rule.severity === "blocker") return <CloseCircleFilled className="rule-icon rule-blocker" />;
  return <ExclamationCircleFilled className="rule-icon rule-warning" />;
}

function RuleRow({ rule }: { rule: RuleResult }) {
  const navigate = useNavigate();
  const screen = fixScreen(rule);
  return (
    <Flex className="rule-row" gap={10} align="flex-start" data-testid={`rule-${rule.id}`}>
      <RuleIcon rule={rule} />
      <div className="rule-text">
        <Typography.Text strong={!rule.passed}>{rule.title}</Typography.Text>
        {!rule.passed && (
          <Tag color={rule.severity === "blocker" ? "red" : "orange"} className="next-step-tag">
            {rule.severity === "blocker" ? "阻断" : "提醒"}
          </Tag>
        )}
        <div>
          <Typography.Text type="secondary">{rule.explanation}</Typography.Text>
        </div>
      </div>
      {screen && !rule.passed && (
        <Button
          size="small"
          type="link"
          onClick={() => navigate(screen, rule.fix.record_id, rule.id)}
          data-testid={`rule-fix-${rule.id}`}
        >
          {`去${SCREEN_LABELS[screen]}`}
        </Button>
      )}
    </Flex>
  );
}

/** Every rule, grouped by stage; a stage with something failing opens by itself. */
export function RuleList({ rules, stages }: { rules: RuleResult[]; stages: Stage[] }) {
  const groups = STAGE_IDS.map((id) => ({ id, rules: rules.filter((r) => r.stage === id) })).filter(
    (g) => g.rules.length > 0,
  );
  return (
    <Collapse
      className="overview-card rule-list"
      data-testid="rule-list"
      items={groups.map((g) => {
        const failing = g.rules.filter((r) => !r.passed).length;
        return {
          key: g.id,
          label: (
            <span data-testid={`rule-group-${g.id}`}>
              {`${stageName(g.id, stages)}：通过 ${g.rules.length - failing}/${g.rules.length}`}
            </span>
          ),
          extra: failing > 0 ? <Tag color="red">{`未通过 ${failing}`}</Tag> : <Tag color="green">全部通过</Tag>,
          children: g.rules.map((r) => <RuleRow key={r.id} rule={r} />),
        };
      })}
    />
  );
}
