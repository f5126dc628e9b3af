// 内部审核: audits, checklists, nonconformities (src-tauri/src/commands/audit.rs).
import { invoke } from "./invoke";
import type { Audit } from "../bindings/Audit";
import type { AuditCompletionInput } from "../bindings/AuditCompletionInput";
import type { AuditEvidence } from "../bindings/AuditEvidence";
import type { AuditEvidenceInput } from "../bindings/AuditEvidenceInput";
import type { AuditInput } from "../bindings/AuditInput";
import type { AuditMergeReport } from "../bindings/AuditMergeReport";
import type { AuditPackageInfo } from "../bindings/AuditPackageInfo";
import type { AuditReport } from "../bindings/AuditReport";
import type { AuditResultsExport } from "../bindings/AuditResultsExport";
import type { AuditResultsPreview } from "../bindings/AuditResultsPreview";
import type { ConflictDecision } from "../bindings/ConflictDecision";
import type { ChecklistItem } from "../bindings/ChecklistItem";
import type { ChecklistJudgementInput } from "../bindings/ChecklistJudgementInput";
import type { CorrectiveActionInput } from "../bindings/CorrectiveActionInput";
import type { NcConfirmationInput } from "../bindings/NcConfirmationInput";
import type { Nonconformity } from "../bindings/Nonconformity";
import type { NonconformityInput } from "../bindings/NonconformityInput";
import type { VerificationInput } from "../bindings/VerificationInput";

export const auditList = () => invoke<Audit[]>("audit_list");
export const auditCreate = (input: AuditInput) => invoke<Audit>("audit_create", { input });
export const auditUpdate = (id: number, input: AuditInput) => invoke<Audit>("audit_update", { id, input });
export const auditDelete = (id: number) => invoke<null>("audit_delete", { id });
export const auditComplete = (id: number, input: AuditCompletionInput) =>
  invoke<Audit>("audit_complete", { id, input });
export const auditReport = (id: number) => invoke<AuditReport>("audit_report", { id });
export const checklistGet = (auditId: number) => invoke<ChecklistItem[]>("checklist_get", { auditId });
export const checklistJudge = (id: number, input: ChecklistJudgementInput) =>
  invoke<null>("checklist_judge", { id, input });
/** 本部门其余条款判为符合: judges the department's unjudged lines 符合; returns how many. */
export const checklistJudgeRest = (auditId: number, departmentId: number) =>
  invoke<number>("checklist_judge_rest", { auditId, departmentId });
export const ncList = (auditId: number | null) => invoke<Nonconformity[]>("nc_list", { auditId });
export const ncRaise = (auditId: number, input: NonconformityInput) => invoke<Nonconformity>("nc_raise", { auditId, input });
export const ncConfirm = (id: number, input: NcConfirmationInput) =>
  invoke<Nonconformity>("nc_confirm", { id, input });
export const ncCause = (id: number, cause: string) => invoke<Nonconformity>("nc_cause", { id, cause });
export const ncPlanAction = (id: number, input: CorrectiveActionInput) =>
  invoke<Nonconformity>("nc_plan_action", { id, input });
export const ncDone = (id: number, on: string | null) => invoke<Nonconformity>("nc_done", { id, on });
export const ncVerify = (id: number, input: VerificationInput) => invoke<Nonconformity>("nc_verify", { id, input });
export const ncClose = (id: number, on: string | null) => invoke<Nonconformity>("nc_close", { id, on });

// 内审工作包 (issue 19): a package per auditor, their results merged back.
/** 生成内审工作包 for one auditor of a planned audit, written to `path`. */
export const auditPackageCreate = (auditId: number, auditorId: number, path: string) =>
  invoke<AuditPackageInfo>("audit_package_create", { auditId, auditorId, path });
/** 导出审核结果 from the open work package. */
export const auditResultsExport = (path: string) => invoke<AuditResultsExport>("audit_results_export", { path });
/** What a results file would change (nothing is written). */
export const auditResultsPreview = (path: string) => invoke<AuditResultsPreview>("audit_results_preview", { path });
/** 导入审核结果 with every conflict decided. */
export const auditResultsMerge = (path: string, decisions: ConflictDecision[]) =>
  invoke<AuditMergeReport>("audit_results_merge", { path, decisions });
/** The evidence (files) of an audit's checklist lines and nonconformities. */
export const auditEvidenceList = (auditId: number) => invoke<AuditEvidence[]>("audit_evidence_list", { auditId });
/** Attaches a file added with `attachmentAdd` to a line or a nonconformity. */
export const auditEvidenceAdd = (input: AuditEvidenceInput) => invoke<AuditEvidence>("audit_evidence_add", { input });
export const auditEvidenceRemove = (id: number) => invoke<null>("audit_evidence_remove", { id });
