import { describe, expect, it } from "vitest";
import type { ClauseChange } from "../bindings/ClauseChange";
import { changeSummary, changesToShow, changeText } from "./clauseChanges";

const change = (kind: ClauseChange["kind"], from: [string, string], to: [string, string]): ClauseChange => ({
  kind,
  key: `${kind}-${from[0]}${to[0]}`,
  from_number: from[0],
  from_title: from[1],
  to_number: to[0],
  to_title: to[1],
});

const changes: ClauseChange[] = [
  change("confirmed", ["4.1", "理解企业及其环境"], ["4.1", "理解企业及其环境"]),
  change("removed", ["6.4", "变更的策划"], ["", ""]),
  change("renumbered", ["6.3", "知识产权目标"], ["6.2", "知识产权目标"]),
  change("added", ["", ""], ["6.5", "合规风险评估"]),
  change("retitled", ["4", "组织环境"], ["4", "企业环境"]),
];

describe("clause table changes", () => {
  it("list what changes, removals last, and leave the confirmed out", () => {
    expect(changesToShow(changes).map((c) => c.kind)).toEqual(["renumbered", "added", "retitled", "removed"]);
  });

  it("say each change as one line", () => {
    expect(changesToShow(changes).map(changeText)).toEqual([
      "6.3 知识产权目标 → 6.2 知识产权目标",
      "6.5 合规风险评估",
      "4 组织环境 → 4 企业环境",
      "6.4 变更的策划",
    ]);
  });

  it("sum them up, naming what a removal costs", () => {
    expect(changeSummary(changes)).toBe("1 条一致，2 条改号或改名，1 条新增，1 条删除（引用它的记录将失去条款）");
    expect(changeSummary(changes.slice(0, 1))).toBe("1 条一致");
  });
});
