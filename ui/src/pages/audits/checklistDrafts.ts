// Checklist lines edited but not saved yet (a save refused, or one still on its
// way when the line left the screen). Kept outside the components, so a note
// survives switching department, tab or page: the line shows it again, marked
// unsaved, until it is saved.
import { useSyncExternalStore } from "react";
import type { ChecklistJudgementInput } from "../../bindings/ChecklistJudgementInput";

const drafts = new Map<string, ChecklistJudgementInput>();
const listeners = new Set<() => void>();
let version = 0;

/** A line of one project's checklist (item ids are unique within a project file). */
export function draftKey(projectPath: string, itemId: number): string {
  return `${projectPath}\n${itemId}`;
}

export function getDraft(key: string): ChecklistJudgementInput | undefined {
  return drafts.get(key);
}

/** Keeps `draft` for the line, or forgets it (`null`, once saved). */
export function setDraft(key: string, draft: ChecklistJudgementInput | null) {
  const had = drafts.has(key);
  if (draft) drafts.set(key, draft);
  else drafts.delete(key);
  if (had !== drafts.has(key)) {
    version += 1;
    for (const l of [...listeners]) l();
  }
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** How many lines of the project hold unsaved edits; re-renders when that changes. */
export function useDraftCount(projectPath: string): number {
  useSyncExternalStore(subscribe, () => version);
  let n = 0;
  for (const k of drafts.keys()) if (k.startsWith(`${projectPath}\n`)) n += 1;
  return n;
}
