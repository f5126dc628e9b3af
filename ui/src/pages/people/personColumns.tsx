import { Button, Popconfirm, Space, Tag, Typography, type TableColumnsType } from "antd";
import type { Labeled } from "../../bindings/Labeled";
import type { Person } from "../../bindings/Person";
import type { Role } from "../../bindings/Role";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { ROLE_COLORS } from "./roleColors";

interface Options {
  roles: Labeled[];
  onEdit: (p: Person) => void;
  onArchive: (p: Person) => void;
  onRestore: (p: Person) => void;
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const orDash = (v: string | null) => v || dash;

export function personColumns({ roles, onEdit, onArchive, onRestore }: Options): TableColumnsType<Person> {
  const roleLabel = new Map(roles.map((r) => [r.code, r.label]));
  return [
    {
      title: "姓名",
      dataIndex: "name",
      width: 120,
      render: (v: string, p) => (
        <Space size={6}>
          <Typography.Text strong>{v}</Typography.Text>
          {p.archived && <Tag>已归档</Tag>}
        </Space>
      ),
    },
    { title: "部门", dataIndex: "department_name", width: 130, render: orDash },
    { title: "职务", dataIndex: "position", width: 130, ellipsis: true, render: orDash },
    {
      title: "角色",
      dataIndex: "roles",
      render: (rs: Role[]) =>
        rs.length === 0 ? (
          dash
        ) : (
          <Space size={[0, 4]} wrap>
            {rs.map((r) => (
              <Tag key={r} color={ROLE_COLORS[r]}>
                {roleLabel.get(r) ?? r}
              </Tag>
            ))}
          </Space>
        ),
    },
    { title: "电话", dataIndex: "phone", width: 140, render: orDash },
    { title: "邮箱", dataIndex: "email", width: 180, ellipsis: true, render: orDash },
    { title: "工号", dataIndex: "employee_no", width: 90, render: orDash },
    {
      title: "操作",
      key: "actions",
      width: 150,
      fixed: "right",
      render: (_, p) => (
        <Space size={0}>
          {p.archived ? (
            <Button
              type="link"
              size="small"
              onClick={() => onRestore(p)}
              data-testid={`person-restore-${p.id}`}
            >
              恢复
            </Button>
          ) : (
            <>
              <Button type="link" size="small" onClick={() => onEdit(p)} data-testid={`person-edit-${p.id}`}>
                编辑
              </Button>
              <Popconfirm
                title={`归档“${p.name}”？`}
                description="归档后不再计入部门人数，其角色也不再占用，可随时恢复。"
                okText="归档"
                cancelText="取消"
                onConfirm={() => onArchive(p)}
              >
                <Button type="link" size="small" danger data-testid={`person-archive-${p.id}`}>
                  归档
                </Button>
              </Popconfirm>
            </>
          )}
          <RecordHistoryButton entity="person" recordId={p.id} title={p.name} />
        </Space>
      ),
    },
  ];
}
