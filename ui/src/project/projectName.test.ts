import { describe, expect, it } from "vitest";
import { shortPath } from "./projectName";

describe("shortPath", () => {
  it("leaves a short path whole", () => {
    expect(shortPath("/home/li/贯标.gbproj")).toBe("/home/li/贯标.gbproj");
  });
  it("keeps the drive, the file and the last folders that fit (Windows)", () => {
    const p = "C:\\Users\\张三\\Documents\\知识产权\\贯标工作\\2026\\示例企业.gbproj";
    expect(shortPath(p, 30)).toBe("C:\\…\\贯标工作\\2026\\示例企业.gbproj");
  });
  it("keeps the root of a POSIX path", () => {
    const p = "/home/zhangsan/文档/知识产权/贯标工作/2026/示例企业.gbproj";
    expect(shortPath(p, 29)).toBe("/…/知识产权/贯标工作/2026/示例企业.gbproj");
    expect(shortPath(p, 28)).toBe("/…/贯标工作/2026/示例企业.gbproj");
  });
  it("keeps a long file name whole", () => {
    const name = "某某市某某区某某科技股份有限公司知识产权贯标项目文件.gbproj";
    expect(shortPath(`/data/projects/${name}`, 20)).toBe(`/…/${name}`);
  });
});
