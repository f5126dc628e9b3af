import type { OtherSubsidy } from "../../bindings/OtherSubsidy";
import type { ProjectProgram } from "../../bindings/ProjectProgram";
import { yuan } from "./applicationLabels";

/** What the project's program says about other subsidies for the same 贯标, as one line. */
export function subsidyRule(p: ProjectProgram | undefined): { forbids: boolean; text: string } | null {
  if (!p) return null;
  const { program } = p;
  if (p.kind === "none") {
    return { forbids: false, text: "不参加政府贯标计划：没有贯标补助，不涉及重复奖补" };
  }
  if (!program.forbids_other_subsidies) {
    return { forbids: false, text: `“${program.name}”未规定不得重复奖补` };
  }
  const basis = program.subsidy_rule_basis ? `（依据${program.subsidy_rule_basis}）` : "";
  return {
    forbids: true,
    text: `“${program.name}”不得超额奖补、重复奖补${basis}：同一贯标已领取的市、区县或往年奖补请在此登记`,
  };
}

/** “共 2 项，3 万元”: the count and the sum of the subsidies listed. */
export function subsidyTotal(list: OtherSubsidy[]): string {
  const sum = list.reduce((n, s) => n + s.amount_yuan, 0);
  return `共 ${list.length} 项，${yuan(sum)}`;
}
