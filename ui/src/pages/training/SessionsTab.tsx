import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Empty, Flex, Table, Typography } from "antd";
import { useMemo } from "react";
import * as api from "../../api";
import type { TrainingSession } from "../../bindings/TrainingSession";
import { LoadError } from "../../components/LoadError";
import { useModalState } from "../../hooks/useModalState";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { ALL_PEOPLE } from "../../people";
import { useProject } from "../../project/projectContext";
import { sessionColumns } from "./sessionColumns";
import { SessionModal } from "./SessionModal";
import { StaffCoverageCard } from "./StaffCoverageCard";

const loadSessions = () => api.sessionList();
const loadCoverage = () => api.staffCoverage();
const loadPeople = () => api.personList(ALL_PEOPLE);

/** 线下培训: all-staff coverage and the list of sessions with their attendees. */
export function SessionsTab() {
  const { catalog } = useProject();
  const { message } = App.useApp();
  const showError = useShowError();
  const sessions = useRemote(loadSessions);
  const coverage = useRemote(loadCoverage);
  const people = useRemote(loadPeople);
  const modal = useModalState<TrainingSession>();
  const showModal = modal.show;

  const columns = useMemo(() => {
    const labels = new Map(catalog.session_kinds.map((k) => [k.code, k.label]));
    return sessionColumns({
      kindLabel: (code) => labels.get(code) ?? code,
      onEdit: showModal,
      onDelete: (s) => {
        api.sessionDelete(s.id).then(() => {
          void message.success(`已删除培训“${s.topic}”`);
        }, showError);
      },
    });
  }, [catalog.session_kinds, showModal, message, showError]);

  const error = sessions.error ?? coverage.error ?? people.error;
  const rows = sessions.data ?? [];

  return (
    <>
      {error && !sessions.loading && (
        <LoadError
          error={error}
          onRetry={() => {
            sessions.reload();
            coverage.reload();
            people.reload();
          }}
        />
      )}
      {coverage.data && <StaffCoverageCard coverage={coverage.data} />}
      <Flex align="center" justify="space-between" className="toolbar">
        <Typography.Text type="secondary">
          全员宣贯培训、内审员培训、管理层培训等线下培训，登记参训人员并附签到表。
        </Typography.Text>
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => modal.show(null)}
          data-testid="session-add"
        >
          新增培训
        </Button>
      </Flex>
      <Card size="small" className="table-card">
        <div data-testid="session-table">
          <Table<TrainingSession>
            sticky
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={sessions.loading}
            pagination={false}
            scroll={{ x: 960 }}
            locale={{
              emptyText: sessions.loading ? (
                <span className="table-loading-placeholder" />
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无培训记录，点击“新增培训”开始" />
              ),
            }}
          />
        </div>
      </Card>
      <SessionModal
        key={modal.session}
        open={modal.open}
        editing={modal.editing}
        people={people.data ?? []}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </>
  );
}
