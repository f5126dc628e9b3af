import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ChangeEntry } from "../bindings/ChangeEntry";
import type { FieldChange } from "../bindings/FieldChange";
import { changeSummary, formatAt, NO_OPERATOR, operatorName } from "./changeFormat";

function entry(action: ChangeEntry["action"], changes: FieldChange[], operator = ""): ChangeEntry {
  return {
    id: 1,
    at: "2026-03-01T08:05:09.123Z",
    operator,
    entity: "person",
    entity_label: "人员",
    record_id: "1",
    record_label: "张三",
    action,
    changes,
    parent_entity: null,
    parent_id: null,
    source: "",
  };
}

const change = (label: string, old: string | null, now: string | null): FieldChange => ({
  field: label,
  label,
  old,
  new: now,
});

describe("formatAt", () => {
  beforeAll(() => {
    vi.stubEnv("TZ", "Asia/Shanghai");
  });
  afterAll(() => {
    vi.unstubAllEnvs();
  });

  it("shows the stored UTC time in local time, to the second", () => {
    expect(formatAt("2026-03-01T08:05:09.123Z")).toBe("2026-03-01 16:05:09");
    expect(formatAt("2026-12-31T20:00:00Z")).toBe("2027-01-01 04:00:00");
  });

  it("shows a value it cannot read as it is", () => {
    expect(formatAt("不是时间")).toBe("不是时间");
  });
});

describe("operatorName", () => {
  it("names the operator, or says none was set", () => {
    expect(operatorName(entry("update", [], "李四"))).toBe("李四");
    expect(operatorName(entry("update", []))).toBe(NO_OPERATOR);
  });
});

describe("changeSummary", () => {
  it("shows new values for a creation, old ones for a deletion, both for the rest", () => {
    const changes = [change("姓名", null, "张三"), change("电话", "138", null)];
    expect(changeSummary(entry("create", changes))).toBe("姓名：张三；电话：（空）");
    expect(changeSummary(entry("delete", changes))).toBe("姓名：（空）；电话：138");
    expect(changeSummary(entry("update", changes))).toBe("姓名：（空） → 张三；电话：138 → （空）");
    expect(changeSummary(entry("archive", [change("已归档", "否", "是")]))).toBe("已归档：否 → 是");
  });

  it("is empty when nothing changed", () => {
    expect(changeSummary(entry("update", []))).toBe("");
  });
});
