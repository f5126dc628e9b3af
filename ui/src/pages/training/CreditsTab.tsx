import { Alert, Card, Empty, Flex, Table, Typography } from "antd";
import { useMemo, useState } from "react";
import { useKeptState } from "../../hooks/useKeptState";
import * as api from "../../api";
import type { CreditStatus } from "../../bindings/CreditStatus";
import { LoadError } from "../../components/LoadError";
import { useArrivalHighlight } from "../../hooks/useArrivalHighlight";
import { useModalState } from "../../hooks/useModalState";
import { useRemote } from "../../hooks/useRemote";
import { useProject } from "../../project/projectContext";
import { creditColumns } from "./creditColumns";
import { CreditModal } from "./CreditModal";
import { CreditThreshold } from "./CreditThreshold";

const loadOverview = () => api.creditOverview();

/** 线上学分: everyone in a required role against the credit threshold. */
export function CreditsTab() {
  const { catalog } = useProject();
  const { data, error, loading, reload } = useRemote(loadOverview);
  const modal = useModalState<CreditStatus>();
  const columns = useMemo(() => creditColumns(catalog.roles, modal.show), [catalog.roles, modal.show]);

  const roleLabel = new Map(catalog.roles.map((r) => [r.code, r.label]));
  const rows = data?.people ?? [];
  const threshold = data?.threshold ?? null;
  const ids = useMemo(() => data?.people.map((p) => p.person_id), [data]);
  const highlighted = useArrivalHighlight("training", ids);
  // Paged like 人员 (hundreds of rows in a large enterprise); a row opened from 概览 turns to its page.
  const [pager, setPager] = useKeptState("training.credits.pager", { current: 1, pageSize: 20 });
  const [turnedFor, setTurnedFor] = useState<number | null>(null);
  if (highlighted !== null && highlighted !== turnedFor) {
    setTurnedFor(highlighted);
    const i = rows.findIndex((r) => r.person_id === highlighted);
    if (i >= 0) setPager((p) => ({ ...p, current: Math.floor(i / p.pageSize) + 1 }));
  }

  return (
    <>
      {error && !loading && <LoadError error={error} onRetry={reload} />}
      {data && (
        <Card size="small" className="form-card">
          <Flex align="center" gap={24} wrap>
            <CreditThreshold threshold={threshold} />
            <Typography.Text data-testid="credit-reached">
              {`已达标 ${data.reached_count} / ${rows.length}`}
            </Typography.Text>
            <Typography.Text type="secondary">
              需参加：{data.required_roles.map((r) => roleLabel.get(r) ?? r).join("、")}
            </Typography.Text>
          </Flex>
          {threshold === null ? (
            <Alert
              type="warning"
              showIcon
              className="card-alert"
              message="学分要求未设定：计划未规定具体分值，请向市局或学习平台确认分值后设置"
              data-testid="credit-alert"
            />
          ) : data.missing.length > 0 ? (
            <Alert
              type="warning"
              showIcon
              className="card-alert"
              message={`尚未达标：${data.missing.join("、")}`}
              data-testid="credit-alert"
            />
          ) : rows.length > 0 ? (
            <Alert
              type="success"
              showIcon
              className="card-alert"
              message={`${rows.length} 人全部达标`}
              data-testid="credit-alert"
            />
          ) : null}
        </Card>
      )}
      <Card size="small" className="table-card">
        <div data-testid="credit-table">
          <Table<CreditStatus>
            sticky
            rowKey="person_id"
            rowClassName={(r) => (r.person_id === highlighted ? "row-arrival" : "")}
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={loading}
            pagination={{
              current: pager.current,
              pageSize: pager.pageSize,
              onChange: (current, pageSize) => setPager({ current, pageSize }),
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100],
              showTotal: (total) => `共 ${total} 人`,
            }}
            scroll={{ x: 1000 }}
            locale={{
              emptyText: loading ? (
                <span className="table-loading-placeholder" />
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description="暂无需要参加线上学习的人员：请先在“人员”中为相关人员设置角色"
                />
              ),
            }}
          />
        </div>
      </Card>
      <CreditModal
        key={modal.session}
        open={modal.open}
        person={modal.editing}
        threshold={threshold}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </>
  );
}
