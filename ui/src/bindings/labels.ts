// Generated from the Rust enums' labels (guanbiao-core src/model/labels.rs) by the bindings test. Do not edit.
import type { NcStatus } from "./NcStatus";
import type { Grade } from "./Grade";
import type { Judgement } from "./Judgement";
import type { RevisionStatus } from "./RevisionStatus";
import type { DiagnosisResult } from "./DiagnosisResult";
import type { DocType } from "./DocType";
import type { Role } from "./Role";
import type { SessionKind } from "./SessionKind";
import type { Qualification } from "./Qualification";
import type { GroupPosition } from "./GroupPosition";
import type { CoverImageKind } from "./CoverImageKind";
import type { TaskStatus } from "./TaskStatus";
import type { Secrecy } from "./Secrecy";
import type { OutputKind } from "./OutputKind";
import type { SlotKind } from "./SlotKind";
import type { AcceptancePathKind } from "./AcceptancePathKind";
import type { ApplicationResult } from "./ApplicationResult";
import type { ImplementationMode } from "./ImplementationMode";
import type { AllocationRole } from "./AllocationRole";
import type { ConversionRoute } from "./ConversionRoute";
import type { OwnerKind } from "./OwnerKind";

export const NC_STATUS_LABEL: Record<NcStatus, string> = {
  open: "待原因分析",
  cause_analysed: "待制定措施",
  action_planned: "措施实施中",
  done: "待验证",
  verified: "已验证",
  closed: "已关闭",
};

export const GRADE_LABEL: Record<Grade, string> = {
  major: "严重不符合",
  minor: "一般不符合",
};

export const JUDGEMENT_LABEL: Record<Judgement, string> = {
  conform: "符合",
  major: "严重不符合",
  minor: "一般不符合",
  observation: "观察项",
  not_applicable: "不适用",
};

export const REVISION_STATUS_LABEL: Record<RevisionStatus, string> = {
  draft: "草稿",
  in_review: "审核中",
  approved: "已批准",
  published: "已发布",
  obsolete: "作废",
};

export const DIAGNOSIS_RESULT_LABEL: Record<DiagnosisResult, string> = {
  conform: "符合",
  partial: "部分符合",
  nonconform: "不符合",
  not_applicable: "不适用",
};

export const DOC_TYPE_LABEL: Record<DocType, string> = {
  policy: "方针和目标",
  manual: "知识产权手册",
  procedure: "程序文件",
  rule: "管理制度",
  form: "记录表单",
  external: "外来文件",
};

export const ROLE_LABEL: Record<Role, string> = {
  top_manager: "最高管理者",
  management_representative: "管理者代表",
  senior_manager: "高层管理人员",
  department_head: "部门负责人",
  ip_staff: "知识产权工作人员",
  internal_auditor: "内审员",
  rnd_staff: "研发人员",
};

export const SESSION_KIND_LABEL: Record<SessionKind, string> = {
  all_staff: "全员宣贯培训",
  internal_auditor: "内审员培训",
  management: "管理层培训",
  special: "专项培训",
  city_bureau: "城市局组织",
};

export const QUALIFICATION_LABEL: Record<Qualification, string> = {
  high_tech: "高新技术企业",
  tech_sme: "科技型中小企业",
  specialized: "专精特新",
  ip_advantage: "知识产权优势企业",
};

export const GROUP_POSITION_LABEL: Record<GroupPosition, string> = {
  leader: "组长",
  deputy: "副组长",
  member: "成员",
};

export const COVER_IMAGE_KIND_LABEL: Record<CoverImageKind, string> = {
  logo: "企业标志",
  seal: "单位印章",
};

export const TASK_STATUS_LABEL: Record<TaskStatus, string> = {
  not_started: "未开始",
  in_progress: "进行中",
  done: "已完成",
  cancelled: "已取消",
};

export const SECRECY_LABEL: Record<Secrecy, string> = {
  public: "公开",
  internal: "内部",
  confidential: "普通商密",
  secret: "核心商密",
};

export const OUTPUT_KIND_LABEL: Record<OutputKind, string> = {
  policy_objective: "方针、目标的改进",
  procedure: "程序的改进",
  resource: "资源需求",
  other: "其他",
};

export const SLOT_KIND_LABEL: Record<SlotKind, string> = {
  opening: "首次会议",
  department: "部门审核",
  closing: "末次会议",
};

export const ACCEPTANCE_PATH_KIND_LABEL: Record<AcceptancePathKind, string> = {
  certification: "第三方认证",
  provincial_acceptance: "省验收",
};

export const APPLICATION_RESULT_LABEL: Record<ApplicationResult, string> = {
  pending: "进行中",
  passed: "通过",
  failed: "未通过",
};

export const IMPLEMENTATION_MODE_LABEL: Record<ImplementationMode, string> = {
  consultant: "委托贯标辅导机构",
  independent: "独立实施",
};

export const ALLOCATION_ROLE_LABEL: Record<AllocationRole, string> = {
  lead: "主责",
  support: "配合",
};

export const CONVERSION_ROUTE_LABEL: Record<ConversionRoute, string> = {
  surveillance: "结合监督审核转换",
  recertification: "结合再认证审核转换",
  transition_audit: "单独进行转换审核",
};

export const OWNER_KIND_LABEL: Record<OwnerKind, string> = {
  ip_department: "知识产权管理",
  hr_department: "人力资源",
  rd_department: "研究开发",
  procurement_department: "采购",
  production_department: "生产",
  sales_department: "销售",
  finance_department: "财务",
  office: "综合管理（办公室）",
};
