import { App, Form, Input, Typography } from "antd";
import * as api from "../api";
import { FormModal } from "../components/FormModal";

interface Props {
  open: boolean;
  operator: string;
  onClose: () => void;
  onSaved: (operator: string) => void;
}

interface Values {
  operator: string;
}

/** The app's settings: the operator name every change is recorded with. */
export function AppSettingsModal({ open, operator, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();

  const onSubmit = async (values: Values) => {
    const saved = await api.operatorSet(values.operator ?? "");
    void message.success(saved.operator ? `操作人已设为“${saved.operator}”` : "已清除操作人姓名");
    onSaved(saved.operator);
  };

  return (
    <FormModal<Values>
      open={open}
      title="设置"
      name="settings"
      form={form}
      initialValues={{ operator }}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Form.Item
        name="operator"
        label="操作人姓名"
        rules={[{ max: 40, message: "最多 40 个字" }]}
        extra="每一次新增、修改、归档或删除都会连同此姓名记入变更记录，作为贯标证据的可追溯依据。未填写时记录为“未设置”。"
      >
        <Input placeholder="如：张三" maxLength={40} allowClear autoFocus />
      </Form.Item>
      <Typography.Text type="secondary">此设置保存在本机，对打开的所有项目有效。</Typography.Text>
    </FormModal>
  );
}
