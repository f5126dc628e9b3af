import { App as AntApp, ConfigProvider } from "antd";
// The ES build: the CommonJS `antd/locale/zh_CN` arrives as `{ default: locale }` under Vite 8.
import zhCN from "antd/es/locale/zh_CN";
import { AppLayout } from "./layout/AppLayout";
import { ProjectProvider } from "./project/ProjectProvider";
import { StandardProvider } from "./standard/StandardProvider";
import { theme } from "./theme";

export function App() {
  return (
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp message={{ maxCount: 3, top: 56 }} className="ant-app-root">
        <ProjectProvider>
          <StandardProvider>
            <AppLayout />
          </StandardProvider>
        </ProjectProvider>
      </AntApp>
    </ConfigProvider>
  );
}
