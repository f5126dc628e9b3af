import { App } from "antd";
import { useState } from "react";
import { useShowError } from "./useShowError";

/**
 * Runs one command at a time: `busy` names the one running (for its button's
 * spinner); success shows `done` and calls `onDone`, failure shows the error.
 * The views showing what changed reload by themselves (project/changes.ts).
 */
export function useAction(onDone?: () => void) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState<string | null>(null);

  const run = async (what: string, f: () => Promise<unknown>, done: string) => {
    setBusy(what);
    try {
      await f();
      void message.success(done);
      onDone?.();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(null);
    }
  };

  return { busy, run };
}
