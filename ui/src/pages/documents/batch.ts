// 批量操作 on the document register: which selected documents each step applies to,
// running a long batch in chunks (for its progress) and the summary of its outcome.
import type { BatchOutcome } from "../../bindings/BatchOutcome";
import type { BatchStep } from "../../bindings/BatchStep";
import type { Document } from "../../bindings/Document";

export type BatchAction = BatchStep | "distribute";

export interface BatchActionSpec {
  key: BatchAction;
  /** The button and the modal's confirm, e.g. 批准. */
  label: string;
  /** What happened to the done ones, e.g. 已批准. */
  doneText: string;
  /** The documents at this step (as the single step's button shows); the core checks the rest. */
  applies: (d: Document) => boolean;
  /** Why the button is disabled when no selected document is at this step. */
  noneText: string;
}

export const BATCH_ACTIONS: BatchActionSpec[] = [
  {
    key: "submit",
    label: "提交审核",
    doneText: "已提交审核",
    applies: (d) => d.working?.status === "draft",
    noneText: "所选文件中没有草稿",
  },
  {
    key: "review",
    label: "审核通过",
    doneText: "已审核通过",
    applies: (d) => d.working?.status === "in_review" && !d.working.reviewed_on,
    noneText: "所选文件中没有待审核的版本",
  },
  {
    key: "approve",
    label: "批准",
    doneText: "已批准",
    applies: (d) => d.working?.status === "in_review" && !!d.working.reviewed_on,
    noneText: "所选文件中没有已审核、待批准的版本",
  },
  {
    key: "publish",
    label: "发布",
    doneText: "已发布",
    applies: (d) => d.working?.status === "approved",
    noneText: "所选文件中没有已批准、待发布的版本",
  },
  {
    key: "distribute",
    label: "发放",
    doneText: "已发放",
    applies: (d) => d.published !== null && !d.archived,
    noneText: "所选文件中没有已发布的受控版本",
  },
];

export const batchSpec = (key: BatchAction): BatchActionSpec =>
  BATCH_ACTIONS.find((a) => a.key === key) ?? BATCH_ACTIONS[0];

/** Documents sent to the core per call: the progress moves on after each. */
export const BATCH_CHUNK = 10;

export interface ChunkedRun {
  outcome: BatchOutcome;
  /** A call that failed as a whole (e.g. the date refused): the rest was not sent. */
  error?: unknown;
}

/** Runs `run` over `ids` in chunks, telling `progress` how many are through; outcomes add up. */
export async function runInChunks(
  ids: number[],
  run: (chunk: number[]) => Promise<BatchOutcome>,
  progress: (through: number) => void,
  size = BATCH_CHUNK,
): Promise<ChunkedRun> {
  const outcome: BatchOutcome = { done: [], refused: [], unchanged: [] };
  for (let i = 0; i < ids.length; i += size) {
    const chunk = ids.slice(i, i + size);
    try {
      const o = await run(chunk);
      outcome.done.push(...o.done);
      outcome.refused.push(...o.refused);
      outcome.unchanged.push(...o.unchanged);
    } catch (error) {
      return { outcome, error };
    }
    progress(Math.min(i + size, ids.length));
  }
  return { outcome };
}

/** One line for the result: “12 份已批准；1 份未通过”. */
export function summaryLine(spec: BatchActionSpec, o: BatchOutcome): string {
  const parts = [`${o.done.length} 份${spec.doneText}`];
  if (o.unchanged.length > 0) parts.push(`${o.unchanged.length} 份无需${spec.label}`);
  if (o.refused.length > 0) parts.push(`${o.refused.length} 份未通过`);
  return parts.join("；");
}

/** How a refused or warned document is named in the summary. */
export const batchName = (x: { code: string; title: string; document_id: number }) =>
  x.code || x.title ? `${x.code} ${x.title}`.trim() : `文件（编号 ${x.document_id}）`;
