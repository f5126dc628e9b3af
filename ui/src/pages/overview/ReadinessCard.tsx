import { Card, Col, Divider, Row, Statistic, Typography } from "antd";
import type { Readiness } from "../../bindings/Readiness";
import type { Stage } from "../../bindings/Stage";
import { NextSteps } from "./NextSteps";
import { StageBars } from "./StageBars";

/** Blockers, warnings and passed rules, by stage, and what to do next. */
export function ReadinessCard({ readiness, stages }: { readiness: Readiness; stages: Stage[] }) {
  const passed = readiness.rules.filter((r) => r.passed).length;
  return (
    <Card
      size="small"
      title="申请就绪情况"
      extra={<span data-testid="readiness-judged-on">{`判定日期 ${readiness.judged_on}`}</span>}
      className="overview-card"
      data-testid="readiness-card"
    >
      <Row gutter={16}>
        <Col span={8}>
          <Statistic
            title="阻断项"
            value={readiness.blockers}
            valueStyle={{ color: readiness.blockers > 0 ? "#cf1322" : "#389e0d" }}
            valueRender={(v) => <span data-testid="readiness-blockers">{v}</span>}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title="提醒"
            value={readiness.warnings}
            valueStyle={{ color: readiness.warnings > 0 ? "#d46b08" : undefined }}
            valueRender={(v) => <span data-testid="readiness-warnings">{v}</span>}
          />
        </Col>
        <Col span={8}>
          <Statistic
            title="已通过"
            value={passed}
            suffix={`/ ${readiness.rules.length}`}
            valueRender={(v) => <span data-testid="readiness-passed">{v}</span>}
          />
        </Col>
      </Row>
      <Divider className="overview-divider" />
      <StageBars rules={readiness.rules} stages={stages} />
      <Divider className="overview-divider" />
      <Typography.Text strong className="subsection-title">
        接下来要做
      </Typography.Text>
      <NextSteps rules={readiness.rules} />
    </Card>
  );
}
