// 验收申请: other subsidies received for the same 贯标 (src-tauri/src/commands/subsidies.rs).
import { invoke } from "./invoke";
import type { OtherSubsidy } from "../bindings/OtherSubsidy";
import type { OtherSubsidyInput } from "../bindings/OtherSubsidyInput";

export const subsidyList = () => invoke<OtherSubsidy[]>("subsidy_list");
export const subsidyAdd = (input: OtherSubsidyInput) => invoke<OtherSubsidy>("subsidy_add", { input });
export const subsidyUpdate = (id: number, input: OtherSubsidyInput) =>
  invoke<OtherSubsidy>("subsidy_update", { id, input });
export const subsidyDelete = (id: number) => invoke<null>("subsidy_delete", { id });
