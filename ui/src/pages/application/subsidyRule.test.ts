import { describe, expect, it } from "vitest";
import type { OtherSubsidy } from "../../bindings/OtherSubsidy";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import type { ProjectProgram } from "../../bindings/ProjectProgram";
import { subsidyRule, subsidyTotal } from "./subsidyRule";

const program = (over: Partial<ProgramProfile>): ProgramProfile =>
  ({ name: "2022年度陕西省企业知识产权贯标工作", forbids_other_subsidies: false, subsidy_rule_basis: "", ...over }) as ProgramProfile;

const of = (kind: ProjectProgram["kind"], over: Partial<ProgramProfile> = {}): ProjectProgram => ({
  kind,
  program: program(over),
});

const subsidy = (amount_yuan: number): OtherSubsidy => ({
  id: amount_yuan,
  grantor: "西安市市场监督管理局",
  amount_yuan,
  received_on: "2022-06-30",
  note: "",
});

describe("subsidyRule", () => {
  it("names the program's ban and its basis", () => {
    const r = subsidyRule(of("catalog", { forbids_other_subsidies: true, subsidy_rule_basis: "国知办发运字〔2019〕34号" }));
    expect(r?.forbids).toBe(true);
    expect(r?.text).toContain("“2022年度陕西省企业知识产权贯标工作”不得超额奖补、重复奖补（依据国知办发运字〔2019〕34号）");
  });

  it("leaves the basis out when the program gives none", () => {
    expect(subsidyRule(of("defined", { forbids_other_subsidies: true }))?.text).toContain("重复奖补：同一贯标");
  });

  it("says when the program does not forbid it, or there is no program", () => {
    expect(subsidyRule(of("defined"))).toEqual({ forbids: false, text: "“2022年度陕西省企业知识产权贯标工作”未规定不得重复奖补" });
    expect(subsidyRule(of("none", { forbids_other_subsidies: true }))?.text).toContain("不参加政府贯标计划");
    expect(subsidyRule(undefined)).toBeNull();
  });
});

describe("subsidyTotal", () => {
  it("counts and sums in 万元 where round", () => {
    expect(subsidyTotal([subsidy(20000), subsidy(10000)])).toBe("共 2 项，3 万元");
    expect(subsidyTotal([subsidy(12345)])).toBe("共 1 项，12,345 元");
    expect(subsidyTotal([])).toBe("共 0 项，0 元");
  });
});
