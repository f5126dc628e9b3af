import type { AuditEvidence } from "../../bindings/AuditEvidence";

/** Whether two lists show the same evidence (each reload brings new objects). */
export function sameEvidence(a: readonly AuditEvidence[] | undefined, b: readonly AuditEvidence[] | undefined) {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((e, i) => e.id === b[i].id);
}
