import { App, Checkbox, Form, Input } from "antd";
import * as api from "../../api";
import type { CertificationBody } from "../../bindings/CertificationBody";
import { FormModal } from "../../components/FormModal";
import { maxRule, text } from "../../validation";

interface Props {
  open: boolean;
  /** `null` to add a new body. */
  editing: CertificationBody | null;
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  name: string;
  meets_standard: boolean;
  no_dishonesty: boolean;
  note: string;
}

export function BodyModal({ open, editing, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();

  const onSubmit = async (v: Values) => {
    const saved = await api.bodySave(editing?.id ?? null, {
      name: text(v.name),
      meets_standard: !!v.meets_standard,
      no_dishonesty: !!v.no_dishonesty,
      note: text(v.note),
    });
    void message.success(
      saved.qualifies ? `已保存认证机构“${saved.name}”` : `已保存“${saved.name}”：不符合要求，不能选用`,
    );
    onSaved();
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? "编辑认证机构" : "新增认证机构"}
      name="body"
      form={form}
      initialValues={{
        name: editing?.name ?? "",
        meets_standard: editing?.meets_standard ?? false,
        no_dishonesty: editing?.no_dishonesty ?? false,
        note: editing?.note ?? "",
      }}
      okText={editing ? "保存" : "新增"}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Form.Item
        name="name"
        label="认证机构名称"
        rules={[{ required: true, whitespace: true, message: "请填写认证机构名称" }, maxRule("认证机构名称", 100)]}
      >
        <Input placeholder="与学习平台公布的名称一致" autoFocus />
      </Form.Item>
      <Form.Item name="meets_standard" valuePropName="checked" className="compact-item">
        <Checkbox>
          <span data-testid="body-meets-standard">已列入学习平台公布的达到“服务标准”的认证机构</span>
        </Checkbox>
      </Form.Item>
      <Form.Item name="no_dishonesty" valuePropName="checked">
        <Checkbox>
          <span data-testid="body-no-dishonesty">无失信行为记录</span>
        </Checkbox>
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[maxRule("备注", 500)]}>
        <Input.TextArea rows={2} placeholder="如联系人、查询日期" />
      </Form.Item>
    </FormModal>
  );
}
