import { describe, expect, it, vi } from "vitest";
import { ALL_TABLES, READS } from "../bindings/reads";
// No shell in these tests: the event is announced by hand.
vi.mock("@tauri-apps/api/event", () => ({ listen: () => Promise.resolve(() => {}) }));

import { announceChanged, holdChanges, isStale, onProjectChanged, tablesRead } from "./changes";

describe("tablesRead", () => {
  it("unites the measured tables of the commands a load called", () => {
    const reads = tablesRead(["profile_get", "body_list"]);
    expect([...reads].sort()).toEqual(["certification_body", "enterprise"]);
  });

  it("counts a command it has no measure for as reading every table", () => {
    expect(tablesRead(["backup_list"]).size).toBe(ALL_TABLES.length);
  });

  it("reads nothing when nothing was called", () => {
    expect(tablesRead([]).size).toBe(0);
  });
});

describe("isStale", () => {
  it("is stale when a written table is one the view reads", () => {
    expect(isStale(tablesRead(["person_list"]), new Set(["person_role"]))).toBe(true);
  });

  it("stays fresh when the writes touch other tables", () => {
    expect(isStale(tablesRead(["profile_get"]), new Set(["person", "document"]))).toBe(false);
  });

  it("sees every write from the change history", () => {
    expect(READS.history_recent).toBe(ALL_TABLES);
    expect(isStale(tablesRead(["history_recent"]), new Set(["cover_image"]))).toBe(true);
  });
});

describe("holdChanges", () => {
  it("tells the changes of a run once, at its release", () => {
    const seen: string[][] = [];
    const stop = onProjectChanged((c) => seen.push([...c].sort()));
    const release = holdChanges();
    announceChanged(new Set(["revision"]));
    announceChanged(new Set(["distribution"]));
    expect(seen).toEqual([]);
    release();
    release();
    expect(seen).toEqual([["distribution", "revision"]]);
    announceChanged(new Set(["person"]));
    expect(seen).toEqual([["distribution", "revision"], ["person"]]);
    stop();
  });
});
