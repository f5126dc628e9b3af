import {
  AuditOutlined,
  DownOutlined,
  FileAddOutlined,
  FolderOpenOutlined,
  HistoryOutlined,
  SaveOutlined,
  SettingOutlined,
} from "@ant-design/icons";
import { Button, Dropdown, Typography, type MenuProps } from "antd";
import { useState } from "react";
import * as api from "../api";
import type { RecentFile } from "../bindings/RecentFile";
import { AppSettingsModal } from "../history/AppSettingsModal";
import { ChangeLogDrawer } from "../history/ChangeLogDrawer";
import { useShowError } from "../hooks/useShowError";
import { useProject } from "./projectContext";
import { useProjectActions } from "./useProjectActions";

const RECENT_PREFIX = "recent:";

function recentItems(recent: RecentFile[], currentPath: string): NonNullable<MenuProps["items"]> {
  if (recent.length === 0) {
    return [{ key: "recent-empty", label: "暂无最近打开的项目", disabled: true }];
  }
  return recent.map((r) => {
    const current = r.path === currentPath;
    return {
      key: `${RECENT_PREFIX}${r.path}`,
      disabled: current,
      label: (
        <div className="recent-item" title={r.path} data-testid="recent-item">
          <div>
            {r.name}
            {current && <Typography.Text type="secondary">（当前）</Typography.Text>}
          </div>
          <Typography.Text type="secondary" className="recent-item-path">
            {r.path}
          </Typography.Text>
        </div>
      ),
    };
  });
}

/** The 文件 dropdown in the header. */
export function ProjectMenu() {
  const { project, recent, refreshRecent } = useProject();
  const { newProject, openProject, saveAs } = useProjectActions();
  const showError = useShowError();
  const [settings, setSettings] = useState({ open: false, session: 0, operator: "" });
  const [changeLog, setChangeLog] = useState(false);

  const openSettings = () => {
    api.settingsGet().then(
      (s) => setSettings((m) => ({ open: true, session: m.session + 1, operator: s.operator })),
      showError,
    );
  };

  const items: MenuProps["items"] = [
    { key: "new", icon: <FileAddOutlined />, label: <span data-testid="file-new">新建项目…</span> },
    { key: "open", icon: <FolderOpenOutlined />, label: <span data-testid="file-open">打开项目…</span> },
    { key: "save-as", icon: <SaveOutlined />, label: <span data-testid="file-save-as">另存为…</span> },
    { type: "divider" },
    {
      key: "recent",
      icon: <HistoryOutlined />,
      label: <span data-testid="file-recent">最近打开</span>,
      children: recentItems(recent, project.path),
    },
    { type: "divider" },
    { key: "change-log", icon: <AuditOutlined />, label: <span data-testid="file-change-log">变更记录</span> },
    { key: "settings", icon: <SettingOutlined />, label: <span data-testid="file-settings">设置…</span> },
  ];

  const onClick: MenuProps["onClick"] = ({ key }) => {
    if (key === "new") void newProject();
    else if (key === "open") void openProject();
    else if (key === "save-as") void saveAs();
    else if (key === "change-log") setChangeLog(true);
    else if (key === "settings") openSettings();
    else if (key.startsWith(RECENT_PREFIX)) void openProject(key.slice(RECENT_PREFIX.length));
  };

  return (
    <>
      <Dropdown
        trigger={["click"]}
        menu={{ items, onClick }}
        onOpenChange={(open) => {
          if (open) void refreshRecent();
        }}
      >
        <Button type="text" className="file-menu-button" data-testid="file-menu">
          文件 <DownOutlined className="file-menu-caret" />
        </Button>
      </Dropdown>
      <AppSettingsModal
        key={settings.session}
        open={settings.open}
        operator={settings.operator}
        onClose={() => setSettings((m) => ({ ...m, open: false }))}
        onSaved={(operator) => setSettings((m) => ({ ...m, open: false, operator }))}
      />
      <ChangeLogDrawer open={changeLog} onClose={() => setChangeLog(false)} />
    </>
  );
}
