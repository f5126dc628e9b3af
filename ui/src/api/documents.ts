// 体系文件: documents, revisions, distribution, coverage, allocation, system issue (src-tauri/src/commands/documents.rs).
import { invoke } from "./invoke";
import type { AllocationCell } from "../bindings/AllocationCell";
import type { AllocationRole } from "../bindings/AllocationRole";
import type { BatchDistributeInput } from "../bindings/BatchDistributeInput";
import type { BatchOutcome } from "../bindings/BatchOutcome";
import type { BatchStepInput } from "../bindings/BatchStepInput";
import type { Coverage } from "../bindings/Coverage";
import type { DiffLine } from "../bindings/DiffLine";
import type { Distribution } from "../bindings/Distribution";
import type { DistributionInput } from "../bindings/DistributionInput";
import type { Document } from "../bindings/Document";
import type { DocumentInput } from "../bindings/DocumentInput";
import type { DocumentSettings } from "../bindings/DocumentSettings";
import type { GenerationReport } from "../bindings/GenerationReport";
import type { Rendered } from "../bindings/Rendered";
import type { Revision } from "../bindings/Revision";
import type { RevisionEditInput } from "../bindings/RevisionEditInput";
import type { RevisionReviewInput } from "../bindings/RevisionReviewInput";
import type { RevisionSubmitInput } from "../bindings/RevisionSubmitInput";
import type { StepOutcome } from "../bindings/StepOutcome";
import type { SuggestedObjectives } from "../bindings/SuggestedObjectives";
import type { SystemIssue } from "../bindings/SystemIssue";

export const documentList = () => invoke<Document[]>("document_list");
export const documentGet = (id: number) => invoke<Document>("document_get", { id });
export const documentCreate = (input: DocumentInput, content: string) =>
  invoke<Document>("document_create", { input, content });
export const documentUpdate = (id: number, input: DocumentInput) => invoke<Document>("document_update", { id, input });
export const documentsGenerate = () => invoke<GenerationReport>("documents_generate");
/** A text with its project references ({{文件:P02}}, {{部门:…}}, {{表:…}}…) rendered as the project reads now. */
export const documentRender = (text: string) => invoke<Rendered>("document_render", { text });
export const documentSettingsGet = () => invoke<DocumentSettings>("document_settings_get");
export const documentSettingsSave = (input: DocumentSettings) => invoke<DocumentSettings>("document_settings_save", { input });
/** Default annual targets in proportion to the enterprise; nothing is saved. */
export const documentObjectivesSuggest = () => invoke<SuggestedObjectives>("document_objectives_suggest");
export const revisionList = (documentId: number) => invoke<Revision[]>("revision_list", { documentId });
export const revisionEdit = (id: number, input: RevisionEditInput) => invoke<Revision>("revision_edit", { id, input });
export const revisionNew = (documentId: number, draftedBy: number | null) =>
  invoke<Revision>("revision_new", { documentId, draftedBy });
export const revisionSubmit = (id: number, input: RevisionSubmitInput) =>
  invoke<Revision>("revision_submit", { id, input });
export const revisionReview = (id: number, input: RevisionReviewInput) =>
  invoke<Revision>("revision_review", { id, input });
export const revisionReturn = (id: number) => invoke<Revision>("revision_return", { id });
export const revisionApprove = (id: number, on: string) => invoke<StepOutcome>("revision_approve", { id, on });
export const revisionPublish = (id: number, on: string) => invoke<Revision>("revision_publish", { id, on });
export const revisionDiff = (oldId: number, newId: number) => invoke<DiffLine[]>("revision_diff", { oldId, newId });
export const distributionList = (documentId: number) => invoke<Distribution[]>("distribution_list", { documentId });
export const distributionAdd = (revisionId: number, input: DistributionInput) =>
  invoke<Distribution>("distribution_add", { revisionId, input });
export const distributionWithdraw = (id: number, on: string) => invoke<null>("distribution_withdraw", { id, on });
/** 批量提交审核 / 审核通过 / 批准 / 发布: each document as its single step would; refusals come back with the reason. */
export const documentsBatchStep = (input: BatchStepInput) => invoke<BatchOutcome>("documents_batch_step", { input });
/** 批量发放 of the documents' published revisions, one copy to each department. */
export const documentsBatchDistribute = (input: BatchDistributeInput) =>
  invoke<BatchOutcome>("documents_batch_distribute", { input });
export const coverageGet = () => invoke<Coverage>("coverage_get");
export const allocationGet = () => invoke<AllocationCell[]>("allocation_get");
export const allocationSet = (departmentId: number, clause: string, role: AllocationRole | null) =>
  invoke<null>("allocation_set", { departmentId, clause, role });
export const allocationDefault = () => invoke<number>("allocation_default");
export const systemIssueGet = () => invoke<SystemIssue | null>("system_issue_get");
export const systemIssue = (issuedOn: string, implementedOn: string) =>
  invoke<SystemIssue>("system_issue", { issuedOn, implementedOn });
