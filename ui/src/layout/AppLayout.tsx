import {
  ApartmentOutlined,
  AuditOutlined,
  BankOutlined,
  DashboardOutlined,
  ExportOutlined,
  FileSearchOutlined,
  HistoryOutlined,
  SafetyOutlined,
  ScheduleOutlined,
  SolutionOutlined,
  ClusterOutlined,
  FileProtectOutlined,
  ProjectOutlined,
  ReadOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Layout, Menu, type MenuProps } from "antd";
import { useCallback, useMemo, useState, type ComponentType } from "react";
import { ApplicationPage } from "../pages/ApplicationPage";
import { AuditsPage } from "../pages/AuditsPage";
import { BackupsPage } from "../pages/BackupsPage";
import { DepartmentsPage } from "../pages/DepartmentsPage";
import { DiagnosisPage } from "../pages/DiagnosisPage";
import { DocumentsPage } from "../pages/DocumentsPage";
import { ExportPage } from "../pages/ExportPage";
import { OperationPage } from "../pages/OperationPage";
import { OrganisationPage } from "../pages/OrganisationPage";
import { OverviewPage } from "../pages/OverviewPage";
import { PeoplePage } from "../pages/PeoplePage";
import { PlanPage } from "../pages/PlanPage";
import { ProfilePage } from "../pages/ProfilePage";
import { ReviewsPage } from "../pages/ReviewsPage";
import { TrainingPage } from "../pages/TrainingPage";
import { useProject } from "../project/projectContext";
import { AppHeader } from "./AppHeader";
import { asPageKey, loadPage, savePage, type PageKey } from "./navigation";
import { NavigationContext, type Arrival } from "./navigationContext";

const NAV_ITEMS: MenuProps["items"] = [
  {
    key: "overview",
    icon: <DashboardOutlined />,
    label: <span data-testid="nav-overview">概览</span>,
  },
  { key: "profile", icon: <BankOutlined />, label: <span data-testid="nav-profile">企业信息</span> },
  {
    key: "departments",
    icon: <ApartmentOutlined />,
    label: <span data-testid="nav-departments">部门</span>,
  },
  { key: "people", icon: <TeamOutlined />, label: <span data-testid="nav-people">人员</span> },
  { key: "training", icon: <ReadOutlined />, label: <span data-testid="nav-training">培训</span> },
  {
    key: "organisation",
    icon: <ClusterOutlined />,
    label: <span data-testid="nav-organisation">领导小组</span>,
  },
  { key: "plan", icon: <ProjectOutlined />, label: <span data-testid="nav-plan">实施计划</span> },
  {
    key: "diagnosis",
    icon: <AuditOutlined />,
    label: <span data-testid="nav-diagnosis">诊断分析</span>,
  },
  {
    key: "documents",
    icon: <FileProtectOutlined />,
    label: <span data-testid="nav-documents">体系文件</span>,
  },
  {
    key: "operation",
    icon: <ScheduleOutlined />,
    label: <span data-testid="nav-operation">体系运行</span>,
  },
  { key: "audits", icon: <FileSearchOutlined />, label: <span data-testid="nav-audits">内部审核</span> },
  { key: "reviews", icon: <SolutionOutlined />, label: <span data-testid="nav-reviews">管理评审</span> },
  {
    key: "application",
    icon: <SafetyOutlined />,
    label: <span data-testid="nav-application">验收申请</span>,
  },
  { key: "export", icon: <ExportOutlined />, label: <span data-testid="nav-export">导出材料</span> },
  { key: "backups", icon: <HistoryOutlined />, label: <span data-testid="nav-backups">备份与恢复</span> },
];

/** Pages that load afresh on every visit. */
const PAGES: Partial<Record<PageKey, ComponentType>> = {
  overview: OverviewPage,
  departments: DepartmentsPage,
  people: PeoplePage,
  training: TrainingPage,
  plan: PlanPage,
  documents: DocumentsPage,
  operation: OperationPage,
  audits: AuditsPage,
  reviews: ReviewsPage,
  application: ApplicationPage,
  export: ExportPage,
  backups: BackupsPage,
};

/** Pages with a form of their own that stay mounted, once opened, so unsaved edits survive a visit elsewhere. */
type KeptPage = "organisation" | "diagnosis";
const KEPT: readonly KeptPage[] = ["organisation", "diagnosis"];

function isKept(p: PageKey): p is KeptPage {
  return (KEPT as readonly PageKey[]).includes(p);
}

export function AppLayout() {
  const { version } = useProject();
  const [page, setPage] = useState<PageKey>(loadPage);
  // The kept pages opened in this project version: they stay mounted from then on, per project.
  const [seen, setSeen] = useState<{ version: number; pages: KeptPage[] }>({ version, pages: [] });
  const seenPages = seen.version === version ? seen.pages : [];
  if (isKept(page) && !seenPages.includes(page)) setSeen({ version, pages: [...seenPages, page] });
  const shown = (p: KeptPage) => page === p || seenPages.includes(p);

  const [arrival, setArrival] = useState<Arrival | null>(null);
  // Every visit counts: choosing the page already shown reloads it (the
  // kept pages excepted, whose unsaved edits must survive).
  const [visit, setVisit] = useState(0);

  const select = useCallback((key: string, at?: Arrival) => {
    const next = asPageKey(key);
    if (!next) return;
    setVisit((v) => v + 1);
    setPage(next);
    savePage(next);
    setArrival(at ?? null);
  }, []);
  const clearArrival = useCallback(() => setArrival(null), []);
  const navigation = useMemo(() => ({ select, arrival, clearArrival }), [select, arrival, clearArrival]);

  const Page = PAGES[page];

  return (
    <NavigationContext.Provider value={navigation}>
      <Layout className="app-root">
        <AppHeader />
        <Layout>
          <Layout.Sider theme="light" width={184} className="app-sider">
            <Menu
              mode="inline"
              selectedKeys={[page]}
              items={NAV_ITEMS}
              onClick={({ key }) => select(key)}
              className="app-nav"
            />
          </Layout.Sider>
          <Layout.Content className="app-content">
            {/* Keyed by project: switching projects remounts every page, which reloads its data. */}
            <div key={version} className="app-page-host">
              {/* The long forms stay mounted so unsaved edits survive a visit to another page. */}
              <div hidden={page !== "profile"} className="app-page">
                <ProfilePage active={page === "profile"} />
              </div>
              {shown("organisation") && (
                <div hidden={page !== "organisation"} className="app-page">
                  <OrganisationPage active={page === "organisation"} />
                </div>
              )}
              {shown("diagnosis") && (
                <div hidden={page !== "diagnosis"} className="app-page">
                  <DiagnosisPage active={page === "diagnosis"} />
                </div>
              )}
              {Page && (
                <div key={`${page}-${visit}`} className="app-page">
                  <Page />
                </div>
              )}
            </div>
          </Layout.Content>
        </Layout>
      </Layout>
    </NavigationContext.Provider>
  );
}
