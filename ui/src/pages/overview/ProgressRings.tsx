import { Col, Flex, Progress, Row, Typography } from "antd";
import type { OverviewCounts } from "../../bindings/OverviewCounts";
import type { PageKey } from "../../navigation/navigation";
import { LinkCard } from "./LinkCard";

interface Ring {
  key: string;
  title: string;
  done: number;
  total: number;
  text: string;
  to: PageKey;
  type: "dashboard" | "circle";
}

function percent(done: number, total: number): number {
  return total > 0 ? Math.round((done / total) * 100) : 0;
}

function rings(c: OverviewCounts): Ring[] {
  const reached = c.people_requiring_credits - c.people_missing_credits;
  return [
    {
      key: "credits",
      title: "线上学分达标",
      done: reached,
      total: c.people_requiring_credits,
      text:
        c.people_requiring_credits === 0
          ? "尚未设定须参训人员"
          : `${reached}/${c.people_requiring_credits} 人${c.credit_threshold_set ? "" : "（学分要求未设定）"}`,
      to: "training",
      type: "dashboard",
    },
    {
      key: "diagnosis",
      title: "条款诊断",
      done: c.clauses_diagnosed,
      total: c.clauses_total,
      text: `${c.clauses_diagnosed}/${c.clauses_total} 条`,
      to: "diagnosis",
      type: "circle",
    },
    {
      key: "coverage",
      title: "条款文件覆盖",
      done: c.clauses_covered,
      total: c.clauses_applicable,
      text: `${c.clauses_covered}/${c.clauses_applicable} 条适用条款`,
      to: "documents",
      type: "circle",
    },
    {
      key: "auditors",
      title: "合格内审员",
      done: Math.min(c.qualified_auditors, 2),
      total: 2,
      text: `${c.qualified_auditors} 人（至少 2 人）`,
      to: "training",
      type: "dashboard",
    },
  ];
}

/** Progress as rings: credits, diagnosis, document coverage and auditors. */
export function ProgressRings({ counts }: { counts: OverviewCounts }) {
  return (
    <Row gutter={[12, 12]} data-testid="progress-rings">
      {rings(counts).map((r) => {
        const p = percent(r.done, r.total);
        return (
          <Col key={r.key} span={12}>
            <LinkCard to={r.to} testId={`ring-${r.key}`} label={`${r.title} ${r.text}`}>
              <Flex vertical align="center" gap={4}>
                <Progress
                  type={r.type}
                  size={92}
                  percent={p}
                  status={r.total > 0 && r.done >= r.total ? "success" : "normal"}
                  format={() => `${p}%`}
                />
                <Typography.Text strong>{r.title}</Typography.Text>
                <Typography.Text type="secondary" className="link-card-note">
                  {r.text}
                </Typography.Text>
              </Flex>
            </LinkCard>
          </Col>
        );
      })}
    </Row>
  );
}
