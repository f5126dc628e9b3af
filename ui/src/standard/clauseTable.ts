// The project's clause table as the window reads it: lookups by key (what
// records hold), numbers and titles rendered from the table, and what marks
// a provisional number (暂定编号). Pure: tested in clauseTable.test.ts.
import type { Clause } from "../bindings/Clause";
import type { ClauseGrade } from "../bindings/ClauseGrade";
import type { StandardEdition } from "../bindings/StandardEdition";

/** The mark after a provisional number where only plain text fits (selects, tooltips), as in the exports. */
export const PROVISIONAL_MARK = "※";

const GRADE_LABELS: Record<ClauseGrade, string> = {
  attested: "编号与标题两处公开来源一致",
  single_source: "编号与标题仅见于一处公开来源",
  inferred: "编号与标题为推断",
};

export interface ClauseTable {
  standard: StandardEdition | undefined;
  /** Clauses with no children: the ones assessed, covered and allocated. */
  leaves: Clause[];
  byKey: Map<string, Clause>;
  /** Select options for the leaf clauses: value the key, label “4.5※ 标题”. */
  leafOptions: { value: string; label: string }[];
  /** The paraphrase notice to show wherever summaries appear. */
  notice: string;
}

export function clauseTable(standard: StandardEdition | undefined): ClauseTable {
  const all = standard?.clauses ?? [];
  const parents = new Set(all.map((c) => c.parent).filter((p): p is string => p !== null));
  const leaves = all.filter((c) => !parents.has(c.key));
  return {
    standard,
    leaves,
    byKey: new Map(all.map((c) => [c.key, c])),
    leafOptions: leaves.map((c) => ({ value: c.key, label: markedLabel(standard, c.key) })),
    notice: standard?.notice ?? "",
  };
}

function find(standard: StandardEdition | undefined, key: string): Clause | undefined {
  return standard?.clauses.find((c) => c.key === key);
}

/** Whether the number a key renders as is provisional (a reconstructed table's row). */
export function isProvisional(standard: StandardEdition | undefined, key: string): boolean {
  return !!standard?.provisional && find(standard, key)?.grade != null;
}

/** The number a key renders as; the key itself when the table lacks it. */
export function clauseNumber(standard: StandardEdition | undefined, key: string): string {
  return find(standard, key)?.number ?? key;
}

/** The number with ※ when provisional: for plain-text places. */
export function markedNumber(standard: StandardEdition | undefined, key: string): string {
  return clauseNumber(standard, key) + (isProvisional(standard, key) ? PROVISIONAL_MARK : "");
}

/** “4.5※ 标题” (plain text); the key alone when the table lacks it. */
export function markedLabel(standard: StandardEdition | undefined, key: string): string {
  const c = find(standard, key);
  return c ? `${markedNumber(standard, key)} ${c.title}` : key;
}

/** One line on what a provisional number is, how sure this one is, and where the official text is. */
export function provisionalExplanation(standard: StandardEdition | undefined, key: string): string {
  const c = find(standard, key);
  if (!standard || !c || !isProvisional(standard, key)) return "";
  const grade = c.grade ? GRADE_LABELS[c.grade] : "";
  const note = c.grade_note && c.grade_note !== grade ? `（${c.grade_note}）` : "";
  return `暂定编号：${standard.id} 的条款号和标题由本软件据公开资料重建，不是标准原文，可能有误；本条${grade}${note}。正式文本：${standard.official_text}。`;
}

/** One line on an edition where it is chosen: whether an application on it is accepted on `today`. */
export function editionNote(s: StandardEdition, today: string): string {
  const provisional = s.provisional ? "；本软件中的条款表为暂定表（暂定编号），以正式文本为准" : "";
  if (s.applications_from && today < s.applications_from) {
    return `自 ${s.applications_from} 起受理认证申请，今天尚不能按此版本申请${provisional}`;
  }
  if (s.applications_until && today > s.applications_until) {
    const withdrawn =
      s.certificates_until && today > s.certificates_until ? `，未转换的证书已于 ${s.certificates_until} 后暂停或撤销` : "";
    return `认证申请只受理到 ${s.applications_until}，今天申请须按 ${s.successor ?? "新版标准"}${withdrawn}`;
  }
  const since = s.applications_from ? `自 ${s.applications_from} 起` : "";
  return `${since}受理认证申请，今天可按此版本申请认证${provisional}`;
}

/** The edition a new project starts on: the newest one accepted on `today`. */
export function defaultEdition(standards: StandardEdition[], today: string): StandardEdition | undefined {
  const open = standards.filter(
    (s) => !(s.applications_from && today < s.applications_from) && !(s.applications_until && today > s.applications_until),
  );
  return open[open.length - 1] ?? standards[standards.length - 1];
}

/** The chapter (level-1 clause) a key sits in. */
export function chapterOf(byKey: Map<string, Clause>, key: string): Clause | undefined {
  let c = byKey.get(key);
  while (c?.parent) c = byKey.get(c.parent);
  return c;
}
