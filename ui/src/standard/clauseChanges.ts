// What a correction of the clause table does, as the dialog lists it.
import type { ChangeKind } from "../bindings/ChangeKind";
import type { ClauseChange } from "../bindings/ClauseChange";

export const CHANGE_LABELS: Record<ChangeKind, string> = {
  confirmed: "一致",
  renumbered: "改号",
  retitled: "改名",
  renumbered_and_retitled: "改号并改名",
  added: "新增",
  removed: "删除",
};

export const CHANGE_COLORS: Record<ChangeKind, string> = {
  confirmed: "default",
  renumbered: "blue",
  retitled: "blue",
  renumbered_and_retitled: "blue",
  added: "green",
  removed: "red",
};

/** The changes worth listing (not the confirmed ones), removals last. */
export function changesToShow(changes: ClauseChange[]): ClauseChange[] {
  const shown = changes.filter((c) => c.kind !== "confirmed");
  return [...shown.filter((c) => c.kind !== "removed"), ...shown.filter((c) => c.kind === "removed")];
}

/** “58 条：55 条一致，2 处改号改名，1 条新增，0 条删除”. */
export function changeSummary(changes: ClauseChange[]): string {
  const count = (f: (c: ClauseChange) => boolean) => changes.filter(f).length;
  const confirmed = count((c) => c.kind === "confirmed");
  const moved = count((c) => c.kind === "renumbered" || c.kind === "retitled" || c.kind === "renumbered_and_retitled");
  const added = count((c) => c.kind === "added");
  const removed = count((c) => c.kind === "removed");
  const parts = [`${confirmed} 条一致`];
  if (moved) parts.push(`${moved} 条改号或改名`);
  if (added) parts.push(`${added} 条新增`);
  if (removed) parts.push(`${removed} 条删除（引用它的记录将失去条款）`);
  return parts.join("，");
}

/** The clause before → after, as one line. */
export function changeText(c: ClauseChange): string {
  const before = `${c.from_number} ${c.from_title}`.trim();
  const after = `${c.to_number} ${c.to_title}`.trim();
  if (c.kind === "added") return after;
  if (c.kind === "removed" || c.kind === "confirmed") return before;
  return `${before} → ${after}`;
}
