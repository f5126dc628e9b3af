import type { AcceptancePathKind } from "../../bindings/AcceptancePathKind";
import type { ApplicationResult } from "../../bindings/ApplicationResult";
import type { CertificationBody } from "../../bindings/CertificationBody";
import { ACCEPTANCE_PATH_KIND_LABEL, APPLICATION_RESULT_LABEL } from "../../bindings/labels";
import type { ProgramProfile } from "../../bindings/ProgramProfile";

export const PATHS = Object.keys(ACCEPTANCE_PATH_KIND_LABEL) as AcceptancePathKind[];

/** The program's name for a path, else the path's own label (from Rust). */
export function pathName(path: AcceptancePathKind, program: ProgramProfile | undefined): string {
  return program?.acceptance_paths.find((p) => p.id === path)?.name ?? ACCEPTANCE_PATH_KIND_LABEL[path];
}

/** From Rust (one home for every coded value). */
export const RESULT_LABELS = APPLICATION_RESULT_LABEL;

export const RESULT_COLORS: Record<ApplicationResult, string> = {
  pending: "processing",
  passed: "success",
  failed: "error",
};

/** 5 万元 for 50000, otherwise the plain number. */
export function yuan(n: number): string {
  return n >= 10000 && n % 1000 === 0 ? `${n / 10000} 万元` : `${n.toLocaleString("zh-CN")} 元`;
}

/** Why a body cannot be chosen; empty when it can. */
export function bodyReason(b: CertificationBody): string {
  const why: string[] = [];
  if (!b.meets_standard) why.push("未达到服务标准");
  if (!b.no_dishonesty) why.push("有失信记录");
  if (b.archived) why.push("已归档");
  return why.join("、");
}

export const MISSES_SUBSIDY = "证书日期晚于截止日期，不能获得补贴";
