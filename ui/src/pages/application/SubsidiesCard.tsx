import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Popconfirm, Space, Table, Typography, type TableColumnsType } from "antd";
import * as api from "../../api";
import type { OtherSubsidy } from "../../bindings/OtherSubsidy";
import type { ProjectProgram } from "../../bindings/ProjectProgram";
import type { RuleResult } from "../../bindings/RuleResult";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { useModalState } from "../../hooks/useModalState";
import { useShowError } from "../../hooks/useShowError";
import { yuan } from "./applicationLabels";
import { SubsidyModal } from "./SubsidyModal";
import { subsidyRule, subsidyTotal } from "./subsidyRule";

interface Props {
  subsidies: OtherSubsidy[];
  loading: boolean;
  program: ProjectProgram | undefined;
  /** The readiness rule `subsidy_not_doubled`, shown while it warns. */
  rule: RuleResult | undefined;
}

/** 其他奖补: subsidies received for the same 贯标 from a city, a district or an earlier year. */
export function SubsidiesCard({ subsidies, loading, program, rule }: Props) {
  const modal = useModalState<OtherSubsidy>();
  const { message } = App.useApp();
  const showError = useShowError();
  const said = subsidyRule(program);

  const remove = async (s: OtherSubsidy) => {
    try {
      await api.subsidyDelete(s.id);
      void message.success("已删除奖补记录");
    } catch (e) {
      showError(e);
    }
  };

  const columns: TableColumnsType<OtherSubsidy> = [
    { title: "奖补单位", dataIndex: "grantor" },
    { title: "金额", dataIndex: "amount_yuan", width: 120, render: (n: number) => yuan(n) },
    { title: "收到日期", dataIndex: "received_on", width: 110 },
    { title: "备注", dataIndex: "note", render: (n: string) => n || "—" },
    {
      title: "操作",
      key: "actions",
      width: 150,
      render: (_, s) => (
        <Space size={0}>
          <Button type="link" size="small" onClick={() => modal.show(s)} data-testid={`subsidy-edit-${s.id}`}>
            编辑
          </Button>
          <Popconfirm
            title={`删除“${s.grantor}”的奖补记录？`}
            description="删除后可在变更记录中查看原内容。"
            okText="删除"
            okButtonProps={{ danger: true }}
            cancelText="取消"
            onConfirm={() => void remove(s)}
          >
            <Button type="link" size="small" danger data-testid={`subsidy-delete-${s.id}`}>
              删除
            </Button>
          </Popconfirm>
          <RecordHistoryButton entity="other_subsidy" recordId={s.id} title={`${s.grantor} 奖补`} />
        </Space>
      ),
    },
  ];

  return (
    <Card
      size="small"
      title="其他贯标奖补"
      className="form-card"
      data-testid="subsidies-card"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => modal.show(null)} data-testid="subsidy-add">
          登记其他奖补
        </Button>
      }
    >
      {said && (
        <Typography.Paragraph type="secondary" data-testid="subsidy-rule">
          {said.text}
        </Typography.Paragraph>
      )}
      {rule && !rule.passed && (
        <Alert
          type="warning"
          showIcon
          className="subsidies-warning"
          data-testid="subsidy-warning"
          message="可能构成重复奖补"
          description={rule.explanation}
        />
      )}
      <div data-testid="subsidy-table">
        <Table<OtherSubsidy>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={subsidies}
          loading={loading}
          pagination={false}
          scroll={{ x: 720 }}
          locale={{ emptyText: "未登记其他奖补：同一贯标从市、区县或往年领取的奖补在此登记" }}
          footer={subsidies.length > 0 ? () => subsidyTotal(subsidies) : undefined}
        />
      </div>
      <SubsidyModal key={modal.session} open={modal.open} editing={modal.editing} onClose={modal.close} />
    </Card>
  );
}
