import type { Dayjs } from "dayjs";
import type { Department } from "../../bindings/Department";
import type { Person } from "../../bindings/Person";
import type { PlanTask } from "../../bindings/PlanTask";
import type { PlanTaskInput } from "../../bindings/PlanTaskInput";
import type { TaskStatus } from "../../bindings/TaskStatus";
import { fromDay, toDay } from "../../dates";
import { personLabel } from "../../people";
import { text } from "../../validation";

/** The task as the form holds it; the owner is one select value, "p:12" or "d:3". */
export interface TaskFormValues {
  stage?: string;
  title: string;
  owner?: string;
  planned_start?: Dayjs;
  planned_end?: Dayjs;
  actual_start?: Dayjs;
  actual_end?: Dayjs;
  status: TaskStatus;
  notes: string;
}

export const personOwner = (id: number) => `p:${id}`;
export const departmentOwner = (id: number) => `d:${id}`;

function ownerValue(t: PlanTask): string | undefined {
  if (t.owner_person_id !== null) return personOwner(t.owner_person_id);
  if (t.owner_department_id !== null) return departmentOwner(t.owner_department_id);
  return undefined;
}

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

export function toTaskForm(t: PlanTask | null, defaultStage: string | undefined): TaskFormValues {
  return {
    stage: t?.stage ?? defaultStage,
    title: t?.title ?? "",
    owner: t ? ownerValue(t) : undefined,
    planned_start: toDay(t?.planned_start),
    planned_end: toDay(t?.planned_end),
    actual_start: toDay(t?.actual_start),
    actual_end: toDay(t?.actual_end),
    status: t?.status ?? "not_started",
    notes: t?.notes ?? "",
  };
}

export function fromTaskForm(v: TaskFormValues): PlanTaskInput {
  const owner = parseOwner(v.owner);
  return {
    stage: v.stage ?? "",
    title: text(v.title),
    owner_person_id: owner.person,
    owner_department_id: owner.department,
    planned_start: fromDay(v.planned_start),
    planned_end: fromDay(v.planned_end),
    actual_start: fromDay(v.actual_start),
    actual_end: fromDay(v.actual_end),
    status: v.status,
    notes: text(v.notes),
  };
}
