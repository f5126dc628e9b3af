import { useEffect, useMemo, useState, type Dispatch, type SetStateAction } from "react";
import { useProject } from "../project/projectContext";

/** The values kept, by project version and key, while the app runs. */
const kept = new Map<string, unknown>();

/** Forgets what a page kept (keys starting with `page.`): it opens fresh next time. */
export function forgetKept(page: string): void {
  for (const k of [...kept.keys()]) {
    if (k.slice(k.indexOf(":") + 1).startsWith(`${page}.`)) kept.delete(k);
  }
}

/** `useState` whose value outlives the page: a page that loads afresh on every
 *  visit finds its filters, search, tab and table page as the user left them.
 *  Kept per open project (another project starts from `initial`) and for this
 *  run of the app only. `key` names the state app-wide, e.g. "people.filters". */
export function useKeptState<T>(key: string, initial: T): [T, Dispatch<SetStateAction<T>>] {
  const { version } = useProject();
  const full = `${version}:${key}`;
  const [value, setValue] = useState<T>(() => (kept.has(full) ? (kept.get(full) as T) : initial));
  useEffect(() => {
    kept.set(full, value);
  }, [full, value]);
  return [value, setValue];
}

export interface KeptPager {
  current: number;
  pageSize: number;
  onChange: (current: number, pageSize: number) => void;
}

/** A table's page and page size, kept like `useKeptState` (spread into antd's `pagination`). */
export function useKeptPager(key: string, pageSize = 20): KeptPager {
  const [pager, setPager] = useKeptState(`${key}.pager`, { current: 1, pageSize });
  // The same object until the page changes: a memoised table is not rendered again for it.
  return useMemo(
    () => ({
      ...pager,
      onChange: (current: number, size: number) =>
        setPager((p) => ({ current: size === p.pageSize ? current : 1, pageSize: size })),
    }),
    [pager, setPager],
  );
}
