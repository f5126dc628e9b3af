// Export commands (src-tauri/src/commands/export.rs) and their dialogs.
import { invoke } from "@tauri-apps/api/core";
import { listen, type UnlistenFn } from "@tauri-apps/api/event";
import { open, save } from "@tauri-apps/plugin-dialog";

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

export const exportApi = {
  exportPackage: (outDir: string, separateDocuments: boolean) =>
    invoke<PackageResult>("export_package", { outDir, separateDocuments }),
  exportDocumentPdf: (documentId: number, path: string) =>
    invoke<number>("export_document_pdf", { documentId, path }),
  exportCompilation: (path: string) => invoke<number>("export_compilation", { path }),
  onProgress: (f: (p: ExportProgress) => void): Promise<UnlistenFn> =>
    listen<ExportProgress>("export-progress", (e) => f(e.payload)),
};

/** Asks for the output folder; `null` when cancelled. */
export async function pickFolder(): Promise<string | null> {
  const dir = await open({ title: "选择导出文件夹", directory: true, multiple: false });
  return typeof dir === "string" ? dir : null;
}

const PDF_FILTER = { name: "PDF 文件", extensions: ["pdf"] };

/** Asks where to save a PDF; `null` when cancelled. */
export async function pickPdfPath(defaultPath: string): Promise<string | null> {
  const path = await save({ title: "导出 PDF", defaultPath, filters: [PDF_FILTER] });
  if (!path) return null;
  return path.toLowerCase().endsWith(".pdf") ? path : `${path}.pdf`;
}

/** 1.2 MB / 35 KB */
export function sizeLabel(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1048576).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
