import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Space, Table, Tag, type TableColumnsType } from "antd";
import type { ApplicationRecord } from "../../bindings/ApplicationRecord";
import type { ApplicationSettings } from "../../bindings/ApplicationSettings";
import type { CertificationBody } from "../../bindings/CertificationBody";
import { RecordHistoryButton } from "../../components/RecordHistory";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import { useModalState } from "../../hooks/useModalState";
import { MISSES_SUBSIDY, pathName, RESULT_COLORS, RESULT_LABELS, yuan } from "./applicationLabels";
import { RecordModal } from "./RecordModal";

interface Props {
  records: ApplicationRecord[];
  loading: boolean;
  bodies: CertificationBody[];
  settings: ApplicationSettings;
  program: ProgramProfile | undefined;
}

const dash = (d: string | null) => d ?? "—";

/** The applications made: dates, body, result and the certificate, flagged when it misses the subsidy. */
export function RecordsCard({ records, loading, bodies, settings, program }: Props) {
  const modal = useModalState<ApplicationRecord>();
  const late = records.filter((r) => r.misses_subsidy);

  const columns: TableColumnsType<ApplicationRecord> = [
    { title: "申请日期", dataIndex: "submitted_on", width: 110 },
    { title: "验收方式", dataIndex: "path", width: 90, render: (p: ApplicationRecord["path"]) => pathName(p, program) },
    { title: "认证机构", dataIndex: "body_name", render: (n: string | null) => n ?? "—" },
    { title: "第一阶段", dataIndex: "stage1_on", width: 104, render: dash },
    { title: "第二阶段", dataIndex: "stage2_on", width: 104, render: dash },
    {
      title: "结果",
      dataIndex: "result",
      width: 72,
      render: (r: ApplicationRecord["result"]) => <Tag color={RESULT_COLORS[r]}>{RESULT_LABELS[r]}</Tag>,
    },
    { title: "证书编号", dataIndex: "certificate_no", render: (n: string) => n || "—" },
    {
      title: "证书日期",
      key: "certificate_on",
      width: 200,
      render: (_, r) => (
        <>
          {dash(r.certificate_on)}
          {r.misses_subsidy && (
            <Tag color="red" className="record-flag" data-testid={`record-flag-${r.id}`}>
              {MISSES_SUBSIDY}
            </Tag>
          )}
        </>
      ),
    },
    {
      title: "补助",
      dataIndex: "subsidy_yuan",
      width: 80,
      render: (n: number, r) => (r.misses_subsidy ? <Tag color="red">无</Tag> : n > 0 ? yuan(n) : "—"),
    },
    {
      title: "操作",
      key: "actions",
      width: 96,
      render: (_, r) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => modal.show(r)} data-testid={`record-edit-${r.id}`}>
            编辑
          </Button>
          <RecordHistoryButton entity="application_record" recordId={r.id} title={`${r.submitted_on} 申请`} />
        </Space>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title="申请记录"
      className="form-card"
      data-testid="records-card"
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => modal.show(null)} data-testid="record-add">
          登记申请
        </Button>
      }
    >
      {late.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="records-late"
          data-testid="records-late"
          message={MISSES_SUBSIDY}
          description={`${late
            .map((r) => `${r.submitted_on} 申请的证书日期为 ${r.certificate_on ?? ""}`)
            .join("；")}，晚于截止日期 ${program?.deadline ?? ""}（以证书记载的日期为准）。`}
        />
      )}
      <div data-testid="record-table">
        <Table<ApplicationRecord>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={records}
          loading={loading}
          pagination={false}
          scroll={{ x: 980 }}
          rowClassName={(r) => (r.misses_subsidy ? "row-overdue" : "")}
          locale={{ emptyText: "暂无申请记录：提交认证或验收申请后在此登记" }}
        />
      </div>
      <RecordModal
        key={modal.session}
        open={modal.open}
        editing={modal.editing}
        defaultPath={settings.path}
        defaultBodyId={settings.body_id}
        bodies={bodies}
        program={program}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </Card>
  );
}
