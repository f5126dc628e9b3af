// Choosing an owner that is either a person or a department (plan tasks, diagnosis
// actions, document distribution): one select value, "p:12" or "d:3".
import type { Department } from "./bindings/Department";
import type { Person } from "./bindings/Person";
import { personLabel } from "./people";

export const personOwner = (id: number) => `p:${id}`;
export const departmentOwner = (id: number) => `d:${id}`;

/** Select options for an owner: people, then departments; archived ones only where already chosen. */
export function ownerOptions(
  people: Person[],
  departments: Department[],
  keep: { person?: number | null; department?: number | null } = {},
) {
  return [
    {
      label: "人员",
      title: "人员",
      options: people
        .filter((p) => !p.archived || p.id === keep.person)
        .map((p) => ({ value: personOwner(p.id), label: personLabel(p) })),
    },
    {
      label: "部门",
      title: "部门",
      options: departments
        .filter((d) => !d.archived || d.id === keep.department)
        .map((d) => ({ value: departmentOwner(d.id), label: d.archived ? `${d.name}（已归档）` : d.name })),
    },
  ];
}

export function parseOwner(v: string | undefined): { person: number | null; department: number | null } {
  const m = /^([pd]):(\d+)$/.exec(v ?? "");
  if (!m) return { person: null, department: null };
  const id = Number(m[2]);
  return m[1] === "p" ? { person: id, department: null } : { person: null, department: id };
}
