import { Card, Collapse, Flex, Progress, Space, Tag, Typography } from "antd";
import type { StaffCoverage } from "../../bindings/StaffCoverage";

/** 全员培训覆盖: the share of current staff who attended an all-staff session, and who has not. */
export function StaffCoverageCard({ coverage }: { coverage: StaffCoverage }) {
  const percent = Math.round(coverage.share * 1000) / 10;
  const complete = coverage.staff > 0 && coverage.attended >= coverage.staff;
  return (
    <Card size="small" className="form-card" data-testid="staff-coverage">
      <Flex align="center" gap={24} wrap>
        <Progress
          type="circle"
          size={64}
          percent={percent}
          status={complete ? "success" : "normal"}
          format={(p) => `${p ?? 0}%`}
        />
        <Flex vertical gap={2}>
          <Typography.Text strong>全员宣贯培训覆盖</Typography.Text>
          <Typography.Text>{`已参加 ${coverage.attended}/${coverage.staff} 人`}</Typography.Text>
          <Typography.Text type="secondary">
            {coverage.staff === 0
              ? "暂无在职人员"
              : complete
                ? "全体在职人员均已参加全员培训"
                : "按在职人员计，参加过任一场全员宣贯培训即计入"}
          </Typography.Text>
        </Flex>
      </Flex>
      {coverage.not_attended.length > 0 && (
        <Collapse
          ghost
          size="small"
          className="coverage-missing"
          items={[
            {
              key: "missing",
              label: `尚未参加的人员（${coverage.not_attended.length} 人）`,
              children: (
                <Space size={[4, 6]} wrap data-testid="staff-not-attended">
                  {coverage.not_attended.map((n) => (
                    <Tag key={n}>{n}</Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
