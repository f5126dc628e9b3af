// The cases of core/src/doctext.rs's own tests, plus the edges where a reader
// written twice could drift: line endings, indentation, prefixes that only
// look like blocks, ragged tables, placeholders split or unknown.
import { describe, expect, it } from "vitest";
import { PLACEHOLDERS, parseDocument, placeholders, segments, textProblems, unfilledIn } from "./parse";

describe("parseDocument", () => {
  it("reads every block kind as the back end does (doctext.rs parses_every_block_kind)", () => {
    const text =
      "# 1 目的\n为规范管理，\n特制定本程序。\n\n## 1.1 范围\n- 甲\n- 乙\n1. 一\n2. 二\n| 序号 | 名称 |\n| --- | --- |\n| 1 | 手册 |\n| 2 |  |\n";
    expect(parseDocument(text)).toEqual({
      blocks: [
        { kind: "heading", level: 1, text: "1 目的" },
        { kind: "paragraph", text: "为规范管理，特制定本程序。" },
        { kind: "heading", level: 2, text: "1.1 范围" },
        { kind: "bullets", items: ["甲", "乙"] },
        { kind: "numbered", items: ["一", "二"] },
        {
          kind: "table",
          header: ["序号", "名称"],
          rows: [
            ["1", "手册"],
            ["2", ""],
          ],
        },
      ],
      problems: [],
    });
  });

  it("gives nothing for an empty or blank text", () => {
    expect(parseDocument("")).toEqual({ blocks: [], problems: [] });
    expect(parseDocument("\n  \n\t\n")).toEqual({ blocks: [], problems: [] });
  });

  it("reads CRLF text like LF text", () => {
    const lf = "# 标题\n第一行\n第二行\n\n- 条目\n";
    expect(parseDocument(lf.replace(/\n/g, "\r\n"))).toEqual(parseDocument(lf));
  });

  it("trims each line, so indented lines keep their kind and paragraphs join without spaces", () => {
    expect(parseDocument("  ### 三级  \n   甲  \n  乙\n    - 条目  ").blocks).toEqual([
      { kind: "heading", level: 3, text: "三级" },
      { kind: "paragraph", text: "甲乙" },
      { kind: "bullets", items: ["条目"] },
    ]);
  });

  it("needs a space after the marker: '#标题', '-条目', '1.条目' and '#### 四级' are plain text", () => {
    expect(parseDocument("#标题\n-条目\n1.条目\n#### 四级").blocks).toEqual([
      { kind: "paragraph", text: "#标题-条目1.条目#### 四级" },
    ]);
  });

  it("numbers items with one to four digits, any value; five digits is text", () => {
    expect(parseDocument("7. 甲\n1000. 乙\n0001. 丙").blocks).toEqual([{ kind: "numbered", items: ["甲", "乙", "丙"] }]);
    expect(parseDocument("12345. 丁").blocks).toEqual([{ kind: "paragraph", text: "12345. 丁" }]);
  });

  it("ends a list at the first line of another kind, and a paragraph at a block", () => {
    expect(parseDocument("前言\n- 甲\n接着\n1. 一\n- 乙").blocks).toEqual([
      { kind: "paragraph", text: "前言" },
      { kind: "bullets", items: ["甲"] },
      { kind: "paragraph", text: "接着" },
      { kind: "numbered", items: ["一"] },
      { kind: "bullets", items: ["乙"] },
    ]);
  });

  it("reads a table without a separator row, and an alignment row as a separator", () => {
    expect(parseDocument("| a | b |\n| 1 | 2 |").blocks).toEqual([{ kind: "table", header: ["a", "b"], rows: [["1", "2"]] }]);
    expect(parseDocument("| a | b |\n|:--|--:|\n| 1 | 2 |").blocks).toEqual([
      { kind: "table", header: ["a", "b"], rows: [["1", "2"]] },
    ]);
  });

  it("keeps a row with an empty cell as a row, not a separator", () => {
    expect(parseDocument("| a | b |\n| --- |  |\n").blocks).toEqual([
      { kind: "table", header: ["a", "b"], rows: [["---", ""]] },
    ]);
  });

  it("takes a lone '|' as text, not a table", () => {
    expect(parseDocument("|").blocks).toEqual([{ kind: "paragraph", text: "|" }]);
  });

  it("reports a ragged row with more cells and keeps its text (doctext.rs ragged_table_is_reported_and_keeps_its_text)", () => {
    const { blocks, problems } = parseDocument("| a | b |\n| --- | --- |\n| 1 | 2 | 3 |\n");
    expect(problems).toEqual([{ line: 3, message: "表格第 1 行有 3 列，表头有 2 列" }]);
    expect(blocks).toEqual([{ kind: "table", header: ["a", "b"], rows: [["1", "2", "3"]] }]);
  });

  it("pads a short row to the header's width and reports it by its line", () => {
    const { blocks, problems } = parseDocument("正文\n\n| a | b | c |\n| 1 | 2 | 3 |\n| 4 |\n");
    expect(problems).toEqual([{ line: 5, message: "表格第 2 行有 1 列，表头有 3 列" }]);
    expect(blocks[1]).toEqual({
      kind: "table",
      header: ["a", "b", "c"],
      rows: [
        ["1", "2", "3"],
        ["4", "", ""],
      ],
    });
  });
});

