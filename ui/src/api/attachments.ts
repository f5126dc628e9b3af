// Attachments (evidence, certificates, sign-in sheets) (src-tauri/src/commands/attachments.rs).
import { invoke } from "@tauri-apps/api/core";
import type { Attachment } from "../bindings/Attachment";

export const attachmentAdd = (path: string) => invoke<Attachment>("attachment_add", { path });
