import { describe, expect, it } from "vitest";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import { fieldPath, fromForm, fromTemplate, inlineMessage, toForm } from "./programForm";

const shipped = import.meta.glob<ProgramProfile>("../../../../assets/programs/*.json", {
  import: "default",
  eager: true,
});

// The shipped 2022 Shaanxi profile, with the defaults the core fills in.
function shaanxi(): ProgramProfile {
  const raw = shipped["../../../../assets/programs/shaanxi-2022.json"];
  if (!raw) throw new Error("assets/programs/shaanxi-2022.json not found");
  return { ...raw, accepted_editions: [raw.standard_edition], penalty_free_years: 1 };
}

describe("toForm and fromForm", () => {
  it("give back the shipped profile unchanged, with nothing to report", () => {
    const p = shaanxi();
    const { definition, problems } = fromForm(toForm(p));
    expect(problems).toEqual([]);
    expect(definition).toEqual(p);
  });

  it("report an emptied number by its field and still send the rest to the core", () => {
    const form = { ...toForm(shaanxi()), year: null, min_operation_months: null };
    const { definition, problems } = fromForm(form);
    expect(problems.map((p) => p.field)).toEqual(["year", "min_operation_months"]);
    expect(problems[0]?.message).toBe("年度不能为空");
    expect(definition.year).toBe(0);
    expect(definition.name).toBe("2022年度陕西省企业知识产权贯标工作");
  });

  it("keep a stage without dates at its index, dated on the deadline", () => {
    const form = toForm(shaanxi());
    form.stages.push({ id: "acceptance", name: "复核阶段" });
    const { definition, problems } = fromForm(form);
    expect(problems.map((p) => p.field)).toEqual(["stages[3].start", "stages[3].end"]);
    expect(definition.stages[3]).toEqual({ id: "acceptance", name: "复核阶段", start: "2022-10-31", end: "2022-10-31" });
  });

  it("take an unset credit threshold and no deadline as null", () => {
    const form = { ...toForm(shaanxi()), deadline: undefined, credit_threshold: null };
    const { definition } = fromForm(form);
    expect(definition.deadline).toBeNull();
    expect(definition.credit_threshold).toBeNull();
  });
});

describe("fieldPath", () => {
  it("turns the core's JSON paths into form name paths", () => {
    expect(fieldPath("name")).toEqual(["name"]);
    expect(fieldPath("stages[0].end")).toEqual(["stages", 0, "end"]);
    expect(fieldPath("acceptance_paths[12].subsidy_yuan")).toEqual(["acceptance_paths", 12, "subsidy_yuan"]);
  });
});

describe("inlineMessage", () => {
  it("drops the bracketed JSON field the label already names", () => {
    expect(inlineMessage("计划名称（name）不能为空")).toBe("计划名称不能为空");
    expect(inlineMessage("阶段“培训阶段”的结束日期（stages[0].end）2022-05-01 晚于截止日期 2022-04-30")).toBe(
      "阶段“培训阶段”的结束日期2022-05-01 晚于截止日期 2022-04-30",
    );
    expect(inlineMessage("认证范围（产品与服务）")).toBe("认证范围（产品与服务）");
  });
});

describe("fromTemplate", () => {
  it("copies a shipped profile under an id of its own", () => {
    const copy = fromTemplate(shaanxi());
    expect(copy.id).toBe("shaanxi-2022-custom");
    expect(copy.deadline).toBe("2022-10-31");
  });
});
