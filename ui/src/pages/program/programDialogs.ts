// The file dialogs of the 贯标计划 page: a program travels as a JSON file.
import { open, save } from "@tauri-apps/plugin-dialog";

const JSON_FILTER = { name: "贯标计划文件（JSON）", extensions: ["json"] };

/** Asks for a program file to import; `null` when cancelled. */
export async function pickProgramFile(): Promise<string | null> {
  const path = await open({ title: "导入贯标计划", multiple: false, directory: false, filters: [JSON_FILTER] });
  return typeof path === "string" ? path : null;
}

/** Asks where to write the program file; `null` when cancelled. */
export async function pickProgramSavePath(defaultName: string): Promise<string | null> {
  const path = await save({ title: "导出贯标计划", defaultPath: `${defaultName}.json`, filters: [JSON_FILTER] });
  if (!path) return null;
  return path.toLowerCase().endsWith(".json") ? path : `${path}.json`;
}
