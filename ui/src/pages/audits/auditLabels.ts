// Colours and step helpers for the internal-audit screens; the labels come from Rust.
import type { Audit } from "../../bindings/Audit";
import { GRADE_LABEL, JUDGEMENT_LABEL, NC_STATUS_LABEL } from "../../bindings/labels";
import type { Grade } from "../../bindings/Grade";
import type { Judgement } from "../../bindings/Judgement";
import type { NcStatus } from "../../bindings/NcStatus";
import type { Nonconformity } from "../../bindings/Nonconformity";

export { GRADE_LABEL, JUDGEMENT_LABEL, NC_STATUS_LABEL };

export const JUDGEMENTS: { value: Judgement; label: string }[] = (
  Object.keys(JUDGEMENT_LABEL) as Judgement[]
).map((value) => ({ value, label: JUDGEMENT_LABEL[value] }));


export const NC_STATUS_COLOR: Record<NcStatus, string> = {
  open: "red",
  cause_analysed: "orange",
  action_planned: "gold",
  done: "blue",
  verified: "cyan",
  closed: "green",
};

/** The step shown for a nonconformity: an open one waits for the auditee's confirmation first. */
export function ncStepLabel(nc: Nonconformity): string {
  if (nc.status === "open" && !nc.confirmed_on) return "待受审核方确认";
  return NC_STATUS_LABEL[nc.status];
}

/** Index in the lifecycle steps: 确认, 原因分析, 纠正措施, 完成, 验证, 关闭. */
export function ncStepIndex(nc: Nonconformity): number {
  switch (nc.status) {
    case "open":
      return nc.confirmed_on ? 1 : 0;
    case "cause_analysed":
      return 2;
    case "action_planned":
      return 3;
    case "done":
      return 4;
    case "verified":
      return 5;
    case "closed":
      return 6;
  }
}

export const NC_STEPS = ["受审核方确认", "原因分析", "纠正及纠正措施", "措施完成", "验证有效", "关闭"];

/** A judgement that calls for a nonconformity report. */
export const isNonconforming = (j: Judgement | null) => j === "major" || j === "minor";

export const judgementGrade = (j: Judgement | null): Grade | undefined =>
  j === "major" ? "major" : j === "minor" ? "minor" : undefined;

/** The next free `NS-年份-序号` for `year`. */
export function nextAuditNumber(audits: Audit[], year: number): string {
  for (let n = 1; ; n++) {
    const number = `NS-${year}-${String(n).padStart(2, "0")}`;
    if (!audits.some((a) => a.number === number)) return number;
  }
}
