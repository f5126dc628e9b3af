// The file dialogs of Word export and import.
import { open, save } from "@tauri-apps/plugin-dialog";
import { answerOr } from "../components/fileDialogAnswers";
import { withExtension } from "./wordFiles";

const DOCX_FILTER = { name: "Word 文件", extensions: ["docx"] };

/** Asks where to save a Word file; adds `.docx` when left out. `null` when cancelled. */
export async function pickDocxSavePath(defaultPath: string): Promise<string | null> {
  const title = "导出 Word";
  const path = await answerOr({ title, defaultPath }, () => save({ title, defaultPath, filters: [DOCX_FILTER] }));
  return path ? withExtension(path, "docx") : null;
}

/** Asks for a Word file to import; `null` when cancelled. */
export async function pickDocxOpenPath(title: string): Promise<string | null> {
  return answerOr({ title }, async () => {
    const path = await open({ title, multiple: false, directory: false, filters: [DOCX_FILTER] });
    return typeof path === "string" ? path : null;
  });
}
