// 导出申请材料: the application package, single documents, the 文件汇编 (src-tauri/src/commands/export.rs).
import { invoke } from "./invoke";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";

// Written by hand for now, after the structs in src-tauri/src/commands/export.rs
// (camelCase on the wire, unlike the generated bindings); to be generated from Rust.

export interface ExportedFile {
  path: string;
  size: number;
}

export interface PackageResult {
  zipPath: string;
  zipSize: number;
  applicationPath: string;
  applicationSize: number;
  applicationPages: number;
  files: ExportedFile[];
  missing: string[];
}

export interface ExportProgress {
  step: number;
  total: number;
  label: string;
}

export const exportPackage = (outDir: string, separateDocuments: boolean) =>
  invoke<PackageResult>("export_package", { outDir, separateDocuments });
export const exportDocumentPdf = (documentId: number, path: string) =>
  invoke<number>("export_document_pdf", { documentId, path });
export const exportCompilation = (path: string) => invoke<number>("export_compilation", { path });
/** Calls `f` with each step of a running package export (the `export-progress` event). */
export const exportProgressListen = (f: (p: ExportProgress) => void): Promise<UnlistenFn> =>
  listen<ExportProgress>("export-progress", (e) => f(e.payload));
