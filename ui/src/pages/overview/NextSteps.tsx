import { ArrowRightOutlined } from "@ant-design/icons";
import { Button, Empty, Flex, Tag, Typography } from "antd";
import type { RuleResult } from "../../bindings/RuleResult";
import { useNavigate } from "../../navigation/navigationContext";
import { fixScreen, nextSteps, SCREEN_LABELS } from "./overviewLabels";

/** The next three things to do, each a link to the screen that fixes it. */
export function NextSteps({ rules }: { rules: RuleResult[] }) {
  const navigate = useNavigate();
  const steps = nextSteps(rules);
  if (steps.length === 0) {
    return (
      <div data-testid="next-steps">
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="没有待办事项：可以到“验收申请”提交并登记申请"
        >
          <Button type="primary" onClick={() => navigate("application")} data-testid="next-step-application">
            去验收申请
          </Button>
        </Empty>
      </div>
    );
  }
  return (
    <ol className="next-steps" data-testid="next-steps">
      {steps.map((r) => {
        const screen = fixScreen(r);
        return (
          <li key={r.id} className="next-step">
            <Flex justify="space-between" align="flex-start" gap={12}>
              <div className="next-step-text">
                <Typography.Text strong>{r.title}</Typography.Text>
                <Tag color={r.severity === "blocker" ? "red" : "orange"} className="next-step-tag">
                  {r.severity === "blocker" ? "阻断" : "提醒"}
                </Tag>
                <div>
                  <Typography.Text type="secondary">{r.explanation}</Typography.Text>
                </div>
              </div>
              {screen && (
                <Button
                  type="link"
                  onClick={() => navigate(screen, r.fix.record_id, r.id)}
                  data-testid={`next-step-${r.id}`}
                  className="next-step-link"
                >
                  {`去${SCREEN_LABELS[screen]}`}
                  <ArrowRightOutlined />
                </Button>
              )}
            </Flex>
          </li>
        );
      })}
    </ol>
  );
}
