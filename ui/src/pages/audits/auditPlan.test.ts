import { describe, expect, it } from "vitest";
import type { Audit } from "../../bindings/Audit";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import {
  auditTeam,
  cellKey,
  defaultSchedule,
  defaultScope,
  planOf,
  scopeCells,
  slotInputs,
  uncovered,
  type SlotRow,
} from "./auditPlan";

function auditor(person_id: number, department_id: number | null): AuditorStatus {
  return {
    person_id,
    person_name: `审核员${person_id}`,
    department_id,
    department_name: null,
    qualified: true,
    certificate_no: "",
    issuer: "",
    qualified_on: null,
    certificate: null,
  };
}

/** Without the row keys, which only need to be distinct. */
const withoutKeys = (rows: SlotRow[]) =>
  rows.map(({ kind, department_id, on_date, time_range, auditor_ids }) => ({
    kind,
    department_id,
    on_date,
    time_range,
    auditor_ids,
  }));

describe("scope keys", () => {
  it("turn back into the cells they were made from, a clause with '|' included", () => {
    const keys = new Set([cellKey(3, "4.1"), cellKey(12, "x|y")]);
    expect(scopeCells(keys)).toEqual([
      { department_id: 3, clause: "4.1" },
      { department_id: 12, clause: "x|y" },
    ]);
  });
});

describe("defaultScope", () => {
  it("takes every allocated cell whose clause is applicable", () => {
    const scope = defaultScope(
      [
        { department_id: 1, clause: "4.1", role: "lead" },
        { department_id: 2, clause: "4.1", role: "support" },
        { department_id: 2, clause: "5.2", role: "lead" },
      ],
      new Set(["4.1"]),
    );
    expect([...scope]).toEqual([cellKey(1, "4.1"), cellKey(2, "4.1")]);
  });
});

describe("uncovered", () => {
  it("names the departments and clauses with no cell in the scope", () => {
    const keys = new Set([cellKey(1, "4.1"), cellKey(1, "5.2")]);
    const departments = [
      { id: 1, name: "办公室" },
      { id: 2, name: "研发部" },
    ];
    expect(uncovered(keys, departments, ["4.1", "5.2", "6.1"])).toEqual({ departments: ["研发部"], clauses: ["6.1"] });
    expect(uncovered(new Set(), departments, ["4.1"])).toEqual({ departments: ["办公室", "研发部"], clauses: ["4.1"] });
  });
});

describe("auditTeam", () => {
  it("puts the leader first and lists each auditor once", () => {
    expect(auditTeam(5, [3, 5, 7, 3])).toEqual([5, 3, 7]);
    expect(auditTeam(undefined, [3, 7])).toEqual([3, 7]);
    expect(auditTeam(5, undefined)).toEqual([5]);
  });
});

describe("planOf", () => {
  it("gives the saved scope as keys and the saved schedule as rows with distinct keys", () => {
    const audit = {
      scope: [
        { department_id: 1, clause: "4.1" },
        { department_id: 2, clause: "5.2" },
      ],
      schedule: [
        {
          id: 9,
          kind: "opening",
          department_id: null,
          department_name: null,
          on_date: "2026-05-06",
          time_range: "08:30-09:00",
          auditor_names: ["甲"],
          auditor_ids: [4],
        },
        {
          id: 10,
          kind: "department",
          department_id: 2,
          department_name: "研发部",
          on_date: "2026-05-06",
          time_range: "09:00-10:00",
          auditor_names: ["甲"],
          auditor_ids: [4],
        },
      ],
    } as Pick<Audit, "scope" | "schedule"> as Audit;
    const { scope, rows } = planOf(audit);
    expect([...scope]).toEqual([cellKey(1, "4.1"), cellKey(2, "5.2")]);
    expect(withoutKeys(rows)).toEqual([
      { kind: "opening", department_id: null, on_date: "2026-05-06", time_range: "08:30-09:00", auditor_ids: [4] },
      { kind: "department", department_id: 2, on_date: "2026-05-06", time_range: "09:00-10:00", auditor_ids: [4] },
    ]);
    expect(rows[0].key).not.toBe(rows[1].key);
  });
});

