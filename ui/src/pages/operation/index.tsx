import { Tabs } from "antd";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { useRemote } from "../../hooks/useRemote";
import * as api from "../../api";
import { ALL_PEOPLE } from "../../people";
import { CheckinsTab } from "./CheckinsTab";
import { EvidenceTab } from "./EvidenceTab";
import { evidenceCounts } from "./evidence";
import { OperationStatusCard } from "./OperationStatusCard";
import { ProblemsTab } from "./ProblemsTab";
import { RecordsTab } from "./RecordsTab";
import { useKeptState } from "../../hooks/useKeptState";

const loadStatus = () => api.operationGet();
const loadCheckins = () => api.checkinList();
const loadRecords = () => api.operationRecordList();
const loadProblems = () => api.operationProblemList();
const loadDocuments = () => api.documentList();
const loadDepartments = () => api.departmentList(true);
const loadEvidence = () => api.operationEvidenceGet();
const loadPeople = () => api.personList(ALL_PEOPLE);

/** 体系运行: the operation period against the deadline, monthly check-ins, records, the evidence per clause and problems. */
export function OperationPage() {
  const [tab, setTab] = useKeptState("operation.tab", "checkins");
  const status = useRemote(loadStatus);
  const checkins = useRemote(loadCheckins);
  const records = useRemote(loadRecords);
  const problems = useRemote(loadProblems);
  const documents = useRemote(loadDocuments);
  const departments = useRemote(loadDepartments);
  const evidence = useRemote(loadEvidence);
  const people = useRemote(loadPeople);
  const error =
    status.error ??
    checkins.error ??
    records.error ??
    problems.error ??
    documents.error ??
    departments.error ??
    evidence.error ??
    people.error;
  const missing = evidenceCounts(evidence.data?.clauses ?? []).missing;

  const tabs = [
    {
      key: "checkins",
      label: <span data-testid="tab-checkins">{`月度检查（${checkins.data?.length ?? 0}）`}</span>,
      children: <CheckinsTab checkins={checkins.data ?? []} loading={checkins.loading} />,
    },
    {
      key: "records",
      label: <span data-testid="tab-records">{`运行记录（${records.data?.length ?? 0}）`}</span>,
      children: (
        <RecordsTab
          records={records.data ?? []}
          documents={documents.data ?? []}
          loading={records.loading}
        />
      ),
    },
    {
      key: "evidence",
      label: (
        <span data-testid="tab-evidence">{missing > 0 ? `条款运行证据（缺 ${missing} 条）` : "条款运行证据"}</span>
      ),
      children: <EvidenceTab evidence={evidence.data} people={people.data ?? []} loading={evidence.loading} />,
    },
    {
      key: "problems",
      label: <span data-testid="tab-problems">{`运行问题采集（${problems.data?.length ?? 0}）`}</span>,
      children: (
        <ProblemsTab
          problems={problems.data ?? []}
          departments={departments.data ?? []}
          loading={problems.loading}
        />
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="体系运行"
        description="体系自实施日期起至少运行满规定月数；运行期间按月检查，保留各程序产生的记录，采集并解决运行中的问题。"
      />
      {error && (
        <LoadError
          error={error}
          onRetry={() => {
            status.reload();
            checkins.reload();
            records.reload();
            problems.reload();
            documents.reload();
            departments.reload();
            evidence.reload();
            people.reload();
          }}
        />
      )}
      {status.data && <OperationStatusCard status={status.data} />}
      <Tabs items={tabs} activeKey={tab} onChange={setTab} className="page-tabs" />
    </>
  );
}
