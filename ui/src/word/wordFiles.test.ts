import { describe, expect, it } from "vitest";
import { baseName, documentFileName, withExtension } from "./wordFiles";

describe("documentFileName", () => {
  it("is the code and title with the extension", () => {
    expect(documentFileName("IP-CX-01", "文件控制程序", "docx")).toBe("IP-CX-01 文件控制程序.docx");
  });
  it("replaces what Windows refuses in a name", () => {
    expect(documentFileName("IP/CX:01", "合同*审查?<程序>|\"\\", "pdf")).toBe("IP_CX_01 合同_审查__程序____.pdf");
    expect(documentFileName("A", "x\ty", "docx")).toBe("A x_y.docx");
  });
  it("drops trailing dots and spaces", () => {
    expect(documentFileName("A-01", "手册.. ", "docx")).toBe("A-01 手册.docx");
    expect(documentFileName("", "方针", "docx")).toBe("方针.docx");
  });
});

describe("withExtension", () => {
  it("adds the extension when missing", () => {
    expect(withExtension("/tmp/a", "docx")).toBe("/tmp/a.docx");
    expect(withExtension("/tmp/a.pdf", "docx")).toBe("/tmp/a.pdf.docx");
  });
  it("keeps it when present, in any case", () => {
    expect(withExtension("/tmp/a.docx", "docx")).toBe("/tmp/a.docx");
    expect(withExtension("C:\\文件\\A.DOCX", "docx")).toBe("C:\\文件\\A.DOCX");
  });
});

describe("baseName", () => {
  it("takes the last part of either kind of path", () => {
    expect(baseName("/home/u/修改稿.docx")).toBe("修改稿.docx");
    expect(baseName("C:\\Users\\u\\修改稿.docx")).toBe("修改稿.docx");
    expect(baseName("修改稿.docx")).toBe("修改稿.docx");
  });
});
