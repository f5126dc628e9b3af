import type { Person } from "../../bindings/Person";
import type { PersonInput } from "../../bindings/PersonInput";
import { text } from "../../validation";

/** The person as the form holds it: no department is `undefined` (an empty Select). */
export type PersonFormValues = Omit<PersonInput, "department_id"> & { department_id?: number };

export function toPersonForm(p: Person | null): PersonFormValues {
  return {
    name: p?.name ?? "",
    department_id: p?.department_id ?? undefined,
    position: p?.position ?? "",
    phone: p?.phone ?? "",
    email: p?.email ?? "",
    employee_no: p?.employee_no ?? "",
    roles: p?.roles ?? [],
  };
}

export function fromPersonForm(v: PersonFormValues): PersonInput {
  return {
    name: text(v.name),
    department_id: v.department_id ?? null,
    position: text(v.position),
    phone: text(v.phone),
    email: text(v.email),
    employee_no: text(v.employee_no),
    roles: v.roles ?? [],
  };
}
