import { ApartmentOutlined, BankOutlined, TeamOutlined } from "@ant-design/icons";
import { Layout, Menu, type MenuProps } from "antd";
import { useState } from "react";
import { DepartmentsPage } from "../pages/DepartmentsPage";
import { PeoplePage } from "../pages/PeoplePage";
import { ProfilePage } from "../pages/ProfilePage";
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
];

export function AppLayout() {
  const { version } = useProject();
  const [page, setPage] = useState<PageKey>(loadPage);

  const select = (key: string) => {
    const next = asPageKey(key);
    if (!next) return;
    setPage(next);
    savePage(next);
  };

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
            {/* The profile form stays mounted so unsaved edits survive a visit to another page. */}
            <div hidden={page !== "profile"} className="app-page">
              <ProfilePage active={page === "profile"} />
            </div>
            {page === "departments" && (
              <div className="app-page">
                <DepartmentsPage />
              </div>
            )}
            {page === "people" && (
              <div className="app-page">
                <PeoplePage />
              </div>
            )}
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
