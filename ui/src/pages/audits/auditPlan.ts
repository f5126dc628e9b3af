// The audit plan as the creation form edits it: scope cells and schedule rows,
// with the defaults the core would use (职能分配表 × applicable clauses, and
// opening meeting / one slot per department / closing meeting).
import dayjs from "dayjs";
import type { AllocationCell } from "../../bindings/AllocationCell";
import type { Audit } from "../../bindings/Audit";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import type { ScopeCell } from "../../bindings/ScopeCell";
import type { SlotInput } from "../../bindings/SlotInput";
import { SLOT_KIND_LABEL } from "../../bindings/labels";
import { DATE_FORMAT } from "../../dates";

/** From Rust (one home for every coded value). */
export const SLOT_LABEL = SLOT_KIND_LABEL;

export const auditorLabel = (a: AuditorStatus) => (a.department_name ? `${a.person_name}（${a.department_name}）` : a.person_name);

export const cellKey = (departmentId: number, clause: string) => `${departmentId}|${clause}`;

/** The scope cells of a set of keys. */
export function scopeCells(keys: Set<string>): ScopeCell[] {
  return [...keys].map((k) => {
    const at = k.indexOf("|");
    return { department_id: Number(k.slice(0, at)), clause: k.slice(at + 1) };
  });
}

/** As the core defaults: every allocated cell whose clause is applicable (archived departments are not allocated). */
export function defaultScope(allocation: AllocationCell[], applicable: Set<string>): Set<string> {
  return new Set(allocation.filter((c) => applicable.has(c.clause)).map((c) => cellKey(c.department_id, c.clause)));
}

export interface Coverage {
  departments: string[];
  clauses: string[];
}

/** Active departments and applicable clauses with no cell in the scope. */
export function uncovered(
  keys: Set<string>,
  departments: { id: number; name: string }[],
  clauses: string[],
): Coverage {
  const cells = scopeCells(keys);
  return {
    departments: departments.filter((d) => !cells.some((c) => c.department_id === d.id)).map((d) => d.name),
    clauses: clauses.filter((n) => !cells.some((c) => c.clause === n)),
  };
}

/** A schedule row being edited; `key` is the table's row key. */
export interface SlotRow extends SlotInput {
  key: number;
}

let nextKey = 1;
export const newSlotKey = () => nextKey++;

/** An audit's saved plan as the form edits it: its scope keys and schedule rows. */
export function planOf(audit: Audit): { scope: Set<string>; rows: SlotRow[] } {
  return {
    scope: new Set(audit.scope.map((c) => cellKey(c.department_id, c.clause))),
    rows: audit.schedule.map((s) => ({
      key: newSlotKey(),
      kind: s.kind,
      department_id: s.department_id,
      on_date: s.on_date,
      time_range: s.time_range,
      auditor_ids: s.auditor_ids,
    })),
  };
}

/** The team as the core sees it: the leader first, then the other auditors. */
export function auditTeam(leader: number | undefined, auditors: number[] | undefined): number[] {
  const team = leader === undefined ? [] : [leader];
  for (const a of auditors ?? []) if (!team.includes(a)) team.push(a);
  return team;
}

/**
 * The core's default schedule: opening meeting on the first day, one slot per
 * department in scope (two auditors from other departments, in rotation,
 * spread over the days), closing meeting on the last day.
 */
export function defaultSchedule(
  departments: number[],
  team: number[],
  auditors: AuditorStatus[],
  startsOn: string,
  endsOn: string,
): SlotRow[] {
  const start = dayjs(startsOn);
  const days = Math.max(dayjs(endsOn).diff(start, "day"), 0) + 1;
  const deptOf = new Map(auditors.map((a) => [a.person_id, a.department_id]));
  const rows: SlotRow[] = [
    { key: newSlotKey(), kind: "opening", department_id: null, on_date: startsOn, time_range: "08:30-09:00", auditor_ids: team },
  ];
  const perDay = Math.max(Math.ceil(departments.length / days), 1);
  const pad = (n: number) => String(n).padStart(2, "0");
  departments.forEach((dep, i) => {
    const eligible = team.filter((a) => deptOf.get(a) !== dep);
    const pick = Array.from({ length: Math.min(eligible.length, 2) }, (_, k) => eligible[(i + k) % eligible.length]);
    const slotInDay = i % perDay;
    const from = 9 + ((slotInDay * 2) % 8);
    rows.push({
      key: newSlotKey(),
      kind: "department",
      department_id: dep,
      on_date: start.add(Math.min(Math.floor(i / perDay), days - 1), "day").format(DATE_FORMAT),
      time_range: `${pad(from)}:00-${pad(from + 1)}:00`,
      auditor_ids: pick,
    });
  });
  rows.push({ key: newSlotKey(), kind: "closing", department_id: null, on_date: endsOn, time_range: "16:30-17:00", auditor_ids: team });
  return rows;
}

/** What the core receives. */
export function slotInputs(rows: SlotRow[]): SlotInput[] {
  return rows.map(({ kind, department_id, on_date, time_range, auditor_ids }) => ({
    kind,
    department_id: kind === "department" ? department_id : null,
    on_date,
    time_range: time_range.trim(),
    auditor_ids,
  }));
}
