import { App, Col, Form, Input, Row, Select } from "antd";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Person } from "../../bindings/Person";
import { FormModal } from "../../components/FormModal";
import { useProject } from "../../project/projectContext";
import { emailRule, maxRule, phoneRule } from "../../validation";
import { fromPersonForm, toPersonForm, type PersonFormValues } from "./personForm";

interface Props {
  open: boolean;
  /** `null` to add a new person. */
  editing: Person | null;
  departments: Department[];
  onClose: () => void;
  onSaved: (p: Person) => void;
}

function departmentOptions(departments: Department[], current: number | null | undefined) {
  return departments
    .filter((d) => !d.archived || d.id === current)
    .map((d) => ({ value: d.id, label: d.archived ? `${d.name}（已归档）` : d.name }));
}

export function PersonModal({ open, editing, departments, onClose, onSaved }: Props) {
  const { catalog } = useProject();
  const [form] = Form.useForm<PersonFormValues>();
  const { message } = App.useApp();

  const onSubmit = async (values: PersonFormValues) => {
    const input = fromPersonForm(values);
    // E.g. 最高管理者已由他人担任: FormModal shows it and keeps what was typed.
    const saved = editing ? await api.personUpdate(editing.id, input) : await api.personCreate(input);
    void message.success(editing ? `已保存“${saved.name}”` : `已新增人员“${saved.name}”`);
    onSaved(saved);
  };

  return (
    <FormModal<PersonFormValues>
      open={open}
      title={editing ? "编辑人员" : "新增人员"}
      name="person"
      form={form}
      initialValues={toPersonForm(editing)}
      okText={editing ? "保存" : "新增"}
      width={640}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item
            name="name"
            label="姓名"
            rules={[{ required: true, whitespace: true, message: "请填写姓名" }, maxRule("姓名", 50)]}
          >
            <Input placeholder="姓名" autoFocus />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="department_id"
            label="所在部门"
            dependencies={["roles"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value: number | undefined) => {
                  const roles = (getFieldValue("roles") as string[] | undefined) ?? [];
                  return value === undefined && roles.includes("department_head")
                    ? Promise.reject(new Error("部门负责人必须属于一个部门，请选择所在部门"))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="未分配部门"
              options={departmentOptions(departments, editing?.department_id)}
              notFoundContent="暂无部门，请先在“部门”中新增"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="position" label="职务" rules={[maxRule("职务", 50)]}>
            <Input placeholder="如 总经理、研发工程师" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="employee_no" label="工号" rules={[maxRule("工号", 30)]}>
            <Input placeholder="可不填" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="phone" label="电话" rules={[phoneRule]} validateTrigger="onBlur">
            <Input placeholder="如 13800000000" inputMode="tel" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="email" label="邮箱" rules={[emailRule]} validateTrigger="onBlur">
            <Input placeholder="如 name@example.com" inputMode="email" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="roles"
            label="角色"
            extra="最高管理者、管理者代表各只能有一人；每个部门只能有一位部门负责人。"
            rules={[
              {
                validator: (_, value: string[] | undefined) =>
                  value?.includes("top_manager") && value.includes("management_representative")
                    ? Promise.reject(new Error("最高管理者不能同时担任管理者代表"))
                    : Promise.resolve(),
              },
            ]}
          >
            <Select
              mode="multiple"
              allowClear
              optionFilterProp="label"
              placeholder="贯标工作中承担的角色，可多选"
              options={catalog.roles.map((r) => ({ value: r.code, label: r.label }))}
            />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
