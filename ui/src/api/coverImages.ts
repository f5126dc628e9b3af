// Cover pictures for the exported material: logo and seal (src-tauri/src/commands/cover_images.rs).
import { invoke } from "./invoke";
import type { CoverImage } from "../bindings/CoverImage";
import type { CoverImageKind } from "../bindings/CoverImageKind";

export const coverImageList = () => invoke<CoverImage[]>("cover_image_list");
export const coverImageSet = (kind: CoverImageKind, path: string) =>
  invoke<CoverImage>("cover_image_set", { kind, path });
export const coverImageClear = (kind: CoverImageKind) => invoke<null>("cover_image_clear", { kind });
export const coverImagePreview = (kind: CoverImageKind) => invoke<string | null>("cover_image_preview", { kind });
