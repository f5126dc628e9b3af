import { DatePicker, Form, Input, Radio, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import * as api from "../../api";
import type { Objective } from "../../bindings/Objective";
import type { ObjectiveMeasurement } from "../../bindings/ObjectiveMeasurement";
import type { Person } from "../../bindings/Person";
import { FormModal } from "../../components/FormModal";
import { fromDay, toDay } from "../../dates";
import { personOptions } from "../../people";
import { maxRule, text } from "../../validation";

export interface MeasurementTarget {
  objective: Objective;
  /** `null` to add a measurement. */
  measurement: ObjectiveMeasurement | null;
}

interface Props {
  open: boolean;
  target: MeasurementTarget | null;
  people: Person[];
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  measured_on?: Dayjs;
  actual: string;
  achieved: boolean;
  measured_by?: number;
  note: string;
}

/** 目标考核: the objective's actual result on a day, achieved or not. */
export function MeasurementModal({ open, target, people, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const m = target?.measurement ?? null;
  return (
    <FormModal<Values>
      open={open}
      title={`${m ? "编辑考核" : "目标考核"}：${target?.objective.description ?? ""}（目标 ${target?.objective.target ?? ""}）`}
      name="measurement"
      form={form}
      initialValues={{
        measured_on: toDay(m?.measured_on) ?? dayjs(),
        actual: m?.actual ?? "",
        achieved: m?.achieved ?? true,
        measured_by: m?.measured_by ?? undefined,
        note: m?.note ?? "",
      }}
      width={600}
      onClose={onClose}
      onSubmit={async (v) => {
        if (!target) return;
        await api.objectiveMeasurementSave(target.objective.id, m?.id ?? null, {
          measured_on: fromDay(v.measured_on),
          actual: text(v.actual),
          achieved: v.achieved,
          measured_by: v.measured_by ?? null,
          note: text(v.note),
        });
        onSaved();
      }}
    >
      <Form.Item name="measured_on" label="考核日期" rules={[{ required: true, message: "请选择考核日期" }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item
        name="actual"
        label="实际完成情况"
        rules={[{ required: true, whitespace: true, message: "请填写实际完成情况" }, maxRule("实际完成情况", 500)]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} autoFocus placeholder="如 新增发明专利申请 7 件" />
      </Form.Item>
      <Form.Item name="achieved" label="考核结论">
        <Radio.Group
          options={[
            { value: true, label: "达成" },
            { value: false, label: "未达成" },
          ]}
        />
      </Form.Item>
      <Form.Item name="measured_by" label="考核人">
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          virtual={false}
          options={personOptions(people, m?.measured_by != null ? [m.measured_by] : [])}
        />
      </Form.Item>
      <Form.Item name="note" label="备注" rules={[maxRule("备注", 1000)]}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
