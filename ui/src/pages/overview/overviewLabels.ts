import type { RuleResult } from "../../bindings/RuleResult";
import type { Stage } from "../../bindings/Stage";
import type { Screen } from "../../bindings/Screen";
import { PAGES, type PageKey } from "../../navigation/navigation";

/** The program's stages in order; the readiness rules carry these ids. */
export const STAGE_IDS = ["training", "implementation", "acceptance"] as const;

/** A phase's name where the program names none (no program: certification
 *  only, so the last phase is 认证; the core's GENERIC_STAGES say the same). */
const STAGE_FALLBACK: Record<string, string> = {
  training: "培训阶段",
  implementation: "实施阶段",
  acceptance: "认证阶段",
};

export function stageName(id: string, stages: Stage[]): string {
  return stages.find((s) => s.id === id)?.name ?? STAGE_FALLBACK[id] ?? id;
}

/** The menu's names, for "去 … 处理" links. */
export const SCREEN_LABELS = Object.fromEntries(PAGES.map((p) => [p.key, p.label])) as Record<PageKey, string>;

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
