import { useCallback, useState } from "react";

interface State<T> {
  open: boolean;
  /** A fresh modal (and form) for every opening; the closing one keeps its key to animate out. */
  session: number;
  /** What the modal edits; `null` to add a new one. */
  editing: T | null;
}

/** Open/close state of an edit modal; key the modal by `session`. */
export function useModalState<T>() {
  const [state, setState] = useState<State<T>>({ open: false, session: 0, editing: null });
  const show = useCallback(
    (editing: T | null) => setState((m) => ({ open: true, session: m.session + 1, editing })),
    [],
  );
  const close = useCallback(() => setState((m) => ({ ...m, open: false })), []);
  return { ...state, show, close };
}
