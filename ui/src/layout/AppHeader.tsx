import { FileTextOutlined, QuestionCircleOutlined, SafetyCertificateFilled } from "@ant-design/icons";
import { Button, Divider, Flex, Layout, Tooltip } from "antd";
import { useEffect, useState } from "react";
import { HelpDrawer } from "../help/HelpDrawer";
import { ProjectMenu } from "../project/ProjectMenu";
import { useProject } from "../project/projectContext";
import { projectDisplayName, shortPath } from "../project/projectName";

/** Product name, 文件 menu, the open project and 帮助 (also F1, from every page). */
export function AppHeader() {
  const { project } = useProject();
  const [help, setHelp] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "F1") {
        e.preventDefault();
        setHelp(true);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <Layout.Header className="app-header">
      <Flex align="center" gap={4} className="app-header-inner">
        <SafetyCertificateFilled className="app-logo" />
        <span className="app-name">贯标助手</span>
        <Divider type="vertical" />
        <ProjectMenu />
        <Divider type="vertical" />
        {/* The project's name and where its file is, always in view: one enterprise per
            file, and copies of a project (a backup restored elsewhere, a colleague's
            file) are told apart by their path. */}
        <Tooltip title={project.path} placement="bottomLeft">
          <Flex align="center" gap={6} className="project-title-wrap">
            <FileTextOutlined />
            <span className="project-title" data-testid="project-title">
              {projectDisplayName(project)}
            </span>
            <span className="project-path" data-testid="project-path">
              {shortPath(project.path)}
            </span>
          </Flex>
        </Tooltip>
        <Button
          type="text"
          icon={<QuestionCircleOutlined />}
          onClick={() => setHelp(true)}
          className="app-header-help"
          title="术语表（F1）"
          data-testid="help-open"
        >
          帮助
        </Button>
      </Flex>
      {help && <HelpDrawer open onClose={() => setHelp(false)} />}
    </Layout.Header>
  );
}
