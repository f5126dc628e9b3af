// Cover picture commands (src-tauri/src/commands/cover_images.rs) and their dialog.
import { invoke } from "@tauri-apps/api/core";
import { open } from "@tauri-apps/plugin-dialog";
import type { CoverImage } from "../../bindings/CoverImage";
import type { CoverImageKind } from "../../bindings/CoverImageKind";

export const coverApi = {
  list: () => invoke<CoverImage[]>("cover_image_list"),
  set: (kind: CoverImageKind, path: string) => invoke<CoverImage>("cover_image_set", { kind, path }),
  clear: (kind: CoverImageKind) => invoke<null>("cover_image_clear", { kind }),
  preview: (kind: CoverImageKind) => invoke<string | null>("cover_image_preview", { kind }),
};

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
