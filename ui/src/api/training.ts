// 培训: online credits, offline sessions, internal auditors (src-tauri/src/commands/training.rs).
import { invoke } from "./invoke";
import type { AuditorOverview } from "../bindings/AuditorOverview";
import type { AuditorQualificationInput } from "../bindings/AuditorQualificationInput";
import type { CreditOverview } from "../bindings/CreditOverview";
import type { OnlineTrainingInput } from "../bindings/OnlineTrainingInput";
import type { StaffCoverage } from "../bindings/StaffCoverage";
import type { TrainingSession } from "../bindings/TrainingSession";
import type { TrainingSessionInput } from "../bindings/TrainingSessionInput";

export const creditOverview = () => invoke<CreditOverview>("credit_overview");
export const creditThresholdSet = (threshold: number | null) => invoke<null>("credit_threshold_set", { threshold });
export const onlineTrainingSave = (personId: number, input: OnlineTrainingInput) =>
  invoke<null>("online_training_save", { personId, input });
export const sessionList = () => invoke<TrainingSession[]>("session_list");
export const sessionCreate = (input: TrainingSessionInput) => invoke<TrainingSession>("session_create", { input });
export const sessionUpdate = (id: number, input: TrainingSessionInput) =>
  invoke<TrainingSession>("session_update", { id, input });
export const sessionDelete = (id: number) => invoke<null>("session_delete", { id });
export const staffCoverage = () => invoke<StaffCoverage>("staff_coverage");
export const auditorOverview = () => invoke<AuditorOverview>("auditor_overview");
export const auditorQualificationSave = (personId: number, input: AuditorQualificationInput) =>
  invoke<null>("auditor_qualification_save", { personId, input });
export const auditorQualificationClear = (personId: number) =>
  invoke<null>("auditor_qualification_clear", { personId });
