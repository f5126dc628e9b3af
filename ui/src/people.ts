// Choosing people in selects: "姓名（部门）", archived people only where already chosen.
import type { Person } from "./bindings/Person";
import type { PersonQuery } from "./bindings/PersonQuery";

export const ALL_PEOPLE: PersonQuery = {
  search: "",
  department_id: null,
  role: null,
  include_archived: true,
};

/** A plain-string label, so the option can be found by its title. */
export function personLabel(p: Person): string {
  const base = p.department_name ? `${p.name}（${p.department_name}）` : p.name;
  return p.archived ? `${base}（已归档）` : base;
}

/** Options for active people, plus any archived ones in `keep` (so a saved choice still shows). */
export function personOptions(people: Person[], keep: readonly number[] = []) {
  return people
    .filter((p) => !p.archived || keep.includes(p.id))
    .map((p) => ({ value: p.id, label: personLabel(p) }));
}
