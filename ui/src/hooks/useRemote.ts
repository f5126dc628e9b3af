import { useCallback, useContext, useEffect, useRef, useState } from "react";
import { collectCommands } from "../api/invoke";
import type { CoreError } from "../bindings/CoreError";
import type { Table } from "../bindings/Table";
import { asCoreError } from "../errors";
import { isStale, onProjectChanged, tablesRead } from "../project/changes";
import { PageActivityContext } from "../layout/pageActivity";
import { trackLoad } from "./pendingLoads";

interface Loaded<T> {
  load: (() => Promise<T>) | null;
  nonce: number;
  data?: T;
  error?: CoreError;
}

export interface Remote<T> {
  /** The last loaded data; kept while a reload is in flight. */
  data: T | undefined;
  error: CoreError | undefined;
  /** A new request is in flight (first load, other arguments, retry without data).
   *  A refresh of the same request after a change keeps its data on screen, without a spinner. */
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data with `load` (memoise it with useCallback: a new function means a new request).
 * Late answers of superseded requests are dropped. The data reloads by itself when a
 * command writes a table that `load`'s commands read (see project/changes.ts), so an
 * action does not reload what it changed. On a page kept hidden (layout/pageActivity.ts)
 * that reload waits until the page is shown again.
 */
export function useRemote<T>(load: () => Promise<T>): Remote<T> {
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<Loaded<T>>({ load: null, nonce: -1 });
  const reads = useRef<ReadonlySet<Table>>(new Set());

  useEffect(() => {
    let live = true;
    const { result, commands } = collectCommands(load);
    reads.current = tablesRead(commands);
    trackLoad(result).then(
      (data) => {
        if (live) setState({ load, nonce, data });
      },
      (e: unknown) => {
        if (live) setState((s) => ({ load, nonce, data: s.data, error: asCoreError(e) }));
      },
    );
    return () => {
      live = false;
    };
  }, [load, nonce]);

  const reload = useCallback(() => setNonce((n) => n + 1), []);
  const activity = useContext(PageActivityContext);
  const stale = useRef(false);
  useEffect(
    () =>
      onProjectChanged((changed) => {
        if (!isStale(reads.current, changed)) return;
        if (activity.isActive()) reload();
        else stale.current = true;
      }),
    [reload, activity],
  );
  useEffect(
    () =>
      activity.subscribe(() => {
        if (activity.isActive() && stale.current) {
          stale.current = false;
          reload();
        }
      }),
    [reload, activity],
  );
  return {
    data: state.data,
    error: state.error,
    loading: state.load !== load || (state.nonce !== nonce && state.data === undefined),
    reload,
  };
}
