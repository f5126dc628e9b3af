import { App, type FormInstance, type FormProps } from "antd";
import { useEffect, useState } from "react";
import { useProject } from "../project/projectContext";
import { useSaveShortcut } from "./useSaveShortcut";

/**
 * A long form that is a page of its own (企业信息, 领导小组): whether it holds
 * unsaved edits, reported to the project under `page` (so switching projects
 * asks first); Ctrl+S submits it while `saveShortcut` and its page is shown; a submit with invalid
 * fields scrolls to the first one.
 */
export function useDirtyForm<T>(form: FormInstance<T>, page: string, saveShortcut: boolean) {
  const { setUnsavedChanges } = useProject();
  const { message } = App.useApp();
  const [dirty, setDirty] = useState(false);

  useEffect(() => {
    setUnsavedChanges(page, dirty);
  }, [page, dirty, setUnsavedChanges]);
  useEffect(() => () => setUnsavedChanges(page, false), [page, setUnsavedChanges]);

  useSaveShortcut(saveShortcut, () => form.submit());

  const onFinishFailed: FormProps<T>["onFinishFailed"] = ({ errorFields }) => {
    const first = errorFields[0];
    if (first) form.scrollToField(first.name, { block: "center", focus: true });
    void message.error("请先修正标红的内容");
  };

  return { dirty, setDirty, onFinishFailed };
}
