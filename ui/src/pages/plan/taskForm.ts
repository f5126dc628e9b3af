import type { Dayjs } from "dayjs";
import type { PlanTask } from "../../bindings/PlanTask";
import type { PlanTaskInput } from "../../bindings/PlanTaskInput";
import type { TaskStatus } from "../../bindings/TaskStatus";
import { fromDay, toDay } from "../../dates";
import { departmentOwner, parseOwner, personOwner } from "../../owners";
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

function ownerValue(t: PlanTask): string | undefined {
  if (t.owner_person_id !== null) return personOwner(t.owner_person_id);
  if (t.owner_department_id !== null) return departmentOwner(t.owner_department_id);
  return undefined;
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
