// How each clause is evidenced in the operation period, as the readiness
// rule operation_evidence judges it: records first, else a 本期未发生 statement.
import type { ClauseEvidence } from "../../bindings/ClauseEvidence";

export type EvidenceState = "recorded" | "stated" | "missing";

export function evidenceState(c: ClauseEvidence): EvidenceState {
  if (c.records > 0) return "recorded";
  return c.statement ? "stated" : "missing";
}

export interface EvidenceCounts {
  recorded: number;
  stated: number;
  missing: number;
}

export function evidenceCounts(clauses: readonly ClauseEvidence[]): EvidenceCounts {
  const n: EvidenceCounts = { recorded: 0, stated: 0, missing: 0 };
  for (const c of clauses) n[evidenceState(c)] += 1;
  return n;
}

/** Missing clauses first (they need action), then the stated ones, then the recorded; each in clause order. */
export function byUrgency(clauses: readonly ClauseEvidence[]): ClauseEvidence[] {
  const rank: Record<EvidenceState, number> = { missing: 0, stated: 1, recorded: 2 };
  return clauses
    .map((c, i) => ({ c, i }))
    .sort((a, b) => rank[evidenceState(a.c)] - rank[evidenceState(b.c)] || a.i - b.i)
    .map(({ c }) => c);
}
