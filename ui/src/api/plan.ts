// 实施计划: the implementation plan (src-tauri/src/commands/plan.rs).
import { invoke } from "./invoke";
import type { PlanGenerated } from "../bindings/PlanGenerated";
import type { PlanShifted } from "../bindings/PlanShifted";
import type { PlanTask } from "../bindings/PlanTask";
import type { PlanTaskInput } from "../bindings/PlanTaskInput";
import type { PlanView } from "../bindings/PlanView";

export const planGet = () => invoke<PlanView>("plan_get");
export const planGenerate = (replace: boolean) => invoke<PlanGenerated>("plan_generate", { replace });
export const planShift = (days: number) => invoke<PlanShifted>("plan_shift", { days });
export const planTaskCreate = (input: PlanTaskInput) => invoke<PlanTask>("plan_task_create", { input });
export const planTaskUpdate = (id: number, input: PlanTaskInput) => invoke<PlanTask>("plan_task_update", { id, input });
export const planTaskDelete = (id: number) => invoke<null>("plan_task_delete", { id });
