import { App } from "antd";
import { useCallback } from "react";
import * as api from "../api";
import type { ProjectInfo } from "../bindings/ProjectInfo";
import { useShowError } from "../hooks/useShowError";
import { chooseEdition } from "./chooseEdition";
import { pickOpenPath, pickSavePath } from "./fileDialogs";
import { useProject } from "./projectContext";
import { dirOf, projectDisplayName, safeFileName } from "./projectName";

/** 新建 / 打开 / 另存为: dialogs, the back-end call and the switch of every page. */
export function useProjectActions() {
  const { project, catalog, projectSwitched, unsavedChanges, refreshRecent } = useProject();
  const { message, modal } = App.useApp();
  const showError = useShowError();

  const confirmDiscard = useCallback(
    (action: string) =>
      new Promise<boolean>((resolve) => {
        if (unsavedChanges.length === 0) {
          resolve(true);
          return;
        }
        modal.confirm({
          title: "有未保存的修改",
          content: `${unsavedChanges.join("、")}有未保存的修改，${action}后这些修改将丢失。是否继续？`,
          okText: "继续",
          cancelText: "取消",
          onOk: () => resolve(true),
          onCancel: () => resolve(false),
        });
      }),
    [unsavedChanges, modal],
  );

  const run = useCallback(
    async (task: () => Promise<ProjectInfo | null>, done: (info: ProjectInfo) => string) => {
      try {
        const info = await task();
        if (!info) return;
        projectSwitched(info);
        void message.success(done(info));
      } catch (e) {
        showError(e);
      } finally {
        void refreshRecent();
      }
    },
    [message, projectSwitched, refreshRecent, showError],
  );

  const newProject = useCallback(
    () =>
      run(
        async () => {
          if (!(await confirmDiscard("新建项目"))) return null;
          const edition = await chooseEdition(modal, catalog.standards);
          if (!edition) return null;
          const path = await pickSavePath("新建项目", `${dirOf(project.path)}新建贯标项目.gbproj`);
          return path ? api.projectNew(path, edition) : null;
        },
        (info) => `已新建项目：${info.file_name}`,
      ),
    [confirmDiscard, project.path, run, modal, catalog.standards],
  );

  const openProject = useCallback(
    (knownPath?: string) =>
      run(
        async () => {
          if (!(await confirmDiscard("打开其他项目"))) return null;
          const path = knownPath ?? (await pickOpenPath());
          return path ? api.projectOpen(path) : null;
        },
        (info) => `已打开项目：${projectDisplayName(info)}`,
      ),
    [confirmDiscard, run],
  );

  const saveAs = useCallback(
    () =>
      run(
        async () => {
          if (!(await confirmDiscard("另存为"))) return null;
          const base = safeFileName(projectDisplayName(project)) || "贯标项目";
          const path = await pickSavePath("另存为", `${dirOf(project.path)}${base}（副本）.gbproj`);
          return path ? api.projectSaveAs(path) : null;
        },
        (info) => `已另存为：${info.file_name}，当前窗口已切换到新文件`,
      ),
    [confirmDiscard, project, run],
  );

  return { newProject, openProject, saveAs };
}
