import { Button, Space, Tag, Typography, type TableColumnsType } from "antd";
import type { Attachment } from "../../bindings/Attachment";
import type { CreditStatus } from "../../bindings/CreditStatus";
import type { Labeled } from "../../bindings/Labeled";
import type { Role } from "../../bindings/Role";
import { AttachmentName } from "../../components/AttachmentName";
import { ROLE_COLORS } from "../people/roleColors";

const dash = <Typography.Text type="secondary">—</Typography.Text>;

function statusTag(reached: boolean | null) {
  if (reached === null) return <Tag>未设定</Tag>;
  return reached ? <Tag color="success">达标</Tag> : <Tag color="error">未达标</Tag>;
}

export function creditColumns(roles: Labeled[], onEdit: (c: CreditStatus) => void): TableColumnsType<CreditStatus> {
  const roleLabel = new Map(roles.map((r) => [r.code, r.label]));
  return [
    {
      title: "姓名",
      dataIndex: "person_name",
      width: 100,
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: "部门", dataIndex: "department_name", width: 120, render: (v: string | null) => v || dash },
    {
      title: "角色",
      dataIndex: "roles",
      render: (rs: Role[]) => (
        <Space size={[0, 4]} wrap>
          {rs.map((r) => (
            <Tag key={r} color={ROLE_COLORS[r]}>
              {roleLabel.get(r) ?? r}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: "平台账号",
      dataIndex: "platform_account",
      width: 140,
      ellipsis: true,
      render: (v: string) => v || dash,
    },
    { title: "学分", dataIndex: "credits", width: 70, align: "right" },
    { title: "达标日期", dataIndex: "reached_on", width: 110, render: (v: string | null) => v ?? dash },
    {
      title: "证书",
      dataIndex: "certificate",
      width: 160,
      render: (a: Attachment | null) => <AttachmentName attachment={a} />,
    },
    { title: "状态", dataIndex: "reached", width: 80, render: statusTag },
    {
      title: "操作",
      key: "actions",
      width: 70,
      render: (_, c) => (
        <Button type="link" size="small" onClick={() => onEdit(c)} data-testid={`credit-edit-${c.person_id}`}>
          登记
        </Button>
      ),
    },
  ];
}
