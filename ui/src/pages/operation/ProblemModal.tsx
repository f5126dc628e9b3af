import { Col, DatePicker, Form, Input, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { OperationProblem } from "../../bindings/OperationProblem";
import { useClauses } from "../../clauses";
import { FormModal } from "../../components/FormModal";
import { fromDay, toDay } from "../../dates";
import { maxRule, text } from "../../validation";

interface Props {
  open: boolean;
  /** `null` to collect a new problem. */
  editing: OperationProblem | null;
  /** Open on the resolution fields (解决). */
  resolving: boolean;
  departments: Department[];
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  found_on?: Dayjs;
  department_id?: number;
  clause?: string;
  description: string;
  resolution: string;
  resolved_on?: Dayjs;
}

/** 运行问题: what was found, where, and (once handled) how it was resolved. */
export function ProblemModal({ open, editing, resolving, departments, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { leafOptions } = useClauses();
  return (
    <FormModal<Values>
      open={open}
      title={editing ? (resolving ? "解决运行问题" : "编辑运行问题") : "采集运行问题"}
      name="problem"
      form={form}
      initialValues={{
        found_on: toDay(editing?.found_on) ?? dayjs(),
        department_id: editing?.department_id ?? undefined,
        clause: editing?.clause ?? undefined,
        description: editing?.description ?? "",
        resolution: editing?.resolution ?? "",
        resolved_on: toDay(editing?.resolved_on) ?? (resolving ? dayjs() : undefined),
      }}
      width={640}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.operationProblemSave(editing?.id ?? null, {
          found_on: fromDay(v.found_on),
          department_id: v.department_id ?? null,
          clause: v.clause ?? null,
          description: text(v.description),
          resolution: text(v.resolution),
          resolved_on: fromDay(v.resolved_on),
        });
        onSaved();
      }}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="found_on" label="发现日期" rules={[{ required: true, message: "请选择发现日期" }]}>
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="department_id" label="部门">
            <Select
              allowClear
              virtual={false}
              options={departments.filter((d) => !d.archived || d.id === editing?.department_id).map((d) => ({ value: d.id, label: d.name }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="clause" label="相关条款">
            <Select allowClear showSearch optionFilterProp="label" options={leafOptions} virtual={false} popupMatchSelectWidth={360} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="description"
            label="问题描述"
            rules={[{ required: true, whitespace: true, message: "请描述问题" }, maxRule("问题描述", 2000)]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus={!resolving} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="resolution" label="处理情况" rules={[maxRule("处理情况", 2000)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus={resolving} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="resolved_on"
            label="解决日期"
            dependencies={["found_on"]}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, d: Dayjs | undefined) => {
                  const found = getFieldValue("found_on") as Dayjs | undefined;
                  return d && found && d.isBefore(found, "day")
                    ? Promise.reject(new Error("解决日期早于发现日期"))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
