import { Alert, App, Button, Flex, Form, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import * as api from "../../api";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import { useDirtyForm } from "../../hooks/useDirtyForm";
import { useShowError } from "../../hooks/useShowError";
import { useProject } from "../../project/projectContext";
import { BasicSection, RequirementsSection } from "./ProgramFactsSections";
import { CitiesSection, PathsSection, StagesSection } from "./ProgramListSections";
import { fieldPath, toForm, type ProgramFormValues } from "./programForm";
import { useProgramCheck } from "./useProgramCheck";

interface Props {
  program: ProgramProfile;
  /** A shipped profile in use: shown, not edited (“以此为模板新建” makes an editable copy). */
  readOnly: boolean;
  /** A copy not saved yet: the form starts with unsaved edits. */
  draft: boolean;
  onSaved: () => void;
  onDiscard: () => void;
}

const CHECK_DELAY_MS = 400;

/** The program's fields, checked by the core as they are typed; 保存 (Ctrl+S) makes it the project's program. */
export function ProgramEditor({ program, readOnly, draft, onSaved, onDiscard }: Props) {
  const { catalog } = useProject();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<ProgramFormValues>();
  const [saving, setSaving] = useState(false);
  const { dirty, setDirty, onFinishFailed } = useDirtyForm(form, "贯标计划", !readOnly);
  const { problems, check, clear } = useProgramCheck(form);
  const timer = useRef<number | undefined>(undefined);

  // A fresh program from the project (saved here, imported, changed by
  // another window) replaces the form unless it holds edits of its own.
  const reset = () => {
    window.clearTimeout(timer.current);
    form.resetFields();
    form.setFieldsValue(toForm(program));
    clear();
    setDirty(draft);
  };
  useEffect(() => {
    if (!dirty || draft) reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only a new program resets the form
  }, [program, draft]);

  const discard = () => {
    if (draft) onDiscard();
    else {
      reset();
      setDirty(false);
    }
  };

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onValuesChange = () => {
    setDirty(true);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void check().catch(showError), CHECK_DELAY_MS);
  };

  const onFinish = async () => {
    if (saving || readOnly) return;
    window.clearTimeout(timer.current);
    setSaving(true);
    try {
      const result = await check();
      if (!result) return;
      const first = result.problems[0];
      if (first) {
        form.scrollToField(fieldPath(first.field), { block: "center", focus: true });
        void message.error(`贯标计划有 ${result.problems.length} 处需要修改`);
        return;
      }
      await api.programSet(result.definition);
      setDirty(false);
      void message.success("已保存贯标计划");
      onSaved();
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<ProgramFormValues>
      name="program"
      form={form}
      layout="vertical"
      initialValues={toForm(program)}
      disabled={readOnly}
      onFinish={() => void onFinish()}
      onFinishFailed={onFinishFailed}
      onValuesChange={onValuesChange}
      className="program-form"
    >
      {!readOnly && (
        <Flex justify="space-between" align="center" gap={8} wrap className="program-form-bar">
          <Typography.Text type={dirty ? "warning" : "secondary"} data-testid="program-form-state">
            {draft ? "新建的计划尚未保存" : dirty ? "有未保存的修改" : "已保存，为本项目的贯标计划"}
          </Typography.Text>
          <Flex gap={8}>
            {(dirty || draft) && (
              <Button onClick={discard} disabled={saving} data-testid="program-discard">
                放弃修改
              </Button>
            )}
            <Button type="primary" htmlType="submit" loading={saving} data-testid="program-save">
              保存（Ctrl+S）
            </Button>
          </Flex>
        </Flex>
      )}
      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="program-problems"
          data-testid="program-problems"
          message={`贯标计划有 ${problems.length} 处需要修改`}
          description={
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          }
        />
      )}
      <BasicSection catalog={catalog} />
      <StagesSection disabled={readOnly} />
      <RequirementsSection catalog={catalog} />
      <PathsSection disabled={readOnly} />
      <CitiesSection disabled={readOnly} />
    </Form>
  );
}
