// Generated from PLACEHOLDERS (guanbiao-core src/doctext.rs) by the bindings test. Do not edit.
/** The placeholder names templates may use; each is filled from the project. */
export const PLACEHOLDERS: readonly string[] = [
  "企业名称",
  "统一社会信用代码",
  "企业地址",
  "法定代表人",
  "所属行业",
  "职工人数",
  "最高管理者",
  "管理者代表",
  "知识产权部门",
  "知识产权方针",
  "知识产权目标",
  "文件编号",
  "发布日期",
  "实施日期",
  "任命日期",
  "领导小组成立日期",
];
