import type { DocType } from "../../bindings/DocType";
import type { RevisionStatus } from "../../bindings/RevisionStatus";
import type { Secrecy } from "../../bindings/Secrecy";
import { ALLOCATION_ROLE_LABEL, DOC_TYPE_LABEL, REVISION_STATUS_LABEL, SECRECY_LABEL } from "../../bindings/labels";

/** The labels themselves come from Rust (one home for every coded value). */
export const DOC_TYPE_LABELS = DOC_TYPE_LABEL;
export const STATUS_LABELS = REVISION_STATUS_LABEL;
export const SECRECY_LABELS = SECRECY_LABEL;
/** 职能分配: 主责 / 配合. */
export const ROLE_LABELS = ALLOCATION_ROLE_LABEL;

export const DOC_TYPES: readonly DocType[] = ["policy", "manual", "procedure", "rule", "form", "external"];

export const DOC_TYPE_OPTIONS = DOC_TYPES.map((t) => ({ value: t, label: DOC_TYPE_LABELS[t] }));

export const SECRECY_OPTIONS = (Object.keys(SECRECY_LABELS) as Secrecy[]).map((s) => ({
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
