import { Alert, App, Button, Form, Input, Modal } from "antd";
import { useEffect, useState } from "react";
import * as api from "../../api";
import type { DocumentSettings } from "../../bindings/DocumentSettings";
import { useShowError } from "../../hooks/useShowError";

interface Props {
  open: boolean;
  onClose: () => void;
}

/** 编号规则与方针目标: the code prefix, and the texts filled into {{知识产权方针}} / {{知识产权目标}}. */
export function SettingsModal({ open, onClose }: Props) {
  const [form] = Form.useForm<DocumentSettings>();
  const [busy, setBusy] = useState(false);
  const [basis, setBasis] = useState<string | null>(null);
  const showError = useShowError();
  const { message } = App.useApp();

  useEffect(() => {
    if (!open) return;
    api
      .documentSettingsGet()
      .then((s) => form.setFieldsValue(s))
      .catch(showError);
  }, [open, form, showError]);

  // Offers targets in proportion to the enterprise; the user edits them and saves.
  const suggest = async () => {
    try {
      const s = await api.documentObjectivesSuggest();
      form.setFieldValue("objectives", s.text);
      setBasis(s.basis);
    } catch (e) {
      showError(e);
    }
  };

  const save = async (v: DocumentSettings) => {
    setBusy(true);
    try {
      await api.documentSettingsSave(v);
      void message.success("已保存：新编号和今后生成的文件草稿将按此设置");
      onClose();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title="编号规则与方针目标"
      onCancel={onClose}
      maskClosable={false}
      width={640}
      destroyOnHidden
      footer={null}
    >
      <Form<DocumentSettings> name="document_settings" form={form} layout="vertical" onFinish={(v) => void save(v)}>
        <Form.Item
          name="code_prefix"
          label="文件编号前缀"
          extra="文件编号为“前缀-类别-序号”，如 IP-CX-01（CX 程序文件，JL 记录表单，SC 手册，FZ 方针目标）。只影响之后新编的号。"
          rules={[
            { required: true, message: "请填写文件编号前缀" },
            { pattern: /^[A-Za-z0-9/-]{1,12}$/, message: "只能包含字母、数字、“-”和“/”，最多 12 个字符" },
          ]}
        >
          <Input style={{ width: 200 }} autoComplete="off" />
        </Form.Item>
        <Form.Item name="policy" label="知识产权方针" rules={[{ required: true, message: "请填写知识产权方针" }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} />
        </Form.Item>
        <Form.Item
          name="objectives"
          label="知识产权目标"
          extra="填入方针目标文件、手册等文件中的“{{知识产权方针}}”“{{知识产权目标}}”占位符；已生成的草稿不会自动改写。"
          rules={[{ required: true, message: "请填写知识产权目标" }]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
        <div style={{ display: "flex", alignItems: "flex-start", gap: 8, marginBottom: 16 }}>
          <Button onClick={() => void suggest()} data-testid="document-objectives-suggest">
            按企业规模建议目标
          </Button>
          {basis && <Alert type="info" showIcon message={basis} data-testid="document-objectives-basis" style={{ flex: 1 }} />}
        </div>
        <div style={{ display: "flex", justifyContent: "flex-end", gap: 8 }}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="document-settings-save">
            保存
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
