import { describe, expect, it } from "vitest";
import type { BatchOutcome } from "../../bindings/BatchOutcome";
import type { Document } from "../../bindings/Document";
import type { Revision } from "../../bindings/Revision";
import { batchName, batchSpec, runInChunks, summaryLine } from "./batch";

const rev = (status: Revision["status"], reviewed_on: string | null = null) => ({ status, reviewed_on }) as Revision;
const doc = (working: Revision | null, published: Revision | null = null) =>
  ({ working, published, archived: false }) as Document;

describe("batch actions", () => {
  it("count a document for the step its working revision waits for", () => {
    const docs = [
      doc(rev("draft")),
      doc(rev("in_review")),
      doc(rev("in_review", "2025-01-02")),
      doc(rev("approved"), rev("published")),
      doc(null, rev("published")),
    ];
    const count = (k: Parameters<typeof batchSpec>[0]) => docs.filter(batchSpec(k).applies).length;
    expect([count("submit"), count("review"), count("approve"), count("publish"), count("distribute")]).toEqual([
      1, 1, 1, 1, 2,
    ]);
  });

  it("run in chunks, add the outcomes up and stop at a call that fails", async () => {
    const seen: number[][] = [];
    const through: number[] = [];
    const item = (id: number) => ({ document_id: id, code: `C${id}`, title: "", version: "A/0", warnings: [] });
    const run = (chunk: number[]): Promise<BatchOutcome> => {
      seen.push(chunk);
      if (chunk[0] === 5) return Promise.reject(new Error("磁盘已满"));
      return Promise.resolve({ done: chunk.map(item), refused: [], unchanged: [] });
    };
    const r = await runInChunks([1, 2, 3, 4, 5, 6], run, (n) => through.push(n), 2);
    expect(seen).toEqual([[1, 2], [3, 4], [5, 6]]);
    expect(through).toEqual([2, 4]);
    expect(r.outcome.done.map((d) => d.document_id)).toEqual([1, 2, 3, 4]);
    expect(r.error).toBeInstanceOf(Error);
  });

  it("sum up what was done and what was refused", () => {
    const o: BatchOutcome = {
      done: [{ document_id: 1, code: "IP-CX-01", title: "文件控制程序", version: "A/1", warnings: [] }],
      refused: [
        {
          document_id: 2,
          code: "IP-CX-02",
          title: "合同管理程序",
          error: { code: "invalid_input", message: "批准日期 2025-01-01 早于审核日期 2025-02-01" },
        },
      ],
      unchanged: [],
    };
    expect(summaryLine(batchSpec("approve"), o)).toBe("1 份已批准；1 份未通过");
    const copies = { ...o, unchanged: [{ ...o.done[0], warnings: ["研发中心 已持有该版本，未重复发放"] }] };
    expect(summaryLine(batchSpec("distribute"), copies)).toBe("1 份已发放；1 份无需发放；1 份未通过");
    expect(batchName(o.refused[0])).toBe("IP-CX-02 合同管理程序");
    expect(batchName({ document_id: 9, code: "", title: "" })).toBe("文件（编号 9）");
  });
});