describe("defaultSchedule (as store/audit_plan.rs default_schedule)", () => {
  // Auditors 1, 2, 3 belong to departments 10, 20, 30.
  const auditors = [auditor(1, 10), auditor(2, 20), auditor(3, 30)];

  it("opens on the first day, spreads the departments over the days, closes on the last day", () => {
    const rows = defaultSchedule([10, 20, 30], [1, 2, 3], auditors, "2026-05-06", "2026-05-07");
    expect(withoutKeys(rows)).toEqual([
      { kind: "opening", department_id: null, on_date: "2026-05-06", time_range: "08:30-09:00", auditor_ids: [1, 2, 3] },
      { kind: "department", department_id: 10, on_date: "2026-05-06", time_range: "09:00-10:00", auditor_ids: [2, 3] },
      { kind: "department", department_id: 20, on_date: "2026-05-06", time_range: "11:00-12:00", auditor_ids: [3, 1] },
      { kind: "department", department_id: 30, on_date: "2026-05-07", time_range: "09:00-10:00", auditor_ids: [1, 2] },
      { kind: "closing", department_id: null, on_date: "2026-05-07", time_range: "16:30-17:00", auditor_ids: [1, 2, 3] },
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(rows.length);
  });

  it("never sends an auditor to their own department", () => {
    const rows = defaultSchedule([10, 20, 30], [1, 2, 3], auditors, "2026-05-06", "2026-05-08");
    for (const r of rows.filter((r) => r.kind === "department")) {
      for (const id of r.auditor_ids) expect(auditors.find((a) => a.person_id === id)?.department_id).not.toBe(r.department_id);
    }
  });

  it("wraps the hours of a crowded day every four slots", () => {
    const departments = [101, 102, 103, 104, 105, 106];
    const rows = defaultSchedule(departments, [1, 2], auditors, "2026-05-06", "2026-05-06");
    const slots = rows.filter((r) => r.kind === "department");
    expect(slots.map((r) => r.time_range)).toEqual([
      "09:00-10:00",
      "11:00-12:00",
      "13:00-14:00",
      "15:00-16:00",
      "09:00-10:00",
      "11:00-12:00",
    ]);
    expect(new Set(slots.map((r) => r.on_date))).toEqual(new Set(["2026-05-06"]));
  });

  it("keeps every slot within the audit when it ends before it starts", () => {
    const rows = defaultSchedule([10, 20], [3], auditors, "2026-05-06", "2026-05-01");
    expect(rows.filter((r) => r.kind === "department").map((r) => r.on_date)).toEqual(["2026-05-06", "2026-05-06"]);
    expect(rows.at(-1)?.on_date).toBe("2026-05-01");
  });

  it("leaves a department without auditors when the whole team belongs to it (the core then refuses the plan)", () => {
    const rows = defaultSchedule([10], [1], auditors, "2026-05-06", "2026-05-06");
    expect(rows[1]).toMatchObject({ department_id: 10, auditor_ids: [] });
  });
});

describe("slotInputs", () => {
  it("drops the row key, trims the time and keeps a department only on department slots", () => {
    const rows: SlotRow[] = [
      { key: 1, kind: "opening", department_id: 7, on_date: "2026-05-06", time_range: " 08:30-09:00 ", auditor_ids: [1] },
      { key: 2, kind: "department", department_id: 7, on_date: null, time_range: "09:00-10:00", auditor_ids: [] },
    ];
    expect(slotInputs(rows)).toEqual([
      { kind: "opening", department_id: null, on_date: "2026-05-06", time_range: "08:30-09:00", auditor_ids: [1] },
      { kind: "department", department_id: 7, on_date: null, time_range: "09:00-10:00", auditor_ids: [] },
    ]);
  });
});
