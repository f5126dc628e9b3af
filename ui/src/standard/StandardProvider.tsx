import { useCallback, type ReactNode } from "react";
import * as api from "../api";
import { useRemote } from "../hooks/useRemote";
import { useProject } from "../project/projectContext";
import { StandardContext } from "./standardContext";

/** Loads the project's clause table, again when another project is opened or its edition changes. */
export function StandardProvider({ children }: { children: ReactNode }) {
  const { version } = useProject();
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new project file, a new load
  const load = useCallback(() => api.standardGet(), [version]);
  const { data } = useRemote(load);
  return <StandardContext.Provider value={data}>{children}</StandardContext.Provider>;
}
