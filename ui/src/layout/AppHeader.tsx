import { FileTextOutlined, SafetyCertificateFilled } from "@ant-design/icons";
import { Divider, Flex, Layout, Tooltip } from "antd";
import { ProjectMenu } from "../project/ProjectMenu";
import { useProject } from "../project/projectContext";
import { projectDisplayName } from "../project/projectName";

/** Product name, 文件 menu and the open project. */
export function AppHeader() {
  const { project } = useProject();
  return (
    <Layout.Header className="app-header">
      <Flex align="center" gap={4} className="app-header-inner">
        <SafetyCertificateFilled className="app-logo" />
        <span className="app-name">贯标助手</span>
        <Divider type="vertical" />
        <ProjectMenu />
        <Divider type="vertical" />
        <Tooltip title={project.path} placement="bottomLeft">
          <Flex align="center" gap={6} className="project-title-wrap">
            <FileTextOutlined />
            <span className="project-title" data-testid="project-title">
              {projectDisplayName(project)}
            </span>
          </Flex>
        </Tooltip>
      </Flex>
    </Layout.Header>
  );
}
