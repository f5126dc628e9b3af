import { ArrowLeftOutlined, CheckOutlined, EditOutlined, PlusOutlined, SyncOutlined } from "@ant-design/icons";
import { Button, Card, Descriptions, Empty, Popconfirm, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import * as api from "../../api";
import type { ManagementReview } from "../../bindings/ManagementReview";
import type { Person } from "../../bindings/Person";
import type { ReviewOutput } from "../../bindings/ReviewOutput";
import { PageHeader } from "../../components/PageHeader";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { fromDay } from "../../dates";
import { useModalState } from "../../hooks/useModalState";
import { useAction } from "../../hooks/useAction";
import { useRefusal } from "../../hooks/useRefusal";
import { RefusedButton } from "../../components/RefusedButton";
import { OutputModal } from "./OutputModal";
import { OUTPUT_KIND_LABEL } from "./reviewLabels";
import { SnapshotCard } from "./SnapshotCard";

interface Props {
  review: ManagementReview;
  people: Person[];
  onBack: () => void;
  onEdit: () => void;
}

/** One review: the meeting, its inputs (collected and free text), outputs and report, and completion. */
export function ReviewDetail({ review, people, onBack, onEdit }: Props) {
  const outputModal = useModalState<null>();
  const { busy, run } = useAction();

  const today = dayjs().format("YYYY-MM-DD");
  const open = review.outputs.filter((o) => !o.done).length;

  return (
    <>
      <PageHeader
        title={`管理评审 ${review.number}`}
        description={`${review.held_on} · 主持 ${review.chair_name}`}
        extra={
          <>
            <Tag color={review.completed ? "green" : "blue"} data-testid="review-status">
              {review.completed ? "已完成" : "进行中"}
            </Tag>
            {!review.completed && (
              <Button icon={<EditOutlined />} onClick={onEdit} data-testid="review-edit">
                编辑
              </Button>
            )}
            {!review.completed && <CompleteButton review={review} busy={busy === "complete"} onComplete={() => void run("complete", () => api.reviewComplete(review.id), `管理评审 ${review.number} 已完成`)} />}
            <RecordHistoryButton variant="text" entity="management_review" recordId={review.id} title={`管理评审 ${review.number}`} />
            <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="review-back">
              返回列表
            </Button>
          </>
        }
      />
      <Card size="small" title="评审会议" className="form-card">
        <Descriptions size="small" column={3} bordered>
          <Descriptions.Item label="评审编号">{review.number}</Descriptions.Item>
          <Descriptions.Item label="评审日期">{review.held_on}</Descriptions.Item>
          <Descriptions.Item label="计划批准日期">{review.plan_approved_on ?? "—"}</Descriptions.Item>
          <Descriptions.Item label="主持人">{review.chair_name}</Descriptions.Item>
          <Descriptions.Item label="参加人员" span={2}>
            {review.attendee_names.join("、") || "—"}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <SnapshotCard
        snapshot={review.snapshot}
        extra={
          !review.completed && (
          <Button
            size="small"
            icon={<SyncOutlined />}
            loading={busy === "collect"}
            onClick={() => void run("collect", () => api.reviewCollectInputs(review.id), "已收集评审输入")}
            data-testid="review-collect"
          >
            {review.snapshot ? "重新收集输入" : "收集输入"}
          </Button>
          )
        }
      />
      <Card size="small" title="其他评审输入" className="form-card">
        {review.inputs_text ? (
          <Typography.Paragraph className="pre-wrap card-hint">{review.inputs_text}</Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">未填写。</Typography.Text>
        )}
      </Card>
      <Card
        size="small"
        title={`评审输出（${review.outputs.length} 项，未完成 ${open} 项）`}
        className="table-card form-card"
        extra={
          !review.completed && (
            <Button size="small" icon={<PlusOutlined />} onClick={() => outputModal.show(null)} data-testid="review-output-add">
              新增输出
            </Button>
          )
        }
      >
        <div data-testid="review-outputs">
          <Table<ReviewOutput>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={review.outputs}
            columns={[
              { title: "类型", key: "kind", width: 140, render: (_, o) => OUTPUT_KIND_LABEL[o.kind] },
              { title: "决定事项", dataIndex: "description" },
              { title: "责任人", key: "owner", width: 100, render: (_, o) => o.owner_name ?? "—" },
              {
                title: "完成期限",
                key: "due",
                width: 110,
                render: (_, o) =>
                  !o.done && o.due_on && o.due_on < today ? (
                    <span className="nc-overdue-text">{`${o.due_on}（逾期）`}</span>
                  ) : (
                    (o.due_on ?? "—")
                  ),
              },
              {
                title: "状态",
                key: "status",
                width: 170,
                render: (_, o) =>
                  o.done ? (
                    <Tag color="green">{`已完成 ${o.done_on ?? ""}`}</Tag>
                  ) : (
                    <Button
                      size="small"
                      loading={busy === `output-${o.id}`}
                      onClick={() =>
                        void run(`output-${o.id}`, () => api.reviewOutputDone(o.id, fromDay(dayjs())), "已标记完成")
                      }
                      data-testid={`review-output-done-${o.id}`}
                    >
                      标记完成
                    </Button>
                  ),
              },
            ]}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无评审输出" /> }}
          />
        </div>
      </Card>
      <Card size="small" title="评审报告" className="form-card">
        {review.report ? (
          <Typography.Paragraph className="pre-wrap card-hint" data-testid="review-report">
            {review.report}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">未填写：点击“编辑”填写评审报告后方可完成评审。</Typography.Text>
        )}
      </Card>
      <OutputModal
        key={outputModal.session}
        open={outputModal.open}
        reviewId={review.id}
        people={people}
        onClose={outputModal.close}
        onSaved={outputModal.close}
      />
    </>
  );
}

/** 完成评审: disabled, with the core's reason, while the review cannot be completed. */
function CompleteButton({ review, busy, onComplete }: { review: ManagementReview; busy: boolean; onComplete: () => void }) {
  const refusal = useRefusal({ kind: "review_complete", id: review.id });
  return (
    <RefusedButton refusal={refusal} beside testId="review-complete">
      <Popconfirm
        title="完成管理评审？"
        description="完成后评审记录不能再修改"
        okText="完成"
        cancelText="取消"
        okButtonProps={{ ...({ "data-testid": "review-complete-confirm" } as object) }}
        onConfirm={onComplete}
        disabled={refusal !== null}
      >
        <Button type="primary" icon={<CheckOutlined />} loading={busy} disabled={refusal !== null} data-testid="review-complete">
          完成评审
        </Button>
      </Popconfirm>
    </RefusedButton>
  );
}