describe("placeholders", () => {
  it("finds known and unknown names, and a missing '}}' (doctext.rs placeholders_fill_and_report)", () => {
    const { found, problems } = placeholders("致{{企业名称}}：{{老板}}，{{发布日期");
    expect(found).toEqual([
      { line: 1, name: "企业名称" },
      { line: 1, name: "老板" },
    ]);
    expect(problems).toHaveLength(2);
    expect(problems[0].message).toBe(`未知的占位符“{{老板}}”，可用：${PLACEHOLDERS.join("、")}`);
    expect(problems[1]).toEqual({ line: 1, message: "占位符缺少结尾的“}}”" });
  });

  it("trims names, counts lines from 1, and does not join '{{' and '}}' across lines", () => {
    const { found, problems } = placeholders("第一行\n{{ 文件编号 }} 与 {{实施日期}}\n{{发布\n日期}}");
    expect(found).toEqual([
      { line: 2, name: "文件编号" },
      { line: 2, name: "实施日期" },
    ]);
    expect(problems).toEqual([{ line: 3, message: "占位符缺少结尾的“}}”" }]);
  });

  it("knows the 16 names the back end fills", () => {
    expect(PLACEHOLDERS).toHaveLength(16);
    expect(new Set(PLACEHOLDERS).size).toBe(16);
    for (const name of PLACEHOLDERS) expect(placeholders(`{{${name}}}`).problems).toEqual([]);
  });
});

describe("unfilledIn", () => {
  it("lists each name once, in order of first use", () => {
    expect(unfilledIn("{{发布日期}}\n{{企业名称}}于{{发布日期}}发布，{{企业名称}}")).toEqual(["发布日期", "企业名称"]);
    expect(unfilledIn("甲公司于2026-01-01发布")).toEqual([]);
  });
});

describe("segments", () => {
  it("splits text at placeholders, keeping the braces in the text and the trimmed name", () => {
    expect(segments("致{{ 企业名称 }}：")).toEqual([
      { placeholder: false, text: "致" },
      { placeholder: true, text: "{{ 企业名称 }}", name: "企业名称" },
      { placeholder: false, text: "：" },
    ]);
  });

  it("leaves an unclosed '{{' as plain text, and gives nothing for an empty text", () => {
    expect(segments("{{企业名称}}{{未完")).toEqual([
      { placeholder: true, text: "{{企业名称}}", name: "企业名称" },
      { placeholder: false, text: "{{未完" },
    ]);
    expect(segments("")).toEqual([]);
  });
});

describe("textProblems", () => {
  it("merges table and placeholder problems, by line", () => {
    const text = "| a | b |\n| 1 |\n{{老板}}\n| c |\n| 1 | 2 |\n{{未完";
    expect(textProblems(text).map((p) => p.line)).toEqual([2, 3, 5, 6]);
  });
});
