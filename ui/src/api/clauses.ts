// 条款表更正: the project's clause table out for checking against the official
// text, and back in (src-tauri/src/commands/clauses.rs).
import type { ClauseChange } from "../bindings/ClauseChange";
import { invoke } from "./invoke";

export const clauseTablePreview = (path: string) => invoke<ClauseChange[]>("clause_table_preview", { path });
export const clauseTableApply = (path: string) => invoke<ClauseChange[]>("clause_table_apply", { path });
export const clauseTableExport = (path: string) => invoke<null>("clause_table_export", { path });
