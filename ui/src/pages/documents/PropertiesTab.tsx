import { SaveOutlined } from "@ant-design/icons";
import { App, Button, Flex, Form, Typography } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Document } from "../../bindings/Document";
import { useShowError } from "../../hooks/useShowError";
import { DocumentFormFields } from "./DocumentFormFields";
import { fromDocumentForm, toDocumentForm, type DocumentFormValues } from "./documentForm";

interface Props {
  document: Document;
  departments: Department[];
  dirty: boolean;
  setDirty: (dirty: boolean) => void;
  /** Shown, not editable (a work package). */
  readOnly: boolean;
}

/** 属性: the register entry of the document (key it by document). */
export function PropertiesTab({ document: d, departments, dirty, setDirty, readOnly }: Props) {
  const [form] = Form.useForm<DocumentFormValues>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const showError = useShowError();

  const onFinish = async (v: DocumentFormValues) => {
    if (saving) return;
    setSaving(true);
    try {
      const saved = await api.documentUpdate(d.id, fromDocumentForm(v));
      form.setFieldsValue(toDocumentForm(saved));
      setDirty(false);
      void message.success(`已保存“${saved.code} ${saved.title}”的属性`);
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form<DocumentFormValues>
      name="document"
      form={form}
      layout="vertical"
      initialValues={toDocumentForm(d)}
      onFinish={(v) => void onFinish(v)}
      onValuesChange={() => setDirty(true)}
      className="doc-properties"
      disabled={readOnly}
    >
      <DocumentFormFields departments={departments} keepDepartment={d.owner_department_id} />
      {!readOnly && (
        <Flex align="center" gap={8}>
          <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving} data-testid="document-save">
            保存属性
          </Button>
          {dirty && <Typography.Text type="warning">有未保存的修改</Typography.Text>}
        </Flex>
      )}
    </Form>
  );
}
