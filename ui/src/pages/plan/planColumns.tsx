import { Button, Popconfirm, Space, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import type { PlanTask } from "../../bindings/PlanTask";
import type { TaskHealth } from "../../bindings/TaskHealth";
import type { TaskStatus } from "../../bindings/TaskStatus";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { HEALTH_LABELS, HEALTH_TAG_COLORS, STATUS_LABELS } from "./planLabels";

interface Actions {
  onEdit: (t: PlanTask) => void;
  onDelete: (t: PlanTask) => void;
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const orDash = (v: string | null) => v || dash;

export function planColumns({ onEdit, onDelete }: Actions): TableColumnsType<PlanTask> {
  return [
    { title: "阶段", dataIndex: "stage_name", width: 84 },
    {
      title: "任务",
      dataIndex: "title",
      // The task is what the row is about: room for a dozen characters before it is cut.
      width: 240,
      ellipsis: { showTitle: false },
      render: (v: string) => (
        <Tooltip title={v} placement="topLeft">
          <Typography.Text strong>{v}</Typography.Text>
        </Tooltip>
      ),
    },
    { title: "负责人", dataIndex: "owner_name", width: 100, ellipsis: true, render: orDash },
    { title: "计划开始", dataIndex: "planned_start", width: 100 },
    { title: "计划完成", dataIndex: "planned_end", width: 100 },
    { title: "实际开始", dataIndex: "actual_start", width: 100, render: orDash },
    { title: "实际完成", dataIndex: "actual_end", width: 100, render: orDash },
    { title: "状态", dataIndex: "status", width: 76, render: (s: TaskStatus) => STATUS_LABELS[s] },
    {
      title: "健康",
      dataIndex: "health",
      width: 76,
      render: (h: TaskHealth) => <Tag color={HEALTH_TAG_COLORS[h]}>{HEALTH_LABELS[h]}</Tag>,
    },
    {
      title: "操作",
      key: "actions",
      width: 130,
      fixed: "right",
      render: (_, t) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(t)} data-testid={`task-edit-${t.id}`}>
            编辑
          </Button>
          <Popconfirm
            title="删除这项任务？"
            description={t.title}
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => onDelete(t)}
          >
            <Button type="link" size="small" danger data-testid={`task-delete-${t.id}`}>
              删除
            </Button>
          </Popconfirm>
          <RecordHistoryButton entity="plan_task" recordId={t.id} title={t.title} />
        </Space>
      ),
    },
  ];
}
