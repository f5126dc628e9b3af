import type { DocType } from "../../bindings/DocType";
import type { Document } from "../../bindings/Document";
import type { DocumentInput } from "../../bindings/DocumentInput";
import type { Secrecy } from "../../bindings/Secrecy";
import { text } from "../../validation";

export interface DocumentFormValues {
  doc_type?: DocType;
  code: string;
  title: string;
  owner_department_id?: number;
  clauses: string[];
  secrecy: Secrecy;
  retention: string;
}

export function toDocumentForm(d: Document | null): DocumentFormValues {
  return {
    doc_type: d?.doc_type,
    code: d?.code ?? "",
    title: d?.title ?? "",
    owner_department_id: d?.owner_department_id ?? undefined,
    clauses: d?.clauses ?? [],
    secrecy: d?.secrecy ?? "internal",
    retention: d?.retention ?? "",
  };
}

export function fromDocumentForm(v: DocumentFormValues): DocumentInput {
  return {
    doc_type: v.doc_type ?? null,
    code: text(v.code),
    title: text(v.title),
    owner_department_id: v.owner_department_id ?? null,
    clauses: v.clauses ?? [],
    secrecy: v.secrecy ?? null,
    retention: text(v.retention),
  };
}

/** The first text of a new document: a procedure gets the six headings every procedure has. */
export function initialContent(t: DocType | undefined): string {
  if (t !== "procedure") return "";
  return ["# 1 目的", "", "# 2 适用范围", "", "# 3 职责", "", "# 4 工作程序", "", "# 5 相关文件", "", "# 6 记录", ""].join(
    "\n",
  );
}
