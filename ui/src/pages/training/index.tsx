import { Tabs } from "antd";
import { PageHeader } from "../../components/PageHeader";
import { AuditorsTab } from "./AuditorsTab";
import { CreditsTab } from "./CreditsTab";
import { SessionsTab } from "./SessionsTab";
import { useKeptState } from "../../hooks/useKeptState";

const TABS = [
  { key: "credits", label: <span data-testid="tab-credits">线上学分</span>, children: <CreditsTab /> },
  { key: "sessions", label: <span data-testid="tab-sessions">线下培训</span>, children: <SessionsTab /> },
  { key: "auditors", label: <span data-testid="tab-auditors">内审员</span>, children: <AuditorsTab /> },
];

/** 培训: online credits, offline sessions with attendance, internal auditors. */
export function TrainingPage() {
  const [tab, setTab] = useKeptState("training.tab", "credits");
  return (
    <>
      <PageHeader
        title="培训"
        description="相关人员的线上学分、线下培训记录与内审员资格；学分达标、合格内审员是后续认证和内审的前提。"
      />
      <Tabs items={TABS} activeKey={tab} onChange={setTab} className="page-tabs" />
    </>
  );
}
