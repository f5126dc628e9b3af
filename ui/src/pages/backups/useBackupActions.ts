import { open, save } from "@tauri-apps/plugin-dialog";
import { App } from "antd";
import { useCallback } from "react";
import * as api from "../../api";
import { useShowError } from "../../hooks/useShowError";
import { useProject } from "../../project/projectContext";
import { PROJECT_FILTER, dirOf, projectDisplayName, safeFileName, withExtension } from "../../project/projectName";
import { formatSize } from "./backupLabels";

/** 立即备份 / 备份到文件 / 恢复: dialogs, confirmation and the back-end calls. */
export function useBackupActions(reload: () => void) {
  const { project, projectSwitched, unsavedChanges } = useProject();
  const { message, modal } = App.useApp();
  const showError = useShowError();

  const backupNow = useCallback(async () => {
    try {
      const b = await api.backupNow();
      void message.success(`已备份：${b.file_name}`);
      reload();
    } catch (e) {
      showError(e);
    }
  }, [message, reload, showError]);

  const backupToFile = useCallback(async () => {
    try {
      const stamp = new Date().toISOString().slice(0, 10);
      const base = safeFileName(projectDisplayName(project)) || "贯标项目";
      const path = await save({
        title: "备份到文件",
        defaultPath: `${dirOf(project.path)}${base}-备份-${stamp}.gbproj`,
        filters: [PROJECT_FILTER],
      });
      if (!path) return;
      await api.backupToFile(withExtension(path));
      void message.success(`已备份到：${withExtension(path)}`);
    } catch (e) {
      showError(e);
    }
  }, [message, project, showError]);

  /** Checks `path` first, then asks, then restores. */
  const restore = useCallback(
    async (path: string) => {
      try {
        const s = await api.backupInspect(path);
        const lost = unsavedChanges.length > 0 ? `${unsavedChanges.join("、")}中未保存的修改将丢失。` : "";
        modal.confirm({
          title: "从备份恢复",
          width: 520,
          content: `将用备份（${s.enterprise_name || "未填写企业名称"}，数据版本 ${s.schema_version}，${formatSize(
            s.size,
          )}）替换当前项目“${project.file_name}”的全部内容。替换前，当前内容会先自动保存为一份“恢复前”备份，可随时再恢复回来。${lost}是否继续？`,
          okText: "恢复",
          okButtonProps: { danger: true, "data-testid": "restore-confirm" },
          cancelText: "取消",
          onOk: async () => {
            try {
              const info = await api.backupRestore(path);
              projectSwitched(info);
              void message.success("已从备份恢复");
            } catch (e) {
              showError(e);
              reload();
            }
          },
        });
      } catch (e) {
        showError(e);
      }
    },
    [message, modal, project.file_name, projectSwitched, reload, showError, unsavedChanges],
  );

  const restoreFromFile = useCallback(async () => {
    const path = await open({ title: "选择要恢复的备份文件", multiple: false, directory: false, filters: [PROJECT_FILTER] });
    if (typeof path === "string") await restore(path);
  }, [restore]);

  return { backupNow, backupToFile, restore, restoreFromFile };
}
