// The file dialogs of Word export and import.
import { askOpenPath, askSavePath } from "../components/fileDialogAnswers";

const DOCX_FILTER = { name: "Word 文件", extensions: ["docx"] };

/** Asks where to save a Word file; adds `.docx` when left out. `null` when cancelled. */
export async function pickDocxSavePath(defaultPath: string): Promise<string | null> {
  return askSavePath("导出 Word", defaultPath, DOCX_FILTER);
}

/** Asks for a Word file to import; `null` when cancelled. */
export async function pickDocxOpenPath(title: string): Promise<string | null> {
  return askOpenPath(title, DOCX_FILTER);
}
