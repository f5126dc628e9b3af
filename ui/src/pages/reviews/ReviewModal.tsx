import { Alert, Col, DatePicker, Form, Input, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import * as api from "../../api";
import type { ManagementReview } from "../../bindings/ManagementReview";
import type { Person } from "../../bindings/Person";
import { FormModal } from "../../components/FormModal";
import { fromDay, toDay } from "../../dates";
import { asCoreError } from "../../errors";
import { personOptions } from "../../people";
import { maxRule, text } from "../../validation";

interface Props {
  open: boolean;
  /** `null` to plan a new review. */
  editing: ManagementReview | null;
  people: Person[];
  onClose: () => void;
  onSaved: (r: ManagementReview) => void;
}

interface Values {
  number: string;
  held_on?: Dayjs;
  plan_approved_on?: Dayjs;
  chair_id?: number;
  attendee_ids: number[];
  inputs_text: string;
  report: string;
}

/** 管理评审: number, date, chair (the 最高管理者), attendees, the plan's approval, other inputs and the report. */
export function ReviewModal({ open, editing, people, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const top = people.filter((p) => p.roles.includes("top_manager") && !p.archived);
  const chairs = top.length > 0 ? top : people;
  const defaultAttendees = people
    .filter((p) => !p.archived && p.roles.some((r) => r === "management_representative" || r === "senior_manager" || r === "department_head"))
    .map((p) => p.id);

  // The people may arrive after the modal opened: fill the defaults then.
  const topId = top[0]?.id;
  const defaultsKey = defaultAttendees.join(",");
  useEffect(() => {
    if (editing || topId === undefined || form.getFieldValue("chair_id") !== undefined) return;
    form.setFieldsValue({ chair_id: topId });
    if ((form.getFieldValue("attendee_ids") as number[] | undefined)?.length === 0 && defaultsKey) {
      form.setFieldsValue({ attendee_ids: defaultsKey.split(",").map(Number) });
    }
  }, [editing, topId, defaultsKey, form]);

  const onSubmit = async (v: Values) => {
    setRefusal(null);
    try {
      const saved = await api.reviewSave(editing?.id ?? null, {
        number: text(v.number),
        held_on: fromDay(v.held_on),
        chair_id: v.chair_id ?? null,
        attendee_ids: v.attendee_ids,
        plan_approved_on: fromDay(v.plan_approved_on),
        inputs_text: text(v.inputs_text),
        report: text(v.report),
      });
      onSaved(saved);
    } catch (e) {
      // e.g. no completed internal audit yet: the core's words, in the form.
      setRefusal(asCoreError(e).message);
    }
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? `编辑管理评审 ${editing.number}` : "新建管理评审"}
      name="review"
      form={form}
      initialValues={{
        number: editing?.number ?? "",
        held_on: toDay(editing?.held_on) ?? dayjs(),
        plan_approved_on: toDay(editing?.plan_approved_on) ?? dayjs().subtract(7, "day"),
        chair_id: editing?.chair_id ?? top[0]?.id,
        attendee_ids: editing?.attendee_ids ?? defaultAttendees,
        inputs_text: editing?.inputs_text ?? "",
        report: editing?.report ?? "",
      }}
      width={760}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="number" label="评审编号" rules={[maxRule("评审编号", 30)]}>
            <Input placeholder="留空自动编号，如 PS-2022-01" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="plan_approved_on" label="评审计划批准日期" rules={[{ required: true, message: "请填写评审计划的批准日期" }]}>
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="held_on"
            label="评审日期"
            dependencies={["plan_approved_on"]}
            rules={[
              { required: true, message: "请选择评审日期" },
              ({ getFieldValue }) => ({
                validator: (_, d: Dayjs | undefined) => {
                  const plan = getFieldValue("plan_approved_on") as Dayjs | undefined;
                  return d && plan && plan.isAfter(d, "day")
                    ? Promise.reject(new Error("评审计划须在会前批准"))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="chair_id" label="主持人（最高管理者）" rules={[{ required: true, message: "请选择最高管理者" }]}>
            <Select showSearch optionFilterProp="label" options={personOptions(chairs, editing ? [editing.chair_id] : [])} virtual={false} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="attendee_ids" label="参加人员">
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              options={personOptions(people, editing?.attendee_ids ?? [])}
              maxTagCount="responsive"
              virtual={false}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="inputs_text" label="其他评审输入" rules={[maxRule("其他评审输入", 20000)]}>
            <Input.TextArea
              autoSize={{ minRows: 2, maxRows: 8 }}
              placeholder="外部环境与法律法规的变化、相关方的反馈、知识产权风险、改进建议等（审核结果、目标、培训、知识产权状况由“收集输入”自动汇总）"
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="report" label="评审报告（结论）" rules={[maxRule("评审报告", 50000)]}>
            <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder="对体系适宜性、充分性和有效性的评价，以及改进决定" />
          </Form.Item>
        </Col>
      </Row>
      {refusal && <Alert type="error" showIcon message={refusal} data-testid="review-form-error" />}
    </FormModal>
  );
}
