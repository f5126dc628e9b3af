import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, Table, Tag, Typography } from "antd";
import { useState } from "react";
import type { Department } from "../../bindings/Department";
import type { OperationProblem } from "../../bindings/OperationProblem";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { useModalState } from "../../hooks/useModalState";
import { BeforeOperationTag } from "./BeforeOperationTag";
import { ClauseNo } from "../../standard/ClauseNo";
import { ProblemModal } from "./ProblemModal";

interface Props {
  problems: OperationProblem[];
  departments: Department[];
  loading: boolean;
}

/** 运行问题采集: problems found while the system runs, and their resolution. */
export function ProblemsTab({ problems, departments, loading }: Props) {
  const modal = useModalState<OperationProblem>();
  const [resolving, setResolving] = useState(false);
  const open = problems.filter((p) => !p.resolved_on).length;
  const show = (p: OperationProblem | null, resolve: boolean) => {
    setResolving(resolve);
    modal.show(p);
  };
  return (
    <>
      <Flex align="center" justify="space-between" gap={12} className="toolbar">
        <Typography.Text type="secondary">{`共 ${problems.length} 个问题，未解决 ${open} 个`}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => show(null, false)} data-testid="problem-add">
          采集问题
        </Button>
      </Flex>
      <Card size="small" className="table-card">
        <div data-testid="problem-table">
          <Table<OperationProblem>
            sticky
            rowKey="id"
            size="middle"
            loading={loading}
            pagination={false}
            dataSource={problems}
            scroll={{ x: 960 }}
            columns={[
              {
                title: "发现日期",
                key: "found",
                width: 130,
                render: (_, p) => (
                  <Flex vertical gap={4} align="start">
                    {p.found_on}
                    <BeforeOperationTag show={p.before_operation} />
                  </Flex>
                ),
              },
              { title: "部门", key: "dep", width: 120, render: (_, p) => p.department_name ?? "—" },
              { title: "条款", key: "clause", width: 70, render: (_, p) => (p.clause ? <ClauseNo k={p.clause} /> : "—") },
              { title: "问题描述", dataIndex: "description" },
              { title: "处理情况", key: "resolution", render: (_, p) => p.resolution || "—" },
              {
                title: "状态",
                key: "status",
                width: 130,
                render: (_, p) =>
                  p.resolved_on ? <Tag color="green">{`已解决 ${p.resolved_on}`}</Tag> : <Tag color="orange">待解决</Tag>,
              },
              {
                title: "操作",
                key: "actions",
                width: 150,
                fixed: "right",
                render: (_, p) => (
                  <Flex gap={4}>
                    {!p.resolved_on && (
                      <Button size="small" type="link" onClick={() => show(p, true)} data-testid={`problem-resolve-${p.id}`}>
                        解决
                      </Button>
                    )}
                    <Button size="small" type="link" onClick={() => show(p, false)}>
                      编辑
                    </Button>
                    <RecordHistoryButton
                      entity="operation_problem"
                      recordId={p.id}
                      title={p.description.length > 24 ? `${p.description.slice(0, 24)}…` : p.description}
                    />
                  </Flex>
                ),
              },
            ]}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无运行问题" /> }}
          />
        </div>
      </Card>
      <ProblemModal
        key={modal.session}
        open={modal.open}
        editing={modal.editing}
        resolving={resolving}
        departments={departments}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </>
  );
}
