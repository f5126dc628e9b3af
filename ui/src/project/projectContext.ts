import { createContext, useContext } from "react";
import type { Catalog } from "../bindings/Catalog";
import type { ProjectInfo } from "../bindings/ProjectInfo";
import type { RecentFile } from "../bindings/RecentFile";

export interface ProjectContextValue {
  project: ProjectInfo;
  catalog: Catalog;
  /** Bumped whenever another project file is opened: pages reload their data. */
  version: number;
  recent: RecentFile[];
  refreshRecent: () => Promise<void>;
  /** Re-reads the open project's info (e.g. after the enterprise name changed). */
  refreshProject: () => Promise<void>;
  /** Adopts the project the back end just switched to. */
  projectSwitched: (info: ProjectInfo) => void;
  /** Names of the pages with unsaved edits (e.g. 企业信息), so switching projects can ask first. */
  unsavedChanges: string[];
  setUnsavedChanges: (page: string, unsaved: boolean) => void;
}

export const ProjectContext = createContext<ProjectContextValue | null>(null);

export function useProject(): ProjectContextValue {
  const ctx = useContext(ProjectContext);
  if (!ctx) throw new Error("useProject must be used inside <ProjectProvider>");
  return ctx;
}
