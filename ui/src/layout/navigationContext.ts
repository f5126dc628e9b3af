import { createContext, useCallback, useContext } from "react";
import type { PageKey } from "./navigation";

/** Switches the main page, as a click in the menu does (e.g. from the 概览 dashboard's links). */
export const NavigationContext = createContext<(page: PageKey) => void>(() => undefined);

/** Opens a page at its top (a link from low on the dashboard must not land mid-page). */
export function useNavigate(): (page: PageKey) => void {
  const select = useContext(NavigationContext);
  return useCallback(
    (page: PageKey) => {
      select(page);
      document.querySelector(".app-content")?.scrollTo({ top: 0 });
    },
    [select],
  );
}
