// The document-text grammar, pinned between Rust and TypeScript: the inputs in
// src-tauri/core/tests/fixtures/doctext, each with the JSON of what the Rust reader
// (core/src/doctext.rs, which renders the PDFs) makes of it. The core test
// tests/core/doctext_fixtures.rs writes and checks that JSON; this reader must agree.
import { describe, expect, it } from "vitest";
import type { Block } from "../bindings/Block";
import type { TextProblem } from "../bindings/TextProblem";
import { parseDocument, placeholders } from "./parse";

interface Expected {
  blocks: Block[];
  problems: TextProblem[];
  placeholders: { line: number; name: string }[];
  placeholder_problems: TextProblem[];
}

// Read byte for byte (CRLF, BOM and a missing final newline are among the cases).
const inputs = import.meta.glob<string>("../../../src-tauri/core/tests/fixtures/doctext/*.txt", {
  query: "?raw",
  import: "default",
  eager: true,
});
const expected = import.meta.glob<Expected>("../../../src-tauri/core/tests/fixtures/doctext/*.json", {
  import: "default",
  eager: true,
});

const cases = Object.entries(inputs).map(([path, text]) => ({
  name: path.replace(/^.*\//, ""),
  text,
  want: expected[path.replace(/\.txt$/, ".json")],
}));

describe("the shared doctext fixtures", () => {
  it("are all found, each with its expectation", () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(expected)).toHaveLength(cases.length);
    for (const c of cases) expect(c.want, c.name).toBeDefined();
  });

  it.each(cases)("$name reads as the Rust reader reads it", ({ text, want }) => {
    expect(parseDocument(text)).toEqual({ blocks: want.blocks, problems: want.problems });
    const p = placeholders(text);
    expect({ placeholders: p.found, placeholder_problems: p.problems }).toEqual({
      placeholders: want.placeholders,
      placeholder_problems: want.placeholder_problems,
    });
  });
});
