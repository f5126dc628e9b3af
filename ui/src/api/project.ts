// Project files: new, open, save as, recent (src-tauri/src/commands/project.rs).
import { invoke } from "./invoke";
import type { ProjectInfo } from "../bindings/ProjectInfo";
import type { RecentFile } from "../bindings/RecentFile";

export const projectCurrent = () => invoke<ProjectInfo>("project_current");
/** A new project on `edition` (a catalog id); by default the edition certifiable today. */
export const projectNew = (path: string, edition?: string) =>
  invoke<ProjectInfo>("project_new", { path, edition: edition ?? null });
export const projectOpen = (path: string) => invoke<ProjectInfo>("project_open", { path });
export const projectSaveAs = (path: string) => invoke<ProjectInfo>("project_save_as", { path });
export const projectRecent = () => invoke<RecentFile[]>("project_recent");
