import { App, Button, Form, Modal, Typography } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Document } from "../../bindings/Document";
import { useShowError } from "../../hooks/useShowError";
import { DocumentFormFields } from "./DocumentFormFields";
import { fromDocumentForm, initialContent, toDocumentForm, type DocumentFormValues } from "./documentForm";

interface Props {
  open: boolean;
  departments: Department[];
  onClose: () => void;
  onCreated: (d: Document) => void;
}

/** 新增文件: registers a document with an empty first draft (A/0). */
export function DocumentModal({ open, departments, onClose, onCreated }: Props) {
  const [form] = Form.useForm<DocumentFormValues>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const showError = useShowError();

  const onFinish = async (v: DocumentFormValues) => {
    if (saving) return;
    setSaving(true);
    try {
      const d = await api.documentCreate(fromDocumentForm(v), initialContent(v.doc_type));
      void message.success(`已新增文件“${d.code} ${d.title}”`);
      onCreated(d);
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title="新增文件"
      onCancel={onClose}
      maskClosable={false}
      width={720}
      modalRender={(dom) => (
        <Form<DocumentFormValues>
          name="document_new"
          form={form}
          layout="vertical"
          initialValues={toDocumentForm(null)}
          onFinish={(v) => void onFinish(v)}
        >
          {dom}
        </Form>
      )}
      footer={[
        <Button key="cancel" onClick={onClose} data-testid="document-cancel">
          取消
        </Button>,
        <Button key="ok" type="primary" htmlType="submit" loading={saving} data-testid="document-submit">
          新增
        </Button>,
      ]}
    >
      <DocumentFormFields departments={departments} autoFocus />
      <Typography.Text type="secondary">新增后生成 A/0 版草稿，可在文件的“内容”中编写正文，再提交审核。</Typography.Text>
    </Modal>
  );
}
