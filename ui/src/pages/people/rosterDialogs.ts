import { open, save } from "@tauri-apps/plugin-dialog";

const ROSTER_FILTER = { name: "Excel 或 CSV 文件", extensions: ["xlsx", "xls", "csv"] };
const TEMPLATE_NAME = "人员导入模板.xlsx";

/** Asks for a roster spreadsheet; `null` when cancelled. */
export async function pickRosterPath(): Promise<string | null> {
  const path = await open({ title: "选择人员名单", multiple: false, directory: false, filters: [ROSTER_FILTER] });
  return typeof path === "string" ? path : null;
}

/** Asks where to save the template; adds `.xlsx` when the user left it out. `null` when cancelled. */
export async function pickTemplatePath(): Promise<string | null> {
  const path = await save({
    title: "保存人员导入模板",
    defaultPath: TEMPLATE_NAME,
    filters: [{ name: "Excel 工作簿", extensions: ["xlsx"] }],
  });
  if (!path) return null;
  return path.toLowerCase().endsWith(".xlsx") ? path : `${path}.xlsx`;
}
