import { ArrowLeftOutlined, EditOutlined } from "@ant-design/icons";
import { PrintButton } from "./PrintButton";
import { ImportResultsButton, PackageButton } from "./AuditPackages";
import { useProject } from "../../project/projectContext";
import { Button, Tabs, Tag } from "antd";
import { useCallback } from "react";
import * as api from "../../api";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { useModalState } from "../../hooks/useModalState";
import { useRemote } from "../../hooks/useRemote";
import { ALL_PEOPLE } from "../../people";
import type { AuditRow } from "./auditColumns";
import { AuditModal } from "./AuditModal";
import { ChecklistTab } from "./ChecklistTab";
import { NcTab } from "./NcTab";
import { PlanTab } from "./PlanTab";
import { ReportTab } from "./ReportTab";
import "./audits.css";
import { useKeptState } from "../../hooks/useKeptState";

interface Props {
  audit: AuditRow;
  onBack: () => void;
  /** The tab shown first (a link from the 概览 dashboard may open 不符合项). */
  initialTab?: string;
}

const loadPeople = () => api.personList(ALL_PEOPLE);
const loadAuditors = () => api.auditorOverview();

/** One audit: plan (scope and schedule), checklist, nonconformities and report. */
export function AuditDetail({ audit, onBack, initialTab }: Props) {
  const [tab, setTab] = useKeptState(`audits.${audit.id}.tab`, initialTab ?? "checklist");
  const loadChecklist = useCallback(() => api.checklistGet(audit.id), [audit.id]);
  const loadNcs = useCallback(() => api.ncList(audit.id), [audit.id]);
  const loadEvidence = useCallback(() => api.auditEvidenceList(audit.id), [audit.id]);
  const checklist = useRemote(loadChecklist);
  const ncs = useRemote(loadNcs);
  const evidence = useRemote(loadEvidence);
  const people = useRemote(loadPeople);
  const auditors = useRemote(loadAuditors);
  const planModal = useModalState<null>();
  // In a work package only the audit's records are recorded: no plan changes, no packages.
  const inPackage = useProject().project.package != null;

  const error = checklist.error ?? ncs.error ?? evidence.error ?? people.error ?? auditors.error;
  const ncList = ncs.data ?? [];
  const open = ncList.filter((n) => n.status !== "closed").length;

  const items = [
    { key: "plan", label: <span data-testid="tab-audit-plan">审核计划</span>, children: <PlanTab audit={audit} /> },
    {
      key: "checklist",
      label: <span data-testid="tab-checklist">检查表</span>,
      children: (
        <ChecklistTab
          audit={audit}
          items={checklist.data ?? []}
          loading={checklist.loading}
          ncs={ncList}
          evidence={evidence.data ?? []}
          auditors={auditors.data?.auditors ?? []}
        />
      ),
    },
    {
      key: "ncs",
      label: (
        <span data-testid="tab-ncs">
          不符合项
          {ncList.length > 0 && <Tag className="tab-count">{open > 0 ? `${open}/${ncList.length}` : ncList.length}</Tag>}
        </span>
      ),
      children: (
        <NcTab
          audit={audit}
          ncs={ncList}
          evidence={evidence.data ?? []}
          loading={ncs.loading}
          checklist={checklist.data ?? []}
          auditors={auditors.data?.auditors ?? []}
          people={people.data ?? []}
          openFirst={initialTab === "ncs"}
        />
      ),
    },
    {
      key: "report",
      label: <span data-testid="tab-audit-report">审核报告</span>,
      children: <ReportTab audit={audit} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={`内部审核 ${audit.number}`}
        description={`${audit.starts_on} 至 ${audit.ends_on} · 审核组长 ${audit.leader_name} · 审核组 ${audit.auditor_names.join("、")}`}
        extra={
          <>
            {audit.completed ? (
              <Tag color="green" data-testid="audit-status">{`已完成 ${audit.completed_on ?? ""}`}</Tag>
            ) : (
              <Tag color="blue" data-testid="audit-status">
                进行中
              </Tag>
            )}
            {!audit.completed && !inPackage && <PackageButton audit={audit} />}
            {!audit.completed && !inPackage && <ImportResultsButton />}
            {!audit.completed && !inPackage && (
              <Button
                icon={<EditOutlined />}
                onClick={() => planModal.show(null)}
                data-testid="audit-edit"
              >
                修改计划
              </Button>
            )}
            <RecordHistoryButton variant="text" entity="audit" recordId={audit.id} title={`内部审核 ${audit.number}`} />
            {!inPackage && (
              <Button icon={<ArrowLeftOutlined />} onClick={onBack} data-testid="audit-back">
                返回列表
              </Button>
            )}
          </>
        }
      />
      {error && (
        <LoadError
          error={error}
          onRetry={() => {
            checklist.reload();
            ncs.reload();
            evidence.reload();
            people.reload();
            auditors.reload();
          }}
        />
      )}
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={items}
        className="page-tabs"
        tabBarExtraContent={<PrintButton audit={audit} />}
      />
      {planModal.open && (
        <AuditModal
          key={planModal.session}
          open={planModal.open}
          editing={audit}
          audits={[]}
          auditors={auditors.data?.auditors ?? []}
          onClose={planModal.close}
          onSaved={planModal.close}
        />
      )}
    </>
  );
}
