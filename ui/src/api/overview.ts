// 概览: readiness and counts (src-tauri/src/commands/{overview,application}.rs).
import { invoke } from "./invoke";
import type { Intent } from "../bindings/Intent";
import type { OverviewCounts } from "../bindings/OverviewCounts";
import type { Readiness } from "../bindings/Readiness";
import type { TodoList } from "../bindings/TodoList";

export const readinessGet = () => invoke<Readiness>("readiness_get");
export const overviewCounts = () => invoke<OverviewCounts>("overview_counts");
export const todoList = () => invoke<TodoList>("todo_list");
/** Why the core would refuse `intent` now, or null: a button is disabled with the reason. */
export const actionRefusal = (intent: Intent) => invoke<string | null>("action_refusal", { intent });
