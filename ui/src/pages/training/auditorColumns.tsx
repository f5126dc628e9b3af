import { Button, Popconfirm, Space, Tag, Typography, type TableColumnsType } from "antd";
import type { Attachment } from "../../bindings/Attachment";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import { AttachmentName } from "../../components/AttachmentName";

interface Actions {
  onEdit: (a: AuditorStatus) => void;
  onClear: (a: AuditorStatus) => void;
}

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const orDash = (v: string | null) => v || dash;

export function auditorColumns({ onEdit, onClear }: Actions): TableColumnsType<AuditorStatus> {
  return [
    {
      title: "姓名",
      dataIndex: "person_name",
      width: 100,
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: "部门", dataIndex: "department_name", width: 120, render: orDash },
    {
      title: "资格",
      dataIndex: "qualified",
      width: 90,
      render: (q: boolean) => (q ? <Tag color="success">已取得</Tag> : <Tag>未取得</Tag>),
    },
    { title: "证书编号", dataIndex: "certificate_no", width: 150, ellipsis: true, render: orDash },
    { title: "发证机构", dataIndex: "issuer", ellipsis: true, render: orDash },
    { title: "取得日期", dataIndex: "qualified_on", width: 110, render: orDash },
    {
      title: "证书",
      dataIndex: "certificate",
      width: 150,
      render: (a: Attachment | null) => <AttachmentName attachment={a} />,
    },
    {
      title: "操作",
      key: "actions",
      width: 130,
      render: (_, a) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => onEdit(a)} data-testid={`auditor-edit-${a.person_id}`}>
            登记资格
          </Button>
          {a.qualified && (
            <Popconfirm
              title={`清除“${a.person_name}”的内审员资格？`}
              description="证书编号、发证机构、取得日期和证书附件将一并清除。"
              okText="清除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => onClear(a)}
            >
              <Button type="link" size="small" danger data-testid={`auditor-clear-${a.person_id}`}>
                清除
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
}
