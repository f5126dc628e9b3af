// 承担职能: the parts a department plays, by which the documents name it.
import type { OwnerKind } from "../../bindings/OwnerKind";
import { OWNER_KIND_LABEL } from "../../bindings/labels";

/** Every part, in the core's order (`OwnerKind::ALL`). */
export const PARTS = Object.keys(OWNER_KIND_LABEL) as OwnerKind[];

/** The 承担职能 select's options: the IP department's own part cannot be removed. */
export function partOptions(isIpDepartment: boolean) {
  return PARTS.map((p) => ({
    value: p,
    label: OWNER_KIND_LABEL[p],
    disabled: isIpDepartment && p === "ip_department",
  }));
}

/** The parts to save, in the core's order, the IP department keeping its own. */
export function partsToSave(chosen: readonly OwnerKind[] | undefined, isIpDepartment: boolean): OwnerKind[] {
  const set = new Set(chosen ?? []);
  if (isIpDepartment) set.add("ip_department");
  return PARTS.filter((p) => set.has(p));
}
