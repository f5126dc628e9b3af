// The document text format, read exactly as the back end (core/src/doctext.rs) reads it:
//   # / ## / ### headings; consecutive plain lines form one paragraph; a blank line ends it;
//   "- " bullets; "1. " numbered items; "| a | b |" tables (header row, then "| --- |").
// Placeholders are written {{名称}}; the ones left in a text are still to be filled.
import type { Block } from "../bindings/Block";
import type { TextProblem } from "../bindings/TextProblem";
import { PLACEHOLDERS } from "../bindings/placeholders";

/** The placeholder names templates may use (generated from the back end's list). */
export { PLACEHOLDERS };

/** Lines as Rust's `str::lines` gives them: split on \n, a trailing \r dropped, no empty last line. */
function lines(text: string): string[] {
  if (text === "") return [];
  const out = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  if (text.endsWith("\n")) out.pop();
  return out;
}

function heading(line: string): [number, string] | null {
  for (const [level, prefix] of [
    [3, "### "],
    [2, "## "],
    [1, "# "],
  ] as const) {
    if (line.startsWith(prefix)) return [level, line.slice(prefix.length).trim()];
  }
  return null;
}

function numbered(line: string): string | null {
  const m = /^[0-9]{1,4}\. /.exec(line);
  return m ? line.slice(m[0].length).trim() : null;
}

function bullet(line: string): string | null {
  return line.startsWith("- ") ? line.slice(2).trim() : null;
}

function isTableLine(t: string): boolean {
  return t.length > 1 && t.startsWith("|") && t.endsWith("|");
}

function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|+/, "").replace(/\|+$/, "");
  return inner.split("|").map((c) => c.trim());
}

function isSeparator(line: string): boolean {
  const c = cells(line);
  return c.length > 0 && c.every((x) => x !== "" && /^[-: ]+$/.test(x));
}

export interface Parsed {
  blocks: Block[];
  /** Ragged tables; the text is still laid out as well as it can be. */
  problems: TextProblem[];
}

/** Parses the text into blocks; no text is dropped. */
export function parseDocument(text: string): Parsed {
  const blocks: Block[] = [];
  const problems: TextProblem[] = [];
  const all = lines(text);
  let para: string[] = [];
  const flush = () => {
    if (para.length > 0) {
      blocks.push({ kind: "paragraph", text: para.join("") });
      para = [];
    }
  };
  let i = 0;
  while (i < all.length) {
    const t = all[i].trim();
    const h = heading(t);
    if (t === "") {
      flush();
      i += 1;
    } else if (h) {
      flush();
      blocks.push({ kind: "heading", level: h[0], text: h[1] });
      i += 1;
    } else if (isTableLine(t)) {
      flush();
      const header = cells(t);
      i += 1;
      if (i < all.length && isSeparator(all[i].trim())) i += 1;
      const rows: string[][] = [];
      while (i < all.length && isTableLine(all[i].trim())) {
        const row = cells(all[i].trim());
        if (row.length !== header.length) {
          problems.push({
            line: i + 1,
            message: `表格第 ${rows.length + 1} 行有 ${row.length} 列，表头有 ${header.length} 列`,
          });
          while (row.length < header.length) row.push("");
        }
        rows.push(row);
        i += 1;
      }
      blocks.push({ kind: "table", header, rows });
    } else if (bullet(t) !== null) {
      flush();
      const items: string[] = [];
      let item: string | null;
      while (i < all.length && (item = bullet(all[i].trim())) !== null) {
        items.push(item);
        i += 1;
      }
      blocks.push({ kind: "bullets", items });
    } else if (numbered(t) !== null) {
      flush();
      const items: string[] = [];
      let item: string | null;
      while (i < all.length && (item = numbered(all[i].trim())) !== null) {
        items.push(item);
        i += 1;
      }
      blocks.push({ kind: "numbered", items });
    } else {
      para.push(t);
      i += 1;
    }
  }
  flush();
  return { blocks, problems };
}

/** A run of inline text: plain, or a placeholder left in the text (with its braces). */
export type Segment = { placeholder: false; text: string } | { placeholder: true; text: string; name: string };

/** Splits a line of text at its `{{…}}` placeholders; an unclosed `{{` stays plain text. */
export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let rest = text;
  for (;;) {
    const open = rest.indexOf("{{");
    if (open < 0) break;
    const close = rest.indexOf("}}", open + 2);
    if (close < 0) break;
    if (open > 0) out.push({ placeholder: false, text: rest.slice(0, open) });
    out.push({ placeholder: true, text: rest.slice(open, close + 2), name: rest.slice(open + 2, close).trim() });
    rest = rest.slice(close + 2);
  }
  if (rest) out.push({ placeholder: false, text: rest });
  return out;
}

/** Every placeholder in the text with its line, and problems for broken or unknown ones. */
export function placeholders(text: string): { found: { line: number; name: string }[]; problems: TextProblem[] } {
  const found: { line: number; name: string }[] = [];
  const problems: TextProblem[] = [];
  lines(text).forEach((l, n) => {
    let rest = l;
    for (;;) {
      const open = rest.indexOf("{{");
      if (open < 0) break;
      const after = rest.slice(open + 2);
      const close = after.indexOf("}}");
      if (close < 0) {
        problems.push({ line: n + 1, message: "占位符缺少结尾的“}}”" });
        break;
      }
      const name = after.slice(0, close).trim();
      if (!PLACEHOLDERS.includes(name)) {
        problems.push({ line: n + 1, message: `未知的占位符“{{${name}}}”，可用：${PLACEHOLDERS.join("、")}` });
      }
      found.push({ line: n + 1, name });
      rest = after.slice(close + 2);
    }
  });
  return { found, problems };
}

/** Placeholders still unfilled, by name (deduplicated, in order). */
export function unfilledIn(text: string): string[] {
  const names: string[] = [];
  for (const { name } of placeholders(text).found) {
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

/** Everything worth pointing out in a text: ragged tables, broken or unknown placeholders, by line. */
export function textProblems(text: string): TextProblem[] {
  return [...parseDocument(text).problems, ...placeholders(text).problems].sort((a, b) => a.line - b.line);
}
