import { Col, Row, Statistic, Typography } from "antd";
import type { OverviewCounts } from "../../bindings/OverviewCounts";
import type { PageKey } from "../../navigation/navigation";
import { LinkCard } from "./LinkCard";

interface Item {
  key: string;
  title: string;
  value: number;
  note: string;
  to: PageKey;
}

function items(c: OverviewCounts): Item[] {
  return [
    {
      key: "nonconformities",
      title: "未关闭不符合项",
      value: c.open_nonconformities,
      note: c.open_major_nonconformities > 0 ? `其中严重 ${c.open_major_nonconformities} 项` : "内部审核发现",
      to: "audits",
    },
    {
      key: "overdue-tasks",
      title: "逾期任务",
      value: c.overdue_tasks,
      note: "实施计划中已过计划完成日期",
      to: "plan",
    },
    {
      key: "overdue-actions",
      title: "逾期措施",
      value: c.overdue_corrective_actions + c.overdue_review_outputs,
      note: `纠正措施 ${c.overdue_corrective_actions} · 评审输出 ${c.overdue_review_outputs}`,
      to: c.overdue_corrective_actions === 0 && c.overdue_review_outputs > 0 ? "reviews" : "audits",
    },
    {
      key: "documents",
      title: "待审批文件",
      value: c.documents_in_review,
      note: c.documents_awaiting_publication > 0 ? `另有 ${c.documents_awaiting_publication} 份已批准待发布` : "审核中的体系文件",
      to: "documents",
    },
    {
      key: "credits",
      title: "学分未达标",
      value: c.people_missing_credits,
      note: !c.credit_threshold_set
        ? "学分要求未设定"
        : `须参训 ${c.people_requiring_credits} 人`,
      to: "training",
    },
  ];
}

/** Counts that need attention; each opens the screen where they are dealt with. */
export function AttentionCards({ counts }: { counts: OverviewCounts }) {
  return (
    <Row gutter={[12, 12]} className="overview-row" data-testid="attention-cards">
      {items(counts).map((i) => (
        <Col key={i.key} xs={12} md={8} xl={{ flex: "20%" }}>
          <LinkCard to={i.to} testId={`attention-${i.key}`} label={`${i.title} ${i.value}`}>
            <Statistic
              title={i.title}
              value={i.value}
              valueStyle={{ color: i.value > 0 ? "#cf1322" : "#389e0d" }}
            />
            <Typography.Text type="secondary" className="link-card-note">
              {i.note}
            </Typography.Text>
          </LinkCard>
        </Col>
      ))}
    </Row>
  );
}
