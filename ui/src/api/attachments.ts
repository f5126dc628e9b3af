// Attachments (evidence, certificates, sign-in sheets) (src-tauri/src/commands/attachments.rs).
import { invoke } from "./invoke";
import type { Attachment } from "../bindings/Attachment";

export const attachmentAdd = (path: string) => invoke<Attachment>("attachment_add", { path });
