import { createContext, useCallback, useContext } from "react";
import type { RuleId } from "../bindings/RuleId";
import type { PageKey } from "./navigation";

/** A record to show on arrival: the page opens it once, then forgets it. */
export interface Arrival {
  page: PageKey;
  recordId: number;
  /** The readiness rule that linked here (e.g. `actions_verified` opens the 不符合项 tab). */
  ruleId?: RuleId;
}

export interface Navigation {
  /** `fresh`: the page opens as new (a link), not as the user left it (the menu). */
  select: (page: PageKey, arrival?: Arrival, fresh?: boolean) => void;
  arrival: Arrival | null;
  clearArrival: () => void;
}

/** Switches the main page, as a click in the menu does (e.g. from the 概览 dashboard's links). */
export const NavigationContext = createContext<Navigation>({
  select: () => undefined,
  arrival: null,
  clearArrival: () => undefined,
});

/** Opens a page fresh, at its top and with its default tab and filters (a link from
 *  low on the dashboard must not land mid-page, or on a tab the user left it at),
 *  optionally at one record of it (`recordId`, the readiness rule's `fix.record_id`). */
export function useNavigate(): (page: PageKey, recordId?: number | null, ruleId?: RuleId) => void {
  const { select } = useContext(NavigationContext);
  return useCallback(
    (page: PageKey, recordId?: number | null, ruleId?: RuleId) => {
      select(page, recordId == null ? undefined : { page, recordId, ruleId }, true);
    },
    [select],
  );
}

/** The record this page was opened at, if any, and the call that marks it honoured. */
export function useArrival(page: PageKey): { arrival: Arrival | null; done: () => void } {
  const { arrival, clearArrival } = useContext(NavigationContext);
  return { arrival: arrival?.page === page ? arrival : null, done: clearArrival };
}
