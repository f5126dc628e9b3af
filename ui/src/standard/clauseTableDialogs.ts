// The file dialogs of the clause table correction.
import { open, save } from "@tauri-apps/plugin-dialog";

const TABLES = [
  { name: "条款表（Excel、CSV、制表符分隔文本）", extensions: ["xlsx", "xls", "csv", "tsv", "txt"] },
];

/** Asks for the checked table; `null` when cancelled. */
export async function pickCheckedTable(): Promise<string | null> {
  const path = await open({ title: "选择核对后的条款表", multiple: false, directory: false, filters: TABLES });
  return typeof path === "string" ? path : null;
}

/** Asks where to write the table for checking; `null` when cancelled. */
export async function pickTableSavePath(): Promise<string | null> {
  const path = await save({
    title: "导出条款表",
    defaultPath: "条款表.tsv",
    filters: [{ name: "制表符分隔文本（可用 Excel 打开）", extensions: ["tsv"] }, { name: "CSV", extensions: ["csv"] }],
  });
  if (!path) return null;
  return /\.(tsv|csv)$/i.test(path) ? path : `${path}.tsv`;
}
