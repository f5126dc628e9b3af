import { Alert, App, Card, Empty, Table, Typography } from "antd";
import { useMemo } from "react";
import * as api from "../../api";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import { LoadError } from "../../components/LoadError";
import { useModalState } from "../../hooks/useModalState";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { auditorColumns } from "./auditorColumns";
import { AuditorModal } from "./AuditorModal";

const loadAuditors = () => api.auditorOverview();

/** 内审员: who holds the role, who is qualified, and whether an audit can be planned. */
export function AuditorsTab() {
  const { message } = App.useApp();
  const showError = useShowError();
  const { data, error, loading, reload } = useRemote(loadAuditors);
  const modal = useModalState<AuditorStatus>();
  const showModal = modal.show;

  const columns = useMemo(
    () =>
      auditorColumns({
        onEdit: showModal,
        onClear: (a) => {
          api.auditorQualificationClear(a.person_id).then(() => {
            void message.success(`已清除“${a.person_name}”的内审员资格`);
          }, showError);
        },
      }),
    [showModal, message, showError],
  );

  return (
    <>
      {error && !loading && <LoadError error={error} onRetry={reload} />}
      {data &&
        (data.can_plan_audit ? (
          <Alert
            type="success"
            showIcon
            className="load-error"
            message={`合格内审员 ${data.qualified_count} 人，可安排内部审核`}
            data-testid="auditor-alert"
          />
        ) : (
          <Alert
            type="warning"
            showIcon
            className="load-error"
            message="合格内审员不足 2 人，暂不能安排内部审核"
            description={`目前合格内审员 ${data.qualified_count} 人。`}
            data-testid="auditor-alert"
          />
        ))}
      <Card size="small" className="table-card">
        <div data-testid="auditor-table">
          <Table<AuditorStatus>
            sticky
            rowKey="person_id"
            size="middle"
            columns={columns}
            dataSource={data?.auditors ?? []}
            loading={loading}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{
              emptyText: loading ? (
                <span className="table-loading-placeholder" />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无内审员" />
              ),
            }}
          />
        </div>
      </Card>
      <Typography.Paragraph type="secondary" className="table-note">
        内审员角色在“人员”中设置：为人员勾选“内审员”角色后，即出现在此表中。
      </Typography.Paragraph>
      <AuditorModal
        key={modal.session}
        open={modal.open}
        auditor={modal.editing}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </>
  );
}
