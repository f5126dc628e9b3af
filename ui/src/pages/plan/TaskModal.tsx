import { App, Col, DatePicker, Form, Input, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Person } from "../../bindings/Person";
import type { PlanTask } from "../../bindings/PlanTask";
import type { Stage } from "../../bindings/Stage";
import type { TaskStatus } from "../../bindings/TaskStatus";
import { FormModal } from "../../components/FormModal";
import { ownerOptions } from "../../owners";
import { maxRule } from "../../validation";
import { STATUS_OPTIONS } from "./planLabels";
import { fromTaskForm, toTaskForm, type TaskFormValues } from "./taskForm";

interface Props {
  open: boolean;
  /** `null` to add a new task. */
  editing: PlanTask | null;
  stages: Stage[];
  people: Person[];
  departments: Department[];
  onClose: () => void;
  onSaved: () => void;
}

type DateRule = (form: { getFieldValue: (name: string) => unknown }) => {
  validator: (_: unknown, v: Dayjs | undefined) => Promise<void>;
};

const endAfterStart =
  (startField: string, message: string): DateRule =>
  ({ getFieldValue }) => ({
    validator: (_, end) => {
      const start = getFieldValue(startField) as Dayjs | undefined;
      return end && start && end.isBefore(start, "day") ? Promise.reject(new Error(message)) : Promise.resolve();
    },
  });

const doneNeedsEnd: DateRule = ({ getFieldValue }) => ({
  validator: (_, end) => {
    const status = getFieldValue("status") as TaskStatus;
    return end && status !== "done"
      ? Promise.reject(new Error("填写了实际完成日期的任务，状态应为“已完成”"))
      : Promise.resolve();
  },
});

export function TaskModal({ open, editing, stages, people, departments, onClose, onSaved }: Props) {
  const [form] = Form.useForm<TaskFormValues>();
  const { message } = App.useApp();

  const onSubmit = async (v: TaskFormValues) => {
    const input = fromTaskForm(v);
    const saved = editing ? await api.planTaskUpdate(editing.id, input) : await api.planTaskCreate(input);
    void message.success(editing ? `已保存任务“${saved.title}”` : `已新增任务“${saved.title}”`);
    onSaved();
  };

  // Entering an actual end date means the task is done; an actual start means it is under way.
  const onValuesChange = (changed: Partial<TaskFormValues>) => {
    const status = form.getFieldValue("status") as TaskStatus;
    if (changed.actual_end && (status === "not_started" || status === "in_progress")) {
      form.setFieldsValue({ status: "done" });
      form.validateFields(["actual_end", "status"]).catch(() => undefined);
    } else if (changed.actual_start && status === "not_started") {
      form.setFieldsValue({ status: "in_progress" });
    }
  };

  return (
    <FormModal<TaskFormValues>
      open={open}
      title={editing ? "编辑任务" : "新增任务"}
      name="task"
      form={form}
      initialValues={toTaskForm(editing, stages[0]?.id)}
      okText={editing ? "保存" : "新增"}
      width={720}
      onClose={onClose}
      onSubmit={onSubmit}
      onValuesChange={onValuesChange}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="stage" label="阶段" rules={[{ required: true, message: "请选择阶段" }]}>
            <Select options={stages.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="title"
            label="任务"
            rules={[{ required: true, whitespace: true, message: "请填写任务名称" }, maxRule("任务名称", 100)]}
          >
            <Input placeholder="如 编制知识产权管理手册" autoFocus />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="owner" label="负责人">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="人员或部门"
              virtual={false}
              options={ownerOptions(people, departments, {
                person: editing?.owner_person_id,
                department: editing?.owner_department_id,
              })}
              notFoundContent="无匹配的人员或部门"
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name="status"
            label="状态"
            dependencies={["actual_end"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, s: TaskStatus) =>
                  s === "done" && !getFieldValue("actual_end")
                    ? Promise.reject(new Error("已完成的任务请填写实际完成日期"))
                    : Promise.resolve(),
              }),
            ]}
          >
            <Select options={STATUS_OPTIONS} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="planned_start"
            label="计划开始"
            rules={[{ required: true, message: "请选择计划开始日期" }]}
          >
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="planned_end"
            label="计划完成"
            dependencies={["planned_start"]}
            rules={[
              { required: true, message: "请选择计划完成日期" },
              endAfterStart("planned_start", "计划完成日期早于计划开始日期"),
            ]}
          >
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="actual_start" label="实际开始">
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="actual_end"
            label="实际完成"
            dependencies={["actual_start", "status"]}
            rules={[endAfterStart("actual_start", "实际完成日期早于实际开始日期"), doneNeedsEnd]}
          >
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label="备注" rules={[maxRule("备注", 2000)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
