import { describe, expect, it } from "vitest";
import type { ClauseEvidence } from "../../bindings/ClauseEvidence";
import { byUrgency, evidenceCounts, evidenceState } from "./evidence";

const statement = {
  id: 1,
  clause: "7.3.3",
  reason: "本期未发生企业重组",
  stated_by: 1,
  stated_by_name: "赵萱英",
  stated_on: "2022-08-10",
};
const clause = (n: string, records: number, stated = false): ClauseEvidence => ({
  clause: n,
  title: `条款 ${n}`,
  records,
  statement: stated ? { ...statement, clause: n } : null,
});

describe("operation evidence per clause", () => {
  it("prefers records to a statement", () => {
    expect(evidenceState(clause("7.3.3", 2, true))).toBe("recorded");
    expect(evidenceState(clause("7.3.3", 0, true))).toBe("stated");
    expect(evidenceState(clause("7.3.3", 0))).toBe("missing");
  });

  it("counts each state", () => {
    const all = [clause("7.1", 1), clause("7.3.3", 0, true), clause("7.3.4", 0), clause("7.4", 0)];
    expect(evidenceCounts(all)).toEqual({ recorded: 1, stated: 1, missing: 2 });
    expect(evidenceCounts([])).toEqual({ recorded: 0, stated: 0, missing: 0 });
  });

  it("lists missing clauses first, keeping clause order within each state", () => {
    const all = [clause("7.1", 1), clause("7.3.3", 0, true), clause("7.3.4", 0), clause("7.4", 3), clause("7.5", 0)];
    expect(byUrgency(all).map((c) => c.clause)).toEqual(["7.3.4", "7.5", "7.3.3", "7.1", "7.4"]);
  });
});
