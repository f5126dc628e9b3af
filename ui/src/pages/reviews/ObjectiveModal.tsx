import { Form, Input, Select } from "antd";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Objective } from "../../bindings/Objective";
import { FormModal } from "../../components/FormModal";
import { maxRule, text } from "../../validation";

interface Props {
  open: boolean;
  /** `null` to add a new objective. */
  editing: Objective | null;
  departments: Department[];
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  description: string;
  target: string;
  department_id?: number;
  period: string;
}

/** 知识产权目标: what is aimed at, its target value, the owning department and the period. */
export function ObjectiveModal({ open, editing, departments, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={open}
      title={editing ? "编辑知识产权目标" : "新增知识产权目标"}
      name="objective"
      form={form}
      initialValues={{
        description: editing?.description ?? "",
        target: editing?.target ?? "",
        department_id: editing?.department_id ?? undefined,
        period: editing?.period ?? `${new Date().getFullYear()} 年度`,
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.objectiveSave(editing?.id ?? null, {
          description: text(v.description),
          target: text(v.target),
          department_id: v.department_id ?? null,
          period: text(v.period),
        });
        onSaved();
      }}
    >
      <Form.Item
        name="description"
        label="目标"
        rules={[{ required: true, whitespace: true, message: "请填写目标" }, maxRule("目标", 500)]}
      >
        <Input autoFocus placeholder="如 年度新增发明专利申请" />
      </Form.Item>
      <Form.Item
        name="target"
        label="目标值"
        rules={[{ required: true, whitespace: true, message: "请填写目标值" }, maxRule("目标值", 200)]}
      >
        <Input placeholder="如 ≥6 件、100%" />
      </Form.Item>
      <Form.Item name="department_id" label="责任部门">
        <Select
          allowClear
          virtual={false}
          options={departments
            .filter((d) => !d.archived || d.id === editing?.department_id)
            .map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item name="period" label="期间" rules={[maxRule("期间", 50)]}>
        <Input placeholder="如 2022 年度" />
      </Form.Item>
    </FormModal>
  );
}
