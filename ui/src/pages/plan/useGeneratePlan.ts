import { App } from "antd";
import { useCallback, useState } from "react";
import * as api from "../../api";
import { asCoreError } from "../../errors";
import { useShowError } from "../../hooks/useShowError";
import { generatedText } from "./planLabels";

/** 生成默认计划: when tasks exist the back end refuses; the user confirms, then they are replaced. */
export function useGeneratePlan() {
  const { message, modal } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  // A plan moved to start today is told beside the plan, not in a passing toast.
  const [notice, setNotice] = useState<string | null>(null);

  const run = useCallback(
    async (replace: boolean) => {
      const made = await api.planGenerate(replace);
      const text = generatedText(made);
      if (made.shifted_days > 0) setNotice(text);
      else {
        setNotice(null);
        void message.success(text);
      }
    },
    [message],
  );

  const generate = useCallback(async () => {
    if (busy) return;
    setBusy(true);
    try {
      await run(false);
    } catch (e) {
      const err = asCoreError(e);
      if (err.code !== "conflict") {
        showError(err);
        return;
      }
      modal.confirm({
        title: "替换现有计划？",
        content: err.message,
        okText: "替换",
        okButtonProps: { danger: true, ...({ "data-testid": "plan-replace-ok" } as object) },
        cancelText: "取消",
        onOk: () => run(true).catch(showError),
      });
    } finally {
      setBusy(false);
    }
  }, [busy, modal, run, showError]);

  return { generate, busy, notice, clearNotice: () => setNotice(null) };
}
