// Word in and out: documents, drafts, the 文件汇编 and the registers as .docx; a .docx back as a
// document's new draft or as a new document (src-tauri/src/commands/word.rs).
import { invoke } from "./invoke";
import type { Document } from "../bindings/Document";
import type { DocumentImportPreview } from "../bindings/DocumentImportPreview";
import type { DocumentInput } from "../bindings/DocumentInput";
import type { ImportedDocx } from "../bindings/ImportedDocx";
import type { Revision } from "../bindings/Revision";

export const documentExportDocx = (documentId: number, path: string) =>
  invoke<number>("document_export_docx", { documentId, path });
export const revisionExportDocx = (revisionId: number, path: string) =>
  invoke<number>("revision_export_docx", { revisionId, path });
export const compilationExportDocx = (path: string) => invoke<number>("compilation_export_docx", { path });
export const registersExportDocx = (dir: string) => invoke<string[]>("registers_export_docx", { dir });
/** The same registers as Excel workbooks (.xlsx). */
export const registersExportXlsx = (dir: string) => invoke<string[]>("registers_export_xlsx", { dir });
export const documentImportRead = (path: string) => invoke<ImportedDocx>("document_import_read", { path });
export const documentImportPreview = (documentId: number, path: string) =>
  invoke<DocumentImportPreview>("document_import_preview", { documentId, path });
export const documentImportSave = (documentId: number, path: string) =>
  invoke<Revision>("document_import_save", { documentId, path });
export const documentImportNew = (input: DocumentInput, path: string) =>
  invoke<Document>("document_import_new", { input, path });
