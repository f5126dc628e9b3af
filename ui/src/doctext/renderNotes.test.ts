import { describe, expect, it } from "vitest";
import { MAX_NOTES, renderNotes } from "./renderNotes";

describe("renderNotes", () => {
  it("says nothing when the text rendered whole", () => {
    expect(renderNotes(undefined).title).toBeNull();
    expect(renderNotes({ text: "x", dropped: [], unresolved: [] })).toEqual({ title: null, lines: [] });
  });

  it("lists what was left out, then what did not resolve", () => {
    const n = renderNotes({
      text: "",
      dropped: ["无部门承担“生产”职能，略去 2 处"],
      unresolved: ["引用的文件《知识产权评价表》（R12）不在本项目中"],
    });
    expect(n.title).toBe("无部门承担的职能已略去；1 处引用在项目中找不到（按项目当前资料显示）");
    expect(n.lines).toEqual(["无部门承担“生产”职能，略去 2 处", "引用的文件《知识产权评价表》（R12）不在本项目中"]);
  });

  it("counts what it does not list", () => {
    const unresolved = Array.from({ length: MAX_NOTES + 3 }, (_, i) => `引用 ${i}`);
    const n = renderNotes({ text: "", dropped: [], unresolved });
    expect(n.lines).toHaveLength(MAX_NOTES + 1);
    expect(n.lines[MAX_NOTES]).toBe("…… 另有 3 条");
  });
});
