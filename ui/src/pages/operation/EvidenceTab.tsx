import { DeleteOutlined, EditOutlined, FileTextOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Empty, Flex, Popconfirm, Switch, Table, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { ClauseEvidence } from "../../bindings/ClauseEvidence";
import type { OperationEvidence } from "../../bindings/OperationEvidence";
import type { Person } from "../../bindings/Person";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { useAction } from "../../hooks/useAction";
import { useModalState } from "../../hooks/useModalState";
import { byUrgency, evidenceCounts, evidenceState } from "./evidence";
import { useClauses } from "../../clauses";
import { ClauseNo } from "../../standard/ClauseNo";
import { StatementModal } from "./StatementModal";

interface Props {
  evidence: OperationEvidence | undefined;
  people: Person[];
  loading: boolean;
}

const STATE_TAG = {
  recorded: <Tag color="green">有运行记录</Tag>,
  stated: <Tag color="blue">本期未发生</Tag>,
  missing: <Tag color="orange">缺少运行记录</Tag>,
};

/** 条款运行证据: every applicable clause a form covers, with its records in the operation period or its 本期未发生 statement. */
export function EvidenceTab({ evidence, people, loading }: Props) {
  const modal = useModalState<ClauseEvidence>();
  const { busy, run } = useAction();
  const [missingOnly, setMissingOnly] = useState(false);
  const clauses = evidence?.clauses ?? [];
  const { number } = useClauses();
  const n = evidenceCounts(clauses);
  const shown = byUrgency(clauses).filter((c) => !missingOnly || evidenceState(c) === "missing");
  return (
    <>
      {evidence && !evidence.from && (
        <Alert type="info" showIcon className="load-error" message="体系尚未实施：运行期从实施日期起计算，之后登记的记录才计入运行证据。" />
      )}
      <Flex align="center" justify="space-between" gap={12} className="toolbar">
        <Typography.Text type="secondary" data-testid="evidence-summary">
          {evidence?.from
            ? `运行期 ${evidence.from} 至 ${evidence.to}：${clauses.length} 条适用条款有记录表单，${n.recorded} 条有运行记录，${n.stated} 条以“本期未发生”说明，${n.missing} 条缺少运行记录`
            : `${clauses.length} 条适用条款有记录表单`}
        </Typography.Text>
        <Flex align="center" gap={8}>
          <Switch size="small" checked={missingOnly} onChange={setMissingOnly} data-testid="evidence-missing-only" />
          <Typography.Text>只看缺少记录的条款</Typography.Text>
        </Flex>
      </Flex>
      <Card size="small" className="table-card">
        <div data-testid="evidence-table">
          <Table<ClauseEvidence>
            sticky
            rowKey="clause"
            size="middle"
            loading={loading}
            pagination={false}
            dataSource={shown}
            scroll={{ x: 900 }}
            columns={[
              { title: "条款", dataIndex: "clause", width: 80, render: (k: string) => <ClauseNo k={k} /> },
              { title: "标题", dataIndex: "title", width: 200 },
              { title: "运行期内记录", dataIndex: "records", width: 110, render: (r: number) => `${r} 份` },
              {
                title: "状态",
                key: "state",
                width: 130,
                render: (_, c) => <span data-testid={`evidence-state-${c.clause}`}>{STATE_TAG[evidenceState(c)]}</span>,
              },
              {
                title: "本期未发生说明",
                key: "statement",
                render: (_, c) =>
                  c.statement ? (
                    <Typography.Text data-testid={`statement-${c.clause}`}>
                      {c.statement.reason}
                      <Typography.Text type="secondary">{`（${c.statement.stated_by_name}，${c.statement.stated_on}）`}</Typography.Text>
                    </Typography.Text>
                  ) : null,
              },
              {
                title: "操作",
                key: "actions",
                width: 150,
                render: (_, c) => {
                  const s = c.statement;
                  // A clause with records needs no statement (records are preferred).
                  if (!s && c.records > 0) return null;
                  if (!s) {
                    return (
                      <Button
                        size="small"
                        icon={<FileTextOutlined />}
                        onClick={() => modal.show(c)}
                        data-testid={`statement-add-${c.clause}`}
                      >
                        本期未发生
                      </Button>
                    );
                  }
                  return (
                    <Flex gap={4}>
                      <Tooltip title="编辑说明">
                        <Button
                          type="text"
                          size="small"
                          icon={<EditOutlined />}
                          aria-label="编辑说明"
                          onClick={() => modal.show(c)}
                          data-testid={`statement-edit-${c.clause}`}
                        />
                      </Tooltip>
                      <RecordHistoryButton entity="operation_statement" recordId={s.id} title={`本期未发生 ${number(c.clause)}`} />
                      <Popconfirm
                        title="删除这条“本期未发生”说明？"
                        description="删除前的内容仍保留在变更记录中。"
                        okText="删除"
                        okButtonProps={{ danger: true }}
                        cancelText="取消"
                        onConfirm={() =>
                          run(`delete-${s.id}`, () => api.operationStatementDelete(s.id), "已删除说明")
                        }
                      >
                        <Button
                          type="text"
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          loading={busy === `delete-${s.id}`}
                          aria-label="删除说明"
                          data-testid={`statement-delete-${c.clause}`}
                        />
                      </Popconfirm>
                    </Flex>
                  );
                },
              },
            ]}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={missingOnly ? "没有缺少运行记录的条款" : "尚无覆盖适用条款的记录表单"}
                />
              ),
            }}
          />
        </div>
      </Card>
      <StatementModal
        key={modal.session}
        open={modal.open}
        clause={modal.editing}
        people={people}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </>
  );
}
