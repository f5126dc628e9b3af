import { open, save } from "@tauri-apps/plugin-dialog";
import { PROJECT_EXTENSION, PROJECT_FILTER, withExtension } from "./projectName";

/** Asks where to create a file; `null` when cancelled. */
export async function pickSavePath(title: string, defaultPath: string): Promise<string | null> {
  const path = await save({ title, defaultPath, filters: [PROJECT_FILTER] });
  return path ? withExtension(path) : null;
}

/** Asks for an existing project file (or an internal-audit work package,
 *  which opens in the audit-only mode); `null` when cancelled. */
export async function pickOpenPath(): Promise<string | null> {
  const path = await open({
    title: "打开项目",
    multiple: false,
    directory: false,
    filters: [
      { name: "贯标项目文件或内审工作包", extensions: [PROJECT_EXTENSION, "gbaudit"] },
      PROJECT_FILTER,
      { name: "内审工作包", extensions: ["gbaudit"] },
    ],
  });
  return typeof path === "string" ? path : null;
}
