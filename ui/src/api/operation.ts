// 体系运行: check-ins, records, problems, evidence per clause and 本期未发生 statements (src-tauri/src/commands/operation.rs).
import { invoke } from "./invoke";
import type { Checkin } from "../bindings/Checkin";
import type { CheckinInput } from "../bindings/CheckinInput";
import type { OperationEvidence } from "../bindings/OperationEvidence";
import type { OperationProblem } from "../bindings/OperationProblem";
import type { OperationProblemInput } from "../bindings/OperationProblemInput";
import type { OperationRecord } from "../bindings/OperationRecord";
import type { OperationRecordInput } from "../bindings/OperationRecordInput";
import type { OperationStatement } from "../bindings/OperationStatement";
import type { OperationStatementInput } from "../bindings/OperationStatementInput";
import type { OperationStatus } from "../bindings/OperationStatus";

export const operationGet = () => invoke<OperationStatus>("operation_get");
export const checkinList = () => invoke<Checkin[]>("checkin_list");
export const checkinSave = (input: CheckinInput) => invoke<Checkin>("checkin_save", { input });
export const operationRecordList = () => invoke<OperationRecord[]>("operation_record_list");
export const operationRecordAdd = (input: OperationRecordInput) => invoke<OperationRecord>("operation_record_add", { input });
export const operationRecordDelete = (id: number) => invoke<null>("operation_record_delete", { id });
export const operationProblemList = () => invoke<OperationProblem[]>("operation_problem_list");
export const operationProblemSave = (id: number | null, input: OperationProblemInput) =>
  invoke<OperationProblem>("operation_problem_save", { id, input });
export const operationEvidenceGet = () => invoke<OperationEvidence>("operation_evidence_get");
export const operationStatementSave = (input: OperationStatementInput) =>
  invoke<OperationStatement>("operation_statement_save", { input });
export const operationStatementDelete = (id: number) => invoke<null>("operation_statement_delete", { id });
