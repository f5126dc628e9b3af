import { describe, expect, it } from "vitest";
import { partOptions, partsToSave, PARTS } from "./parts";

describe("承担职能", () => {
  it("lists the eight parts in the core's order", () => {
    expect(PARTS).toHaveLength(8);
    expect(PARTS[0]).toBe("ip_department");
    expect(partOptions(false).map((o) => o.label)).toContain("综合管理（办公室）");
  });

  it("fixes the IP department's own part", () => {
    expect(partOptions(true).find((o) => o.value === "ip_department")?.disabled).toBe(true);
    expect(partOptions(false).every((o) => !o.disabled)).toBe(true);
    expect(partsToSave(["sales_department"], true)).toEqual(["ip_department", "sales_department"]);
    expect(partsToSave(["office", "rd_department", "office"], false)).toEqual(["rd_department", "office"]);
    expect(partsToSave(undefined, false)).toEqual([]);
  });
});
