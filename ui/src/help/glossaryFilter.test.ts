import { describe, expect, it } from "vitest";
import { groupTerms } from "./glossaryFilter";

const terms = [
  { term: "贯标", group: "总体", text: "贯彻标准" },
  { term: "内部审核（内审）", group: "内审与评审", text: "企业自己组织内审员检查" },
  { term: "纠正措施", group: "内审与评审", text: "防止再次发生" },
];

describe("groupTerms", () => {
  it("keeps the file's order of groups and terms", () => {
    expect(groupTerms(terms, "").map(([g, t]) => [g, t.length])).toEqual([
      ["总体", 1],
      ["内审与评审", 2],
    ]);
  });
  it("finds a word in the term or in its explanation", () => {
    expect(groupTerms(terms, "内审").flatMap(([, t]) => t.map((x) => x.term))).toEqual(["内部审核（内审）"]);
    expect(groupTerms(terms, "再次").flatMap(([, t]) => t.map((x) => x.term))).toEqual(["纠正措施"]);
    expect(groupTerms(terms, "没有这个词")).toEqual([]);
  });
});
