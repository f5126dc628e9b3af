// 知识产权目标与考核 (src-tauri/src/commands/objectives.rs).
import { invoke } from "./invoke";
import type { Objective } from "../bindings/Objective";
import type { ObjectiveInput } from "../bindings/ObjectiveInput";
import type { ObjectiveMeasurementInput } from "../bindings/ObjectiveMeasurementInput";

export const objectiveList = () => invoke<Objective[]>("objective_list");
export const objectiveSave = (id: number | null, input: ObjectiveInput) => invoke<Objective>("objective_save", { id, input });
export const objectiveDelete = (id: number) => invoke<null>("objective_delete", { id });
export const objectiveMeasurementSave = (objectiveId: number, id: number | null, input: ObjectiveMeasurementInput) =>
  invoke<Objective>("objective_measurement_save", { objectiveId, id, input });
export const objectiveMeasurementDelete = (id: number) => invoke<null>("objective_measurement_delete", { id });
