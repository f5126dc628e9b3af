// Whether the page a component belongs to is the one shown. Pages stay
// mounted once visited (hidden while elsewhere, see AppLayout), so their data
// would otherwise reload in the background after every write; `useRemote`
// asks here and, on a hidden page, only notes that it is stale and reloads
// when the page is shown again. A store, not a context value: a page shown or
// hidden re-renders nothing but the loads that were stale.
import { createContext } from "react";

export interface PageActivity {
  isActive(): boolean;
  /** Calls `listener` whenever the page is shown or hidden; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** Outside a page (header, modals of the shell): always shown. */
const ALWAYS_ACTIVE: PageActivity = { isActive: () => true, subscribe: () => () => undefined };

export const PageActivityContext = createContext<PageActivity>(ALWAYS_ACTIVE);

export interface PageActivityControl extends PageActivity {
  set(active: boolean): void;
}

export function createPageActivity(active: boolean): PageActivityControl {
  let now = active;
  const listeners = new Set<() => void>();
  return {
    isActive: () => now,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    set(next) {
      if (next === now) return;
      now = next;
      for (const l of [...listeners]) l();
    },
  };
}
