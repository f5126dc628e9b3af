import { Button, Popconfirm, Space, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import type { Department } from "../../bindings/Department";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { OWNER_KIND_LABEL } from "../../bindings/labels";

interface Actions {
  onEdit: (d: Department) => void;
  onArchive: (d: Department) => void;
  onRestore: (d: Department) => void;
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;

export function departmentColumns({ onEdit, onArchive, onRestore }: Actions): TableColumnsType<Department> {
  return [
    { title: "部门代码", dataIndex: "code", width: 90, render: (v: string) => v || dash },
    {
      title: "部门名称",
      dataIndex: "name",
      width: 150,
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    {
      title: "负责人",
      dataIndex: "head_name",
      width: 100,
      render: (v: string | null) => v ?? <Typography.Text type="secondary">未指定</Typography.Text>,
    },
    { title: "在职人数", dataIndex: "person_count", width: 90, align: "right" },
    {
      title: "承担职能",
      dataIndex: "parts",
      width: 220,
      render: (parts: Department["parts"]) =>
        parts.length === 0 ? (
          <Typography.Text type="secondary">无</Typography.Text>
        ) : (
          <Space size={[0, 4]} wrap>
            {parts.map((p) => (
              <Tag key={p} color={p === "ip_department" ? "blue" : undefined}>
                {OWNER_KIND_LABEL[p]}
              </Tag>
            ))}
          </Space>
        ),
    },
    {
      title: "部门职责",
      dataIndex: "responsibilities",
      width: 200,
      ellipsis: { showTitle: false },
      render: (v: string) =>
        v ? (
          <Tooltip title={<div className="pre-wrap">{v}</div>} placement="topLeft">
            {v}
          </Tooltip>
        ) : (
          dash
        ),
    },
    {
      title: "状态",
      dataIndex: "archived",
      width: 80,
      render: (archived: boolean) => (archived ? <Tag>已归档</Tag> : <Tag color="success">在用</Tag>),
    },
    {
      title: "操作",
      key: "actions",
      width: 150,
      // In view when a narrow window scrolls the table sideways.
      fixed: "right",
      render: (_, d) => (
        <Space size={0}>
          {d.archived ? (
            <Button
              type="link"
              size="small"
              onClick={() => onRestore(d)}
              data-testid={`department-restore-${d.id}`}
            >
              恢复
            </Button>
          ) : (
            <>
              <Button
                type="link"
                size="small"
                onClick={() => onEdit(d)}
                data-testid={`department-edit-${d.id}`}
              >
                编辑
              </Button>
              <Popconfirm
                title={`归档部门“${d.name}”？`}
                description="归档后不再出现在部门选择中，可随时恢复。"
                okText="归档"
                cancelText="取消"
                onConfirm={() => onArchive(d)}
              >
                <Button type="link" size="small" danger data-testid={`department-archive-${d.id}`}>
                  归档
                </Button>
              </Popconfirm>
            </>
          )}
          <RecordHistoryButton entity="department" recordId={d.id} title={d.name} />
        </Space>
      ),
    },
  ];
}
