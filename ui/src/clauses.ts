// The clause table of the project's edition (standard_get), looked up by key.
import { useContext, useMemo } from "react";
import type { Clause } from "./bindings/Clause";
import { StandardContext } from "./standard/standardContext";
import { clauseNumber, clauseTable, markedLabel, markedNumber, type ClauseTable } from "./standard/clauseTable";

export interface ClauseLibrary extends ClauseTable {
  /** The number a key renders as (the key while the table loads). */
  number: (key: string) => string;
  /** The number with ※ when provisional: plain text for lists and tooltips. */
  marked: (key: string) => string;
  /** “4.5※ 标题”: plain text, ※ on a provisional number. */
  label: (key: string) => string;
}

export function clauseLabel(c: Pick<Clause, "number" | "title">): string {
  return `${c.number} ${c.title}`;
}

export function useClauses(): ClauseLibrary {
  const standard = useContext(StandardContext);
  return useMemo(
    () => ({
      ...clauseTable(standard),
      number: (key: string) => clauseNumber(standard, key),
      marked: (key: string) => markedNumber(standard, key),
      label: (key: string) => markedLabel(standard, key),
    }),
    [standard],
  );
}
