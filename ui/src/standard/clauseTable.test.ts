import { describe, expect, it } from "vitest";
import type { Clause } from "../bindings/Clause";
import type { StandardEdition } from "../bindings/StandardEdition";
import {
  chapterOf,
  clauseNumber,
  clauseTable,
  defaultEdition,
  editionNote,
  isProvisional,
  markedLabel,
  markedNumber,
  provisionalExplanation,
} from "./clauseTable";

const clause = (key: string, number: string, parent: string | null, grade: Clause["grade"], note = ""): Clause => ({
  key,
  number,
  parent,
  title: `${number} 的标题`,
  summary: "",
  typical_evidence: "",
  level: number.split(".").length,
  grade,
  grade_note: note,
  previous: [],
});

const edition = (over: Partial<StandardEdition>): StandardEdition => ({
  id: "GB/T 29490-2013",
  code: "gbt29490-2013",
  name: "企业知识产权管理规范",
  provisional: false,
  official_text: "正式文本",
  notice: "",
  clauses: [clause("4", "4", null, null), clause("4.1", "4.1", "4", null)],
  applications_from: null,
  applications_until: "2024-12-31",
  certificates_until: "2025-12-31",
  successor: "GB/T 29490-2023",
  validity_source: "",
  checked: null,
  ...over,
});

const old = edition({});
const current = edition({
  id: "GB/T 29490-2023",
  code: "gbt29490-2023",
  provisional: true,
  official_text: "openstd.samr.gov.cn 免费在线阅读",
  clauses: [
    clause("context_chapter", "4", null, "inferred", "章标题推断"),
    clause("compliance_obligations", "4.5", "context_chapter", "single_source"),
  ],
  applications_from: "2024-01-01",
  applications_until: null,
  certificates_until: null,
  successor: null,
});

describe("clause numbers from the project's table", () => {
  it("renders keys as numbers and marks only a provisional table's numbers", () => {
    expect(clauseNumber(current, "compliance_obligations")).toBe("4.5");
    expect(isProvisional(current, "compliance_obligations")).toBe(true);
    expect(markedNumber(current, "compliance_obligations")).toBe("4.5※");
    expect(markedLabel(current, "compliance_obligations")).toBe("4.5※ 4.5 的标题");
    expect(markedNumber(old, "4.1")).toBe("4.1");
    expect(isProvisional(old, "4.1")).toBe(false);
    // A key the table lacks (or a table not loaded yet) shows as itself, unmarked.
    expect(markedNumber(current, "gone")).toBe("gone");
    expect(markedNumber(undefined, "4.1")).toBe("4.1");
  });

  it("explains a provisional number: reconstructed, how sure, where the official text is", () => {
    const why = provisionalExplanation(current, "compliance_obligations");
    expect(why).toContain("暂定编号");
    expect(why).toContain("不是标准原文");
    expect(why).toContain("仅见于一处公开来源");
    expect(why).toContain("openstd.samr.gov.cn");
    expect(provisionalExplanation(current, "context_chapter")).toContain("（章标题推断）");
    expect(provisionalExplanation(old, "4.1")).toBe("");
  });

  it("serves leaves by key, with marked select labels and chapters through the parents", () => {
    const t = clauseTable(current);
    expect(t.leaves.map((c) => c.key)).toEqual(["compliance_obligations"]);
    expect(t.leafOptions).toEqual([{ value: "compliance_obligations", label: "4.5※ 4.5 的标题" }]);
    expect(chapterOf(t.byKey, "compliance_obligations")?.number).toBe("4");
  });
});

describe("editions where they are chosen", () => {
  it("defaults to the edition certifiable today and says why in one line", () => {
    expect(defaultEdition([old, current], "2026-12-04")?.code).toBe("gbt29490-2023");
    expect(defaultEdition([old, current], "2022-08-25")?.code).toBe("gbt29490-2013");
    const now = editionNote(current, "2026-12-04");
    expect(now).toContain("今天可按此版本申请认证");
    expect(now).toContain("暂定");
    const past = editionNote(old, "2026-12-04");
    expect(past).toContain("只受理到 2024-12-31");
    expect(past).toContain("暂停或撤销");
    expect(editionNote(current, "2023-06-01")).toContain("尚不能");
  });
});
