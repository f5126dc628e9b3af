import type { GlossaryTerm } from "../bindings/GlossaryTerm";

/** The terms matching `query` (in the word or its explanation), grouped in the file's order. */
export function groupTerms(terms: GlossaryTerm[], query: string): [string, GlossaryTerm[]][] {
  const q = query.trim().toLowerCase();
  const groups = new Map<string, GlossaryTerm[]>();
  for (const t of terms) {
    if (q && !t.term.toLowerCase().includes(q) && !t.text.toLowerCase().includes(q)) continue;
    const list = groups.get(t.group) ?? [];
    list.push(t);
    groups.set(t.group, list);
  }
  return [...groups.entries()];
}
