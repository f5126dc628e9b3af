import { useCallback, useEffect, useState } from "react";
import type { CoreError } from "../bindings/CoreError";
import { asCoreError } from "../errors";
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
  loading: boolean;
  reload: () => void;
}

/**
 * Loads data with `load` (memoise it with useCallback: a new function means a new request).
 * Late answers of superseded requests are dropped.
 */
export function useRemote<T>(load: () => Promise<T>): Remote<T> {
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<Loaded<T>>({ load: null, nonce: -1 });

  useEffect(() => {
    let live = true;
    trackLoad(load()).then(
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
  return {
    data: state.data,
    error: state.error,
    loading: state.load !== load || state.nonce !== nonce,
    reload,
  };
}
