import { useCallback } from "react";
import * as api from "../api";
import type { Intent } from "../bindings/Intent";
import { useRemote } from "./useRemote";

/**
 * Why the core would refuse `intent` now (its own rule, asked through
 * `action_refusal`), or null when it would not, or while not known yet.
 * Reloads when a table the rule reads is written, like any view.
 */
export function useRefusal(intent: Intent): string | null {
  const key = JSON.stringify(intent);
  const load = useCallback(() => api.actionRefusal(JSON.parse(key) as Intent), [key]);
  return useRemote(load).data ?? null;
}
