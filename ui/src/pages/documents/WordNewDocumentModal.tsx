import { Alert, App, Form, Typography } from "antd";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Document } from "../../bindings/Document";
import type { ImportedDocx } from "../../bindings/ImportedDocx";
import { FormModal } from "../../components/FormModal";
import { DocPreview } from "../../doctext/DocPreview";
import { baseName } from "../../word/wordFiles";
import { DocumentFormFields } from "./DocumentFormFields";
import { fromDocumentForm, toDocumentForm, type DocumentFormValues } from "./documentForm";

export interface ReadWordFile {
  path: string;
  imported: ImportedDocx;
}

interface Props {
  open: boolean;
  file: ReadWordFile;
  departments: Department[];
  onClose: () => void;
  onCreated: (d: Document) => void;
}

/** The file's name without `.docx`: the title a document imported from it starts with. */
function titleOf(path: string): string {
  return baseName(path).replace(/\.docx$/i, "").trim().slice(0, 100);
}

/** 导入现有文件: an enterprise's own Word document registered as a new document, its text the first draft. */
export function WordNewDocumentModal({ open, file, departments, onClose, onCreated }: Props) {
  const [form] = Form.useForm<DocumentFormValues>();
  const { message } = App.useApp();
  const { imported } = file;

  const onSubmit = async (v: DocumentFormValues) => {
    const d = await api.documentImportNew(fromDocumentForm(v), file.path);
    void message.success(`已导入文件“${d.code} ${d.title}”，正文为 ${d.working?.version ?? "A/0"} 版草稿`);
    onCreated(d);
  };

  return (
    <FormModal<DocumentFormValues>
      open={open}
      title={`导入现有文件：${baseName(file.path)}`}
      name="document_import"
      testId="document-import"
      form={form}
      initialValues={{ ...toDocumentForm(null), title: titleOf(file.path) }}
      okText="导入"
      width={880}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <DocumentFormFields departments={departments} autoFocus />
      {imported.unsupported.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="word-new-alert"
          message="以下内容未导入（程序的正文格式不能保存）"
          description={
            <ul className="alert-list">
              {imported.unsupported.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          }
          data-testid="document-import-unsupported"
        />
      )}
      <Typography.Text type="secondary">导入的正文（登记后为第一版草稿，可在文件的“内容”中修改，再提交审核）：</Typography.Text>
      <div className="doc-preview-scroll word-new-preview">
        <DocPreview text={imported.text} testId="document-import-preview" />
      </div>
    </FormModal>
  );
}
