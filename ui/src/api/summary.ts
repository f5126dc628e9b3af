// 贯标工作总结 (src-tauri/src/commands/summary.rs).
import { invoke } from "./invoke";
import type { SummarySection } from "../bindings/SummarySection";

export const summaryGet = () => invoke<SummarySection[]>("summary_get");
/** Keeps the user's text for a section (text equal to the generated one is no edit). */
export const summarySave = (title: string, text: string) =>
  invoke<SummarySection[]>("summary_save", { title, text });
/** The section follows the records again. */
export const summaryReset = (title: string) => invoke<SummarySection[]>("summary_reset", { title });
