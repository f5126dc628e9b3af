import type { RuleResult } from "../../bindings/RuleResult";
import type { Stage } from "../../bindings/Stage";
import type { Screen } from "../../bindings/Screen";
import type { PageKey } from "../../navigation/navigation";

/** The program's stages in order; the readiness rules carry these ids. */
export const STAGE_IDS = ["training", "implementation", "acceptance"] as const;

const STAGE_FALLBACK: Record<string, string> = {
  training: "培训阶段",
  implementation: "实施阶段",
  acceptance: "验收阶段",
};

export function stageName(id: string, stages: Stage[]): string {
  return stages.find((s) => s.id === id)?.name ?? STAGE_FALLBACK[id] ?? id;
}

/** The menu's names, for "去 … 处理" links. */
export const SCREEN_LABELS: Record<PageKey, string> = {
  overview: "概览",
  profile: "企业信息",
  departments: "部门",
  people: "人员",
  training: "培训",
  organisation: "领导小组",
  plan: "实施计划",
  diagnosis: "诊断分析",
  documents: "体系文件",
  operation: "体系运行",
  audits: "内部审核",
  reviews: "管理评审",
  application: "验收申请",
  export: "导出材料",
  backups: "备份与恢复",
};

/** The screen that fixes a rule (every `Screen` is a page: checked in navigation.ts). */
export function fixScreen(rule: RuleResult): PageKey {
  return rule.fix.screen;
}

/** What to do next: failing blockers before warnings, in the engine's order
 *  (profile, training, organisation, … application), one per screen. */
export function nextSteps(rules: RuleResult[], max = 3): RuleResult[] {
  const failing = rules.filter((r) => !r.passed);
  const ordered = [
    ...failing.filter((r) => r.severity === "blocker"),
    ...failing.filter((r) => r.severity === "warning"),
  ];
  const screens = new Set<Screen>();
  const out: RuleResult[] = [];
  for (const r of ordered) {
    if (screens.has(r.fix.screen)) continue;
    screens.add(r.fix.screen);
    out.push(r);
    if (out.length === max) break;
  }
  return out;
}

export interface StageTally {
  id: string;
  passed: number;
  warnings: number;
  blockers: number;
  total: number;
}

export function tallyByStage(rules: RuleResult[]): StageTally[] {
  return STAGE_IDS.map((id) => {
    const of = rules.filter((r) => r.stage === id);
    return {
      id,
      passed: of.filter((r) => r.passed).length,
      warnings: of.filter((r) => !r.passed && r.severity === "warning").length,
      blockers: of.filter((r) => !r.passed && r.severity === "blocker").length,
      total: of.length,
    };
  });
}
