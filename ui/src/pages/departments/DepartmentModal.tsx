import { App, Button, Form, Input, Modal } from "antd";
import { useState } from "react";
import { api } from "../../api";
import type { Department } from "../../bindings/Department";
import type { DepartmentInput } from "../../bindings/DepartmentInput";
import { useShowError } from "../../hooks/useShowError";
import { maxRule, text } from "../../validation";

interface Props {
  open: boolean;
  /** `null` to add a new department. */
  editing: Department | null;
  onClose: () => void;
  onSaved: (d: Department) => void;
}

export function DepartmentModal({ open, editing, onClose, onSaved }: Props) {
  const [form] = Form.useForm<DepartmentInput>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const showError = useShowError();

  const onFinish = async (values: DepartmentInput) => {
    if (saving) return;
    const input: DepartmentInput = {
      name: text(values.name),
      code: text(values.code),
      responsibilities: text(values.responsibilities),
    };
    setSaving(true);
    try {
      const saved = editing
        ? await api.departmentUpdate(editing.id, input)
        : await api.departmentCreate(input);
      void message.success(editing ? `已保存部门“${saved.name}”` : `已新增部门“${saved.name}”`);
      onSaved(saved);
    } catch (e) {
      // The modal stays open so nothing typed is lost.
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? "编辑部门" : "新增部门"}
      onCancel={onClose}
      maskClosable={false}
      width={560}
      modalRender={(dom) => (
        <Form<DepartmentInput>
          name="department"
          form={form}
          layout="vertical"
          initialValues={{
            name: editing?.name ?? "",
            code: editing?.code ?? "",
            responsibilities: editing?.responsibilities ?? "",
          }}
          onFinish={(v) => void onFinish(v)}
        >
          {dom}
        </Form>
      )}
      footer={[
        <Button key="cancel" onClick={onClose} data-testid="department-cancel">
          取消
        </Button>,
        <Button key="ok" type="primary" htmlType="submit" loading={saving} data-testid="department-submit">
          {editing ? "保存" : "新增"}
        </Button>,
      ]}
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
      <Form.Item name="responsibilities" label="部门职责" rules={[maxRule("部门职责", 2000)]}>
        <Input.TextArea
          placeholder="该部门在知识产权管理体系中的职责"
          autoSize={{ minRows: 4, maxRows: 10 }}
          showCount
          maxLength={2000}
        />
      </Form.Item>
    </Modal>
  );
}
