import { DatePicker, Form, Input, Select } from "antd";
import type { Dayjs } from "dayjs";
import * as api from "../../api";
import type { OutputKind } from "../../bindings/OutputKind";
import type { Person } from "../../bindings/Person";
import { FormModal } from "../../components/FormModal";
import { fromDay } from "../../dates";
import { personOptions } from "../../people";
import { maxRule, text } from "../../validation";
import { OUTPUT_KINDS } from "./reviewLabels";

interface Props {
  open: boolean;
  reviewId: number;
  people: Person[];
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  kind?: OutputKind;
  description: string;
  owner_id?: number;
  due_on?: Dayjs;
}

/** 评审输出: a decision typed by kind, with an owner and a due date. */
export function OutputModal({ open, reviewId, people, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={open}
      title="新增评审输出"
      name="review_output"
      form={form}
      initialValues={{ kind: "procedure", description: "" }}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.reviewOutputAdd(reviewId, {
          kind: v.kind ?? null,
          description: text(v.description),
          owner_id: v.owner_id ?? null,
          due_on: fromDay(v.due_on),
        });
        onSaved();
      }}
    >
      <Form.Item name="kind" label="类型" rules={[{ required: true, message: "请选择输出类型" }]}>
        <Select options={OUTPUT_KINDS} virtual={false} />
      </Form.Item>
      <Form.Item
        name="description"
        label="决定事项"
        rules={[{ required: true, whitespace: true, message: "请填写决定事项" }, maxRule("决定事项", 2000)]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />
      </Form.Item>
      <Form.Item name="owner_id" label="责任人" rules={[{ required: true, message: "请指定责任人" }]}>
        <Select showSearch optionFilterProp="label" options={personOptions(people)} virtual={false} />
      </Form.Item>
      <Form.Item name="due_on" label="完成期限" rules={[{ required: true, message: "请选择完成期限" }]}>
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}
