import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Empty, Table } from "antd";
import { useEffect, useMemo, useState } from "react";
import * as api from "../../api";
import type { RuleId } from "../../bindings/RuleId";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { useModalState } from "../../hooks/useModalState";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { useArrival, type Arrival } from "../../navigation/navigationContext";
import { useProject } from "../../project/projectContext";
import { AuditDetail } from "./AuditDetail";
import { auditColumns, type AuditRow } from "./auditColumns";
import { AuditModal } from "./AuditModal";
import { useKeptState } from "../../hooks/useKeptState";

const loadAudits = () => api.auditList();
const loadNcs = () => api.ncList(null);
const loadAuditors = () => api.auditorOverview();

/** The detail tab a readiness rule's link opens: the nonconformities for the NC rules, else the report. */
function arrivalTab(ruleId: RuleId | undefined): string {
  return ruleId === "no_open_major" || ruleId === "actions_verified" ? "ncs" : "report";
}

/** 内部审核: the audits, and for the one opened its plan, checklist, nonconformities and report. */
export function AuditsPage() {
  const { message } = App.useApp();
  const showError = useShowError();
  const audits = useRemote(loadAudits);
  const ncs = useRemote(loadNcs);
  const auditors = useRemote(loadAuditors);
  const modal = useModalState<null>();
  // A work package opens at its audit (audit-only mode).
  const pkg = useProject().project.package;
  const [openId, setOpenId] = useKeptState<number | null>("audits.open", pkg?.audit_id ?? null);
  const [openTab, setOpenTab] = useState<string | undefined>(undefined);
  const { arrival, done } = useArrival("audits");
  const auditList = audits.data;
  // Opened from the 概览 dashboard at one audit: its detail shows once the list is in.
  const [honoured, setHonoured] = useState<Arrival | null>(null);
  if (arrival && auditList && arrival !== honoured) {
    setHonoured(arrival);
    if (auditList.some((a) => a.id === arrival.recordId)) {
      setOpenTab(arrivalTab(arrival.ruleId));
      setOpenId(arrival.recordId);
    }
  }
  useEffect(() => {
    if (honoured) done();
  }, [honoured, done]);

  const rows: AuditRow[] = useMemo(
    () =>
      (audits.data ?? []).map((a) => {
        const mine = (ncs.data ?? []).filter((n) => n.audit_id === a.id);
        return {
          ...a,
          ncTotal: mine.length,
          ncOpen: mine.filter((n) => n.status !== "closed").length,
          ncOverdue: mine.filter((n) => n.overdue).length,
        };
      }),
    [audits.data, ncs.data],
  );

  const columns = useMemo(
    () =>
      auditColumns({
        onOpen: (a) => {
          setOpenTab(undefined);
          setOpenId(a.id);
        },
        onDelete: (a) => {
          api.auditDelete(a.id).then(() => {
            void message.success(`已删除审核 ${a.number}`);
          }, showError);
        },
      }),
    [message, showError, setOpenId],
  );

  const opened = rows.find((a) => a.id === openId);
  if (opened) {
    return (
      <AuditDetail
        audit={opened}
        initialTab={openTab}
        onBack={() => {
          setOpenId(pkg?.audit_id ?? null);
          setOpenTab(undefined);
        }}
      />
    );
  }

  const error = audits.error ?? ncs.error ?? auditors.error;
  const qualified = auditors.data?.qualified_count ?? 0;

  return (
    <>
      <PageHeader
        title="内部审核"
        description="按 GB/T 29490 9.2 在体系运行期内策划并实施内部审核，开具不符合项并跟踪纠正措施直至验证关闭。"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => modal.show(null)}
            data-testid="audit-add"
          >
            新建审核
          </Button>
        }
      />
      {error && !audits.loading && (
        <LoadError
          error={error}
          onRetry={() => {
            audits.reload();
            ncs.reload();
            auditors.reload();
          }}
        />
      )}
      <Card size="small" className="table-card">
        <div data-testid="audit-table">
          <Table<AuditRow>
            sticky
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={rows}
            loading={audits.loading}
            pagination={false}
            scroll={{ x: 960 }}
            onRow={(a) => ({ onDoubleClick: () => setOpenId(a.id) })}
            locale={{
              emptyText: audits.loading ? (
                <span className="table-loading-placeholder" />
              ) : (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={
                    qualified >= 2
                      ? "暂无内部审核，点击“新建审核”策划第一次审核"
                      : "暂无内部审核；合格内审员不足 2 人，请先在“培训 → 内审员”中登记资格"
                  }
                />
              ),
            }}
          />
        </div>
      </Card>
      <AuditModal
        key={modal.session}
        open={modal.open}
        audits={audits.data ?? []}
        auditors={auditors.data?.auditors ?? []}
        onClose={modal.close}
        onSaved={(a) => {
          modal.close();
          setOpenId(a.id);
        }}
      />
    </>
  );
}
