import {
  ApartmentOutlined,
  BankOutlined,
  ClusterOutlined,
  ProjectOutlined,
  ReadOutlined,
  TeamOutlined,
} from "@ant-design/icons";
import { Layout, Menu, type MenuProps } from "antd";
import { useState, type ComponentType } from "react";
import { DepartmentsPage } from "../pages/DepartmentsPage";
import { OrganisationPage } from "../pages/OrganisationPage";
import { PeoplePage } from "../pages/PeoplePage";
import { PlanPage } from "../pages/PlanPage";
import { ProfilePage } from "../pages/ProfilePage";
import { TrainingPage } from "../pages/TrainingPage";
import { useProject } from "../project/projectContext";
import { AppHeader } from "./AppHeader";
import { asPageKey, loadPage, savePage, type PageKey } from "./navigation";

const NAV_ITEMS: MenuProps["items"] = [
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
];

/** Pages that load afresh on every visit. */
const PAGES: Partial<Record<PageKey, ComponentType>> = {
  departments: DepartmentsPage,
  people: PeoplePage,
  training: TrainingPage,
  plan: PlanPage,
};

export function AppLayout() {
  const { version } = useProject();
  const [page, setPage] = useState<PageKey>(loadPage);
  // The project version in which 领导小组 was opened: it is mounted from then on, per project.
  const [organisationSeen, setOrganisationSeen] = useState<number | null>(null);
  if (page === "organisation" && organisationSeen !== version) setOrganisationSeen(version);
  const showOrganisation = page === "organisation" || organisationSeen === version;

  const select = (key: string) => {
    const next = asPageKey(key);
    if (!next) return;
    setPage(next);
    savePage(next);
  };

  const Page = PAGES[page];

  return (
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
            {showOrganisation && (
              <div hidden={page !== "organisation"} className="app-page">
                <OrganisationPage active={page === "organisation"} />
              </div>
            )}
            {Page && (
              <div key={page} className="app-page">
                <Page />
              </div>
            )}
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
