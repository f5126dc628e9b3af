import type { DocType } from "../../bindings/DocType";
import type { RevisionStatus } from "../../bindings/RevisionStatus";
import type { Secrecy } from "../../bindings/Secrecy";
import { DOC_TYPE_LABEL, REVISION_STATUS_LABEL } from "../../bindings/labels";

/** The labels themselves come from Rust (one home for every coded value). */
export const DOC_TYPE_LABELS = DOC_TYPE_LABEL;
export const STATUS_LABELS = REVISION_STATUS_LABEL;

export const DOC_TYPES: readonly DocType[] = ["policy", "manual", "procedure", "rule", "form", "external"];


export const DOC_TYPE_OPTIONS = DOC_TYPES.map((t) => ({ value: t, label: DOC_TYPE_LABELS[t] }));

export const SECRECY_LABELS: Record<Secrecy, string> = {
  public: "公开",
  internal: "内部",
  confidential: "秘密",
  secret: "机密",
};

export const SECRECY_OPTIONS = (["public", "internal", "confidential", "secret"] as const).map((s) => ({
  value: s,
  label: SECRECY_LABELS[s],
}));


/** antd Tag colours. */
export const STATUS_COLORS: Record<RevisionStatus, string> = {
  draft: "default",
  in_review: "processing",
  approved: "cyan",
  published: "green",
  obsolete: "default",
};

/** "4.1、4.2.1、4.2.2 等 45 条": the first few clauses, then the count. */
export function compactClauses(clauses: readonly string[], first = 3): string {
  if (clauses.length <= first) return clauses.join("、");
  return `${clauses.slice(0, first).join("、")} 等 ${clauses.length} 条`;
}
