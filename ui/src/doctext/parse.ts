// The document text format, read exactly as the back end (core/src/doctext.rs) reads it:
//   # / ## / ### headings; consecutive plain lines form one paragraph; a blank line ends it;
//   "- " bullets; "1. " numbered items; "| a | b |" tables (header row, then "| --- |").
// Placeholders are written {{名称}}; the ones left in a text are still to be filled.
// The two readers are held together by the shared fixtures in src-tauri/core/tests/fixtures/doctext
// (fixtures.test.ts here, tests/core/doctext_fixtures.rs there); Rust is the reference.
import type { Block } from "../bindings/Block";
import type { TextProblem } from "../bindings/TextProblem";
import { PLACEHOLDERS } from "../bindings/placeholders";

/** The placeholder names templates may use (generated from the back end's list). */
export { PLACEHOLDERS };

/** Lines as Rust's `str::lines` gives them: split at \n or \r\n, no empty last line; a bare \r stays. */
function lines(text: string): string[] {
  const pieces = text.split("\n");
  const last = pieces.pop() ?? ""; // after the final \n: empty when the text ends with one
  const out = pieces.map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
  if (last !== "") out.push(last);
  return out;
}

/** Rust's `char::is_whitespace` (Unicode White_Space): unlike JavaScript's `trim`, U+0085 is
 * whitespace and U+FEFF (a byte-order mark) is not. */
function isWhiteSpace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** Rust's `str::trim`, which the back end applies to lines, cells, items and placeholder names. */
function trim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && isWhiteSpace(s.charCodeAt(start))) start += 1;
  while (end > start && isWhiteSpace(s.charCodeAt(end - 1))) end -= 1;
  return s.slice(start, end);
}

function heading(line: string): [number, string] | null {
  for (const [level, prefix] of [
    [3, "### "],
    [2, "## "],
    [1, "# "],
  ] as const) {
    if (line.startsWith(prefix)) return [level, trim(line.slice(prefix.length))];
  }
  return null;
}

function numbered(line: string): string | null {
  const m = /^[0-9]{1,4}\. /.exec(line);
  return m ? trim(line.slice(m[0].length)) : null;
}

function bullet(line: string): string | null {
  return line.startsWith("- ") ? trim(line.slice(2)) : null;
}

function isTableLine(t: string): boolean {
  return t.length > 1 && t.startsWith("|") && t.endsWith("|");
}

function cells(line: string): string[] {
  const inner = trim(line).replace(/^\|+/, "").replace(/\|+$/, "");
  return inner.split("|").map(trim);
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
    const t = trim(all[i]);
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
      if (i < all.length && isSeparator(trim(all[i]))) i += 1;
      const rows: string[][] = [];
      while (i < all.length && isTableLine(trim(all[i]))) {
        const row = cells(trim(all[i]));
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
      while (i < all.length && (item = bullet(trim(all[i]))) !== null) {
        items.push(item);
        i += 1;
      }
      blocks.push({ kind: "bullets", items });
    } else if (numbered(t) !== null) {
      flush();
      const items: string[] = [];
      let item: string | null;
      while (i < all.length && (item = numbered(trim(all[i]))) !== null) {
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
    out.push({ placeholder: true, text: rest.slice(open, close + 2), name: trim(rest.slice(open + 2, close)) });
    rest = rest.slice(close + 2);
  }
  if (rest) out.push({ placeholder: false, text: rest });
  return out;
}

/** Every placeholder in the text with its line, and problems for broken or unknown ones. */
/** A clause reference `{{条款:key}}` (the number) or `{{条款全称:key}}` (number and
 *  title), rendered from the edition's table, never filled into the text (Rust's `clause_ref`). */
export function clauseRef(name: string): { key: string; full: boolean } | null {
  if (name.startsWith("条款:")) return { key: trim(name.slice(3)), full: false };
  if (name.startsWith("条款全称:")) return { key: trim(name.slice(5)), full: true };
  return null;
}

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
      const name = trim(after.slice(0, close));
      const ref = clauseRef(name);
      if (ref) {
        if (ref.key === "") problems.push({ line: n + 1, message: `条款引用“{{${name}}}”缺少条款键` });
        rest = after.slice(close + 2);
        continue;
      }
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
