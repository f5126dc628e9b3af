import { Button, Flex, Result, Spin } from "antd";
import { useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import * as api from "../api";
import type { Catalog } from "../bindings/Catalog";
import type { CoreError } from "../bindings/CoreError";
import type { ProjectInfo } from "../bindings/ProjectInfo";
import type { RecentFile } from "../bindings/RecentFile";
import { asCoreError } from "../errors";
import { useShowError } from "../hooks/useShowError";
import { pickOpenPath, pickSavePath } from "./fileDialogs";
import { ProjectContext, type ProjectContextValue } from "./projectContext";
import { projectDisplayName } from "./projectName";

/** Loads the catalog and the open project, then provides them to the app. */
export function ProjectProvider({ children }: { children: ReactNode }) {
  const showError = useShowError();
  const [attempt, setAttempt] = useState(0);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [project, setProject] = useState<ProjectInfo | null>(null);
  const [bootError, setBootError] = useState<CoreError | null>(null);
  const [version, setVersion] = useState(0);
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [unsaved, setUnsaved] = useState<string[]>([]);

  useEffect(() => {
    let live = true;
    Promise.all([api.catalogGet(), api.projectCurrent()]).then(
      ([c, p]) => {
        if (!live) return;
        setCatalog(c);
        setProject(p);
      },
      (e: unknown) => {
        if (live) setBootError(asCoreError(e));
      },
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const refreshRecent = useCallback(async () => {
    try {
      setRecent(await api.projectRecent());
    } catch {
      // The list is a convenience; a failure here must not disturb the user.
    }
  }, []);

  const projectPath = project?.path;
  useEffect(() => {
    if (!projectPath) return;
    let live = true;
    api.projectRecent().then(
      (r) => {
        if (live) setRecent(r);
      },
      () => {
        // See refreshRecent.
      },
    );
    return () => {
      live = false;
    };
  }, [projectPath]);

  useEffect(() => {
    if (project) document.title = `${projectDisplayName(project)} - 贯标助手`;
  }, [project]);

  const refreshProject = useCallback(async () => {
    try {
      setProject(await api.projectCurrent());
    } catch (e) {
      showError(e);
    }
  }, [showError]);

  const setUnsavedChanges = useCallback((page: string, isUnsaved: boolean) => {
    setUnsaved((list) => {
      if (list.includes(page) === isUnsaved) return list;
      return isUnsaved ? [...list, page] : list.filter((p) => p !== page);
    });
  }, []);

  const projectSwitched = useCallback((info: ProjectInfo) => {
    setUnsaved([]);
    setProject(info);
    setVersion((v) => v + 1);
  }, []);

  const value = useMemo<ProjectContextValue | null>(
    () =>
      catalog && project
        ? {
            project,
            catalog,
            version,
            recent,
            refreshRecent,
            refreshProject,
            projectSwitched,
            unsavedChanges: unsaved,
            setUnsavedChanges,
          }
        : null,
    [
      catalog,
      project,
      version,
      recent,
      refreshRecent,
      refreshProject,
      projectSwitched,
      unsaved,
      setUnsavedChanges,
    ],
  );

  const retry = () => {
    setBootError(null);
    setAttempt((a) => a + 1);
  };

  const openOther = async () => {
    try {
      const path = await pickOpenPath();
      if (!path) return;
      await api.projectOpen(path);
      retry();
    } catch (e) {
      showError(e);
    }
  };

  const createNew = async () => {
    try {
      const path = await pickSavePath("新建项目", "新建贯标项目.gbproj");
      if (!path) return;
      await api.projectNew(path);
      retry();
    } catch (e) {
      showError(e);
    }
  };

  if (bootError) {
    return (
      <Flex className="boot-screen" align="center" justify="center">
        <Result
          status="error"
          title="无法打开项目"
          subTitle={bootError.message}
          extra={[
            <Button key="retry" type="primary" onClick={retry}>
              重试
            </Button>,
            <Button key="open" onClick={openOther}>
              打开其他项目…
            </Button>,
            <Button key="new" onClick={createNew}>
              新建项目…
            </Button>,
          ]}
        />
      </Flex>
    );
  }

  if (!value) {
    return (
      <Flex className="boot-screen" align="center" justify="center">
        <Spin size="large" tip="正在打开项目…">
          <div className="boot-spin-area" />
        </Spin>
      </Flex>
    );
  }

  return (
    <ProjectContext.Provider value={value}>
      {children}
      <span data-testid="app-ready" hidden />
    </ProjectContext.Provider>
  );
}
