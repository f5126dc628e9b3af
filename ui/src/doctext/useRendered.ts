import { useCallback } from "react";
import * as api from "../api";
import type { Rendered } from "../bindings/Rendered";
import { useDebouncedValue } from "../hooks/useDebouncedValue";
import { useRemote } from "../hooks/useRemote";

/** While typing, the preview renders this long after the last keystroke. */
export const RENDER_DELAY_MS = 300;

/**
 * The text with its project references rendered by the core (`document_render`),
 * as it prints: debounced while it changes, and again when the project data it
 * names changes (departments, codes…). `undefined` until the first answer; the
 * last answer is kept while a newer one is on its way.
 */
export function useRendered(text: string): Rendered | undefined {
  const debounced = useDebouncedValue(text, RENDER_DELAY_MS);
  const load = useCallback(() => api.documentRender(debounced), [debounced]);
  return useRemote(load).data;
}
