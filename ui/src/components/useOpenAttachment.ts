import { App } from "antd";
import { useCallback } from "react";
import * as api from "../api";
import type { Attachment } from "../bindings/Attachment";
import { useShowError } from "../hooks/useShowError";

/** Opens an attachment in the system's viewer. The viewer gets a read-only copy:
 *  changes made there do not reach the project, which the message says. */
export function useOpenAttachment(): (a: Attachment) => void {
  const { message } = App.useApp();
  const showError = useShowError();
  return useCallback(
    (a: Attachment) => {
      api
        .attachmentOpen(a.id)
        .then(() => message.info(`已用系统程序打开“${a.file_name}”（只读副本，在其中的修改不会存入项目）`))
        .catch(showError);
    },
    [message, showError],
  );
}
