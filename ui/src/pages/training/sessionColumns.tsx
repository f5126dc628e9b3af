import { Button, Popconfirm, Space, Tooltip, Typography, type TableColumnsType } from "antd";
import type { Attachment } from "../../bindings/Attachment";
import type { TrainingSession } from "../../bindings/TrainingSession";
import { AttachmentName } from "../../components/AttachmentName";
import { RecordHistoryButton } from "../../components/RecordHistory";

interface Options {
  kindLabel: (code: string) => string;
  onEdit: (s: TrainingSession) => void;
  onDelete: (s: TrainingSession) => void;
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export function sessionColumns({ kindLabel, onEdit, onDelete }: Options): TableColumnsType<TrainingSession> {
  return [
    { title: "日期", dataIndex: "held_on", width: 110 },
    { title: "类型", dataIndex: "kind", width: 150, render: (k: string) => kindLabel(k) },
    {
      title: "主题",
      dataIndex: "topic",
      ellipsis: true,
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: "讲师", dataIndex: "trainer", width: 100, render: (v: string) => v || dash },
    { title: "学时", dataIndex: "hours", width: 70, align: "right" },
    {
      title: "参训人数",
      dataIndex: "attendee_ids",
      width: 90,
      align: "right",
      render: (_, s) =>
        s.attendee_names.length > 0 ? (
          <Tooltip title={s.attendee_names.join("、")} placement="topLeft">
            <span className="count-with-tip">{s.attendee_ids.length}</span>
          </Tooltip>
        ) : (
          0
        ),
    },
    {
      title: "签到表",
      dataIndex: "sign_in",
      width: 150,
      render: (a: Attachment | null) => <AttachmentName attachment={a} />,
    },
    {
      title: "操作",
      key: "actions",
      width: 140,
      render: (_, s) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(s)} data-testid={`session-edit-${s.id}`}>
            编辑
          </Button>
          <Popconfirm
            title="删除这条培训记录？"
            description={`${s.held_on} ${s.topic}，删除后参训记录一并删除。`}
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => onDelete(s)}
          >
            <Button type="link" size="small" danger data-testid={`session-delete-${s.id}`}>
              删除
            </Button>
          </Popconfirm>
          <RecordHistoryButton entity="training_session" recordId={s.id} title={`${s.held_on} ${s.topic}`} />
        </Space>
      ),
    },
  ];
}
