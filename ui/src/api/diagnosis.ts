// 诊断分析: clause diagnosis, evidence and actions (src-tauri/src/commands/diagnosis.rs).
import { invoke } from "./invoke";
import type { ActionInput } from "../bindings/ActionInput";
import type { DiagnosisInput } from "../bindings/DiagnosisInput";
import type { DiagnosisOverview } from "../bindings/DiagnosisOverview";
import type { Evidence } from "../bindings/Evidence";
import type { EvidenceInput } from "../bindings/EvidenceInput";
import type { PlanTask } from "../bindings/PlanTask";

export const diagnosisGet = () => invoke<DiagnosisOverview>("diagnosis_get");
export const diagnosisSave = (clause: string, input: DiagnosisInput) => invoke<null>("diagnosis_save", { clause, input });
export const evidenceAdd = (clause: string, input: EvidenceInput) => invoke<Evidence>("evidence_add", { clause, input });
export const evidenceRemove = (id: number) => invoke<null>("evidence_remove", { id });
export const diagnosisActionAdd = (clause: string, input: ActionInput) =>
  invoke<PlanTask>("diagnosis_action_add", { clause, input });
