import { App } from "antd";
import { useCallback } from "react";
import { asCoreError } from "../errors";

/** Shows a back-end error (its Chinese message as it is) in a toast. */
export function useShowError(): (e: unknown) => void {
  const { message } = App.useApp();
  return useCallback(
    (e: unknown) => {
      void message.error(asCoreError(e).message);
    },
    [message],
  );
}
