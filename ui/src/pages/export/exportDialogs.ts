// The file dialogs of the export page.
import { open } from "@tauri-apps/plugin-dialog";
import { answerOr, askSavePath } from "../../components/fileDialogAnswers";

/** Asks for the output folder; `null` when cancelled. */
export async function pickFolder(): Promise<string | null> {
  const title = "选择导出文件夹";
  return answerOr({ title }, async () => {
    const dir = await open({ title, directory: true, multiple: false });
    return typeof dir === "string" ? dir : null;
  });
}

const PDF_FILTER = { name: "PDF 文件", extensions: ["pdf"] };

/** Asks where to save a PDF; `null` when cancelled. */
export async function pickPdfPath(defaultPath: string): Promise<string | null> {
  return askSavePath("导出 PDF", defaultPath, PDF_FILTER);
}

/** Asks for a PNG or JPEG; `null` when cancelled. */
export async function pickImagePath(title: string): Promise<string | null> {
  const path = await open({
    title,
    multiple: false,
    directory: false,
    filters: [{ name: "PNG 或 JPEG 图片", extensions: ["png", "jpg", "jpeg"] }],
  });
  return typeof path === "string" ? path : null;
}
