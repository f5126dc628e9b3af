import { Alert, Card, Col, Flex, Progress, Row, Statistic, Tag, Typography } from "antd";
import dayjs from "dayjs";
import type { OperationStatus } from "../../bindings/OperationStatus";

/** Where the operation period stands: days run, when the minimum period completes, and against the deadline. */
export function OperationStatusCard({ status }: { status: OperationStatus }) {
  if (!status.implemented_on || !status.min_complete_on) {
    return (
      <Alert
        type="info"
        showIcon
        className="load-error"
        message={status.summary}
        description="在“体系文件 → 体系发布”中发布体系并填写实施日期后，运行期从实施日期起计算。"
        data-testid="operation-summary"
      />
    );
  }
  const total = dayjs(status.min_complete_on).diff(dayjs(status.implemented_on), "day");
  const percent = total > 0 ? Math.min(100, Math.round((status.days_run / total) * 100)) : 100;
  const margin = status.margin_days ?? 0;
  const late = margin < 0;
  return (
    <Card size="small" className="form-card" data-testid="operation-status">
      <Row gutter={16}>
        <Col span={5}>
          <Statistic title="实施日期" value={status.implemented_on} />
        </Col>
        <Col span={4}>
          <Statistic title="已运行" value={status.days_run} suffix="天" />
        </Col>
        <Col span={5}>
          <Statistic title={`最短运行期（${status.min_months} 个月）满足日`} value={status.min_complete_on} />
        </Col>
        <Col span={5}>
          <Statistic title="验收申请截止日期" value={status.deadline ?? "无（不参加政府贯标计划）"} />
        </Col>
        <Col span={5}>
          <Statistic
            title="距截止日期余量"
            value={margin}
            suffix="天"
            valueStyle={{ color: late ? "#cf1322" : margin < 30 ? "#d46b08" : "#389e0d" }}
          />
        </Col>
      </Row>
      <Flex align="center" gap={12} className="table-note">
        <Typography.Text type="secondary">运行进度</Typography.Text>
        <Progress
          className="flex-fill"
          percent={percent}
          status={status.complete ? "success" : late ? "exception" : "active"}
          format={() => (status.complete ? "已满足" : `${percent}%`)}
        />
        {status.complete ? (
          <Tag color="green">最短运行期已满足</Tag>
        ) : late ? (
          <Tag color="red">晚于截止日期</Tag>
        ) : (
          <Tag color="blue">运行中</Tag>
        )}
      </Flex>
      <Alert
        type={late ? "error" : status.complete ? "success" : "info"}
        showIcon
        className="card-alert"
        message={<span data-testid="operation-summary">{status.summary}</span>}
      />
    </Card>
  );
}
