import { App, Form, Typography } from "antd";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Document } from "../../bindings/Document";
import { FormModal } from "../../components/FormModal";
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
  const { message } = App.useApp();

  const onSubmit = async (v: DocumentFormValues) => {
    const d = await api.documentCreate(fromDocumentForm(v), initialContent(v.doc_type));
    void message.success(`已新增文件“${d.code} ${d.title}”`);
    onCreated(d);
  };

  return (
    <FormModal<DocumentFormValues>
      open={open}
      title="新增文件"
      name="document_new"
      testId="document"
      form={form}
      initialValues={toDocumentForm(null)}
      okText="新增"
      width={720}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <DocumentFormFields departments={departments} autoFocus />
      <Typography.Text type="secondary">新增后生成 A/0 版草稿，可在文件的“内容”中编写正文，再提交审核。</Typography.Text>
    </FormModal>
  );
}
