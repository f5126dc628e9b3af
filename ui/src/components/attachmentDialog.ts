import { open } from "@tauri-apps/plugin-dialog";
import { answerOr } from "./fileDialogAnswers";

const PDF = ["pdf"];
const IMAGES = ["png", "jpg", "jpeg", "gif", "webp"];
const OFFICE = ["doc", "docx", "xls", "xlsx", "ppt", "pptx"];

const FILTERS = [
  { name: "PDF、图片或 Office 文档", extensions: [...PDF, ...IMAGES, ...OFFICE] },
  { name: "PDF", extensions: PDF },
  { name: "图片", extensions: IMAGES },
  { name: "Office 文档", extensions: OFFICE },
];

/** Asks for a certificate, sign-in sheet or other evidence; `null` when cancelled. */
export async function pickAttachmentPath(title: string): Promise<string | null> {
  return answerOr({ title }, async () => {
    const path = await open({ title, multiple: false, directory: false, filters: FILTERS });
    return typeof path === "string" ? path : null;
  });
}

/** Asks for one or more files (photos taken on site, scans); empty when cancelled. */
export async function pickAttachmentPaths(title: string): Promise<string[]> {
  const queued = await answerOr({ title }, async () => {
    const paths = await open({ title, multiple: true, directory: false, filters: FILTERS });
    // Several paths travel as one string through `answerOr`; a path holds no newline.
    return paths && paths.length > 0 ? paths.join("\n") : null;
  });
  return queued ? queued.split("\n").filter((p) => p.length > 0) : [];
}
