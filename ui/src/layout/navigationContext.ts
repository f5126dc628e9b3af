import { createContext, useContext } from "react";
import type { PageKey } from "./navigation";

/** Switches the main page, as a click in the menu does (e.g. from the 概览 dashboard's links). */
export const NavigationContext = createContext<(page: PageKey) => void>(() => undefined);

export function useNavigate(): (page: PageKey) => void {
  return useContext(NavigationContext);
}
