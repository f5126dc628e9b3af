// 导出申请材料: the application package, single documents, the 文件汇编 (src-tauri/src/commands/export.rs).
import { invoke } from "./invoke";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import type { ExportProgress } from "../bindings/ExportProgress";
import type { PackageResult } from "../bindings/PackageResult";

// Generated from guanbiao-core src/model/export.rs (camelCase on the wire, unlike most bindings).
export type { ExportProgress, PackageResult };
export type { PackageResultFile } from "../bindings/PackageResultFile";

export const exportPackage = (outDir: string, separateDocuments: boolean) =>
  invoke<PackageResult>("export_package", { outDir, separateDocuments });
export const exportDocumentPdf = (documentId: number, path: string) =>
  invoke<number>("export_document_pdf", { documentId, path });
/** 内审文件: the audit's plan, sign-in sheets, blank and filled checklists and NC reports, as one PDF. */
export const exportAuditPapers = (auditId: number, path: string) =>
  invoke<number>("export_audit_papers", { auditId, path });
export const exportCompilation = (path: string) => invoke<number>("export_compilation", { path });
/** Calls `f` with each step of a running package export (the `export-progress` event). */
export const exportProgressListen = (f: (p: ExportProgress) => void): Promise<UnlistenFn> =>
  listen<ExportProgress>("export-progress", (e) => f(e.payload));
