import { open } from "@tauri-apps/plugin-dialog";

const PDF = ["pdf"];
const IMAGES = ["png", "jpg", "jpeg", "gif", "webp"];
const OFFICE = ["doc", "docx", "xls", "xlsx", "ppt", "pptx"];

/** Asks for a certificate, sign-in sheet or other evidence; `null` when cancelled. */
export async function pickAttachmentPath(title: string): Promise<string | null> {
  const path = await open({
    title,
    multiple: false,
    directory: false,
    filters: [
      { name: "PDF、图片或 Office 文档", extensions: [...PDF, ...IMAGES, ...OFFICE] },
      { name: "PDF", extensions: PDF },
      { name: "图片", extensions: IMAGES },
      { name: "Office 文档", extensions: OFFICE },
    ],
  });
  return typeof path === "string" ? path : null;
}
