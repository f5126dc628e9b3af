import { App, Form, Input, Select } from "antd";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { DepartmentInput } from "../../bindings/DepartmentInput";
import { FormModal } from "../../components/FormModal";
import { maxRule, text } from "../../validation";
import { partOptions, partsToSave } from "./parts";

interface Props {
  open: boolean;
  /** `null` to add a new department. */
  editing: Department | null;
  onClose: () => void;
  onSaved: (d: Department) => void;
}

export function DepartmentModal({ open, editing, onClose, onSaved }: Props) {
  const [form] = Form.useForm<DepartmentInput>();
  const { message } = App.useApp();
  const isIp = editing?.is_ip_department ?? false;

  const onSubmit = async (values: DepartmentInput) => {
    const input: DepartmentInput = {
      name: text(values.name),
      code: text(values.code),
      responsibilities: text(values.responsibilities),
      parts: partsToSave(values.parts, isIp),
    };
    const saved = editing ? await api.departmentUpdate(editing.id, input) : await api.departmentCreate(input);
    void message.success(editing ? `已保存部门“${saved.name}”` : `已新增部门“${saved.name}”`);
    onSaved(saved);
  };

  return (
    <FormModal<DepartmentInput>
      open={open}
      title={editing ? "编辑部门" : "新增部门"}
      name="department"
      form={form}
      initialValues={{
        name: editing?.name ?? "",
        code: editing?.code ?? "",
        responsibilities: editing?.responsibilities ?? "",
        parts: editing?.parts ?? [],
      }}
      okText={editing ? "保存" : "新增"}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Form.Item
        name="name"
        label="部门名称"
        rules={[{ required: true, whitespace: true, message: "请填写部门名称" }, maxRule("部门名称", 50)]}
      >
        <Input placeholder="如 知识产权部" autoFocus />
      </Form.Item>
      <Form.Item
        name="code"
        label="部门代码"
        rules={[maxRule("部门代码", 20)]}
        extra="用于文件编号，如 IP、RD；可不填"
      >
        <Input placeholder="如 IP" />
      </Form.Item>
      <Form.Item
        name="parts"
        label="承担职能"
        extra={
          isIp
            ? "本部门是知识产权归口管理部门，始终承担“知识产权管理”职能。体系文件按职能写到承担它的部门；无部门承担的职能，文件中相应条目略去"
            : "体系文件按职能写到承担它的部门；无部门承担的职能，文件中相应条目略去"
        }
      >
        <Select mode="multiple" options={partOptions(isIp)} placeholder="选择本部门承担的职能" allowClear={!isIp} />
      </Form.Item>
      <Form.Item name="responsibilities" label="部门职责" rules={[maxRule("部门职责", 2000)]}>
        <Input.TextArea
          placeholder="该部门在知识产权管理体系中的职责"
          autoSize={{ minRows: 4, maxRows: 10 }}
          showCount
          maxLength={2000}
        />
      </Form.Item>
    </FormModal>
  );
}
