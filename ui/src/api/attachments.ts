// Attachments (evidence, certificates, sign-in sheets) (src-tauri/src/commands/attachments.rs).
import { invoke } from "./invoke";
import type { Attachment } from "../bindings/Attachment";

export const attachmentAdd = (path: string) => invoke<Attachment>("attachment_add", { path });
/** Opens the attachment in the system's program for its type (a read-only copy); answers the copy's path. */
export const attachmentOpen = (id: number) => invoke<string>("attachment_open", { id });
