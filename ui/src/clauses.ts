// The clause library of the standard in use (catalog.standards[0]).
import { useMemo } from "react";
import type { Clause } from "./bindings/Clause";
import type { StandardEdition } from "./bindings/StandardEdition";
import { useProject } from "./project/projectContext";

export interface ClauseLibrary {
  standard: StandardEdition | undefined;
  /** Clauses with no children: the ones assessed, covered and allocated. */
  leaves: Clause[];
  byNumber: Map<string, Clause>;
  /** Select options "4.2.2 文件控制" for the leaf clauses (plain-string labels). */
  leafOptions: { value: string; label: string }[];
  /** The paraphrase notice to show wherever summaries appear. */
  notice: string;
}

export function clauseLabel(c: Pick<Clause, "number" | "title">): string {
  return `${c.number} ${c.title}`;
}

export function useClauses(): ClauseLibrary {
  const { catalog } = useProject();
  const standard = catalog.standards[0];
  return useMemo(() => {
    const all = standard?.clauses ?? [];
    const parents = new Set(all.map((c) => c.parent).filter((p): p is string => p !== null));
    const leaves = all.filter((c) => !parents.has(c.number));
    return {
      standard,
      leaves,
      byNumber: new Map(all.map((c) => [c.number, c])),
      leafOptions: leaves.map((c) => ({ value: c.number, label: clauseLabel(c) })),
      notice: standard?.notice ?? "",
    };
  }, [standard]);
}
