import { createContext } from "react";
import type { StandardEdition } from "../bindings/StandardEdition";

/** The open project's edition (its clause table), loaded once for every page. */
export const StandardContext = createContext<StandardEdition | undefined>(undefined);
