import { Card, Descriptions, Empty, Typography } from "antd";
import type { ReactNode } from "react";
import type { ReviewSnapshot } from "../../bindings/ReviewSnapshot";

const list = (items: string[], empty: string) =>
  items.length === 0 ? (
    <Typography.Text type="secondary">{empty}</Typography.Text>
  ) : (
    <ul className="alert-list">
      {items.map((s) => (
        <li key={s}>{s}</li>
      ))}
    </ul>
  );

/** The inputs collected from the records (5.5.2), shown as they were on the day they were collected. */
export function SnapshotCard({ snapshot, extra }: { snapshot: ReviewSnapshot | null; extra: ReactNode }) {
  return (
    <Card
      size="small"
      className="form-card"
      title={snapshot ? `评审输入（${snapshot.collected_on} 收集）` : "评审输入"}
      extra={extra}
    >
      {snapshot ? (
        <div data-testid="review-snapshot">
          <Descriptions size="small" column={1} bordered labelStyle={{ width: 180 }}>
            <Descriptions.Item label="内部审核结果">{list(snapshot.audits, "尚无已完成的内部审核")}</Descriptions.Item>
            <Descriptions.Item label="纠正措施状况">
              {`不符合项共 ${snapshot.nonconformities_total} 项，未关闭 ${snapshot.nonconformities_open} 项`}
            </Descriptions.Item>
            <Descriptions.Item label="知识产权方针、目标">
              <span className="pre-wrap">{snapshot.objectives || "（未填写目标）"}</span>
            </Descriptions.Item>
            <Descriptions.Item label="体系运行">{snapshot.operation}</Descriptions.Item>
            <Descriptions.Item label="培训">{snapshot.training}</Descriptions.Item>
            <Descriptions.Item label="知识产权状况">{snapshot.ip_holdings}</Descriptions.Item>
            <Descriptions.Item label="以往评审的跟踪措施">{list(snapshot.previous_actions, "无（首次管理评审）")}</Descriptions.Item>
          </Descriptions>
        </div>
      ) : (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description="点击“收集输入”，从审核、目标、培训、知识产权状况和以往评审中汇总评审输入"
        />
      )}
    </Card>
  );
}
