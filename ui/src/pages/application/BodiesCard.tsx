import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Popconfirm, Space, Table, Tag, Typography, type TableColumnsType } from "antd";
import * as api from "../../api";
import type { ApplicationSettings } from "../../bindings/ApplicationSettings";
import type { CertificationBody } from "../../bindings/CertificationBody";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { useModalState } from "../../hooks/useModalState";
import { useShowError } from "../../hooks/useShowError";
import { BodyModal } from "./BodyModal";
import { bodyReason } from "./applicationLabels";

interface Props {
  bodies: CertificationBody[];
  loading: boolean;
  settings: ApplicationSettings;
}

const yesNo = (v: boolean) => (v ? <Tag color="green">是</Tag> : <Tag color="red">否</Tag>);

/** The certification bodies; only a qualifying one can be chosen for the certification path. */
export function BodiesCard({ bodies, loading, settings }: Props) {
  const { message } = App.useApp();
  const showError = useShowError();
  const modal = useModalState<CertificationBody>();
  const certification = settings.path === "certification";

  const choose = (b: CertificationBody) => {
    api.applicationSettingsSave({ ...settings, body_id: b.id }).then(() => {
      void message.success(`已选用认证机构“${b.name}”`);
    }, showError);
  };

  const archive = (b: CertificationBody) => {
    api.bodyArchive(b.id).then(() => {
      void message.success(`已归档“${b.name}”`);
    }, showError);
  };

  const columns: TableColumnsType<CertificationBody> = [
    { title: "认证机构", dataIndex: "name", render: (n: string) => <Typography.Text strong>{n}</Typography.Text> },
    { title: "达到服务标准", dataIndex: "meets_standard", width: 120, render: yesNo },
    { title: "无失信记录", dataIndex: "no_dishonesty", width: 110, render: yesNo },
    {
      title: "能否选用",
      key: "qualifies",
      width: 300,
      render: (_, b) =>
        b.qualifies ? (
          <Tag color="green" data-testid={`body-ok-${b.id}`}>
            可以选用
          </Tag>
        ) : (
          <Tag color="red" className="wrap-tag" data-testid={`body-reason-${b.id}`}>{`不可选用：${bodyReason(b)}`}</Tag>
        ),
    },
    { title: "备注", dataIndex: "note", ellipsis: true },
    {
      title: "操作",
      key: "actions",
      width: 160,
      render: (_, b) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => modal.show(b)} data-testid={`body-edit-${b.id}`}>
            编辑
          </Button>
          <Popconfirm
            title={`归档“${b.name}”？`}
            description="归档后不再出现在列表中，已有申请记录不受影响"
            okText="归档"
            cancelText="取消"
            onConfirm={() => archive(b)}
          >
            <Button type="link" size="small" danger data-testid={`body-archive-${b.id}`}>
              归档
            </Button>
          </Popconfirm>
          <RecordHistoryButton entity="certification_body" recordId={b.id} title={b.name} />
        </Space>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title="认证机构"
      className="form-card"
      data-testid="bodies-card"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => modal.show(null)} data-testid="body-add">
          新增认证机构
        </Button>
      }
    >
      <Alert
        type={certification ? "info" : "warning"}
        showIcon
        className="bodies-hint"
        message={
          certification
            ? "第三方认证限于学习平台所列达到“服务标准”且无失信行为的认证机构：在“选用”列选择一家。"
            : "选择“第三方认证”并保存后，才能在此选用认证机构。"
        }
      />
      <div data-testid="body-table">
        <Table<CertificationBody>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={bodies}
          loading={loading}
          pagination={false}
          rowClassName={(b) => (b.qualifies ? "" : "row-disabled")}
          rowSelection={{
            type: "radio",
            columnTitle: "选用",
            columnWidth: 56,
            selectedRowKeys: certification && settings.body_id !== null ? [settings.body_id] : [],
            getCheckboxProps: (b) => ({
              disabled: !certification || !b.qualifies,
              title: b.qualifies ? undefined : `不可选用：${bodyReason(b)}`,
            }),
            onSelect: (b) => choose(b),
          }}
          locale={{ emptyText: "暂无认证机构：请按学习平台公布的名单新增" }}
        />
      </div>
      <BodyModal
        key={modal.session}
        open={modal.open}
        editing={modal.editing}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </Card>
  );
}
