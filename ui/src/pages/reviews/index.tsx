import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Table, Tag, Typography } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { ManagementReview } from "../../bindings/ManagementReview";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { useModalState } from "../../hooks/useModalState";
import { useRemote } from "../../hooks/useRemote";
import { ALL_PEOPLE } from "../../people";
import { ObjectivesCard } from "./ObjectivesCard";
import { ReviewDetail } from "./ReviewDetail";
import { ReviewModal } from "./ReviewModal";

const loadReviews = () => api.reviewList();
const loadPeople = () => api.personList(ALL_PEOPLE);
const loadObjectives = () => api.objectiveList();
const loadDepartments = () => api.departmentList(true);

/** 管理评审: reviews chaired by the 最高管理者 after a completed internal audit. */
export function ReviewsPage() {
  const reviews = useRemote(loadReviews);
  const people = useRemote(loadPeople);
  const objectives = useRemote(loadObjectives);
  const departments = useRemote(loadDepartments);
  const modal = useModalState<ManagementReview>();
  const [openId, setOpenId] = useState<number | null>(null);
  const opened = (reviews.data ?? []).find((r) => r.id === openId);

  const modalNode = (
    <ReviewModal
      key={modal.session}
      open={modal.open}
      editing={modal.editing}
      people={people.data ?? []}
      onClose={modal.close}
      onSaved={(r) => {
        modal.close();
        setOpenId(r.id);
      }}
    />
  );

  if (opened) {
    return (
      <>
        <ReviewDetail
          review={opened}
          people={people.data ?? []}
          onBack={() => setOpenId(null)}
          onEdit={() => modal.show(opened)}
        />
        {modalNode}
      </>
    );
  }

  const error = reviews.error ?? people.error ?? objectives.error ?? departments.error;
  return (
    <>
      <PageHeader
        title="管理评审"
        description="按 GB/T 29490 5.5 由最高管理者主持，在至少一次内部审核完成后进行：收集输入、作出改进决定并跟踪落实。"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => modal.show(null)}
            data-testid="review-add"
          >
            新建评审
          </Button>
        }
      />
      {error && (
        <LoadError
          error={error}
          onRetry={() => {
            reviews.reload();
            people.reload();
            objectives.reload();
            departments.reload();
          }}
        />
      )}
      <Card size="small" className="table-card">
        <div data-testid="review-table">
          <Table<ManagementReview>
            rowKey="id"
            size="middle"
            loading={reviews.loading}
            pagination={false}
            dataSource={reviews.data ?? []}
            onRow={(r) => ({ onDoubleClick: () => setOpenId(r.id) })}
            columns={[
              {
                title: "评审编号",
                dataIndex: "number",
                width: 140,
                render: (n: string, r) => (
                  <Typography.Link onClick={() => setOpenId(r.id)} data-testid={`review-open-${r.id}`}>
                    {n}
                  </Typography.Link>
                ),
              },
              { title: "评审日期", dataIndex: "held_on", width: 120 },
              { title: "主持人", dataIndex: "chair_name", width: 100 },
              { title: "参加人数", key: "n", width: 90, render: (_, r) => r.attendee_names.length },
              {
                title: "评审输入",
                key: "snap",
                width: 130,
                render: (_, r) => (r.snapshot ? `${r.snapshot.collected_on} 收集` : <Tag>未收集</Tag>),
              },
              {
                title: "评审输出",
                key: "outputs",
                render: (_, r) => {
                  const open = r.outputs.filter((o) => !o.done).length;
                  return `${r.outputs.length} 项${open ? `，未完成 ${open} 项` : ""}`;
                },
              },
              {
                title: "状态",
                key: "status",
                width: 90,
                render: (_, r) => <Tag color={r.completed ? "green" : "blue"}>{r.completed ? "已完成" : "进行中"}</Tag>,
              },
            ]}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description="暂无管理评审；须在至少一次内部审核完成后进行"
                />
              ),
            }}
          />
        </div>
      </Card>
      <ObjectivesCard
        objectives={objectives.data ?? []}
        departments={departments.data ?? []}
        people={people.data ?? []}
        loading={objectives.loading}
      />
      {modalNode}
    </>
  );
}
