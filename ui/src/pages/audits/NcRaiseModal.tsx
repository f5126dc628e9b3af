import { Col, DatePicker, Form, Input, Row, Select } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import * as api from "../../api";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import type { ChecklistItem } from "../../bindings/ChecklistItem";
import type { Grade } from "../../bindings/Grade";
import { useClauses } from "../../clauses";
import { FormModal } from "../../components/FormModal";
import { fromDay, toDay } from "../../dates";
import { maxRule, text } from "../../validation";
import type { AuditRow } from "./auditColumns";
import { GRADE_LABEL } from "./auditLabels";

export interface RaiseDraft {
  department_id?: number;
  clause?: string;
  fact: string;
  grade?: Grade;
}

interface Props {
  open: boolean;
  audit: AuditRow;
  /** The audit's checklist: its departments and clauses are the scope an NC may name. */
  checklist: ChecklistItem[];
  /** Prefilled from a judged line; `null` to raise one by hand. */
  draft: RaiseDraft | null;
  auditors: AuditorStatus[];
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  department_id?: number;
  clause?: string;
  fact: string;
  grade?: Grade;
  found_on?: Dayjs;
  auditor_id?: number;
}

/** 开具不符合项: department, clause, the fact seen, grade, date and the auditor who found it. */
export function NcRaiseModal({ open, audit, checklist, draft, auditors, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const { label } = useClauses();
  const department = Form.useWatch("department_id", form) ?? draft?.department_id;

  const departments = [...new Map(checklist.map((i) => [i.department_id, i.department_name])).entries()];
  const clauses = [...new Set(checklist.filter((i) => i.department_id === department).map((i) => i.clause))];
  const deptOf = new Map(auditors.map((a) => [a.person_id, a.department_id]));
  const team = audit.auditor_ids.map((id, k) => ({
    value: id,
    label: audit.auditor_names[k] ?? String(id),
    own: deptOf.get(id) === department,
  }));
  const eligible = team.filter((t) => !t.own);

  const today = dayjs();
  const inside = !today.isBefore(audit.starts_on, "day") && !today.isAfter(audit.ends_on, "day");

  const onSubmit = async (v: Values) => {
    await api.ncRaise(audit.id, {
      department_id: v.department_id ?? 0,
      clause: v.clause ?? "",
      fact: text(v.fact),
      grade: v.grade ?? null,
      found_on: fromDay(v.found_on),
      auditor_id: v.auditor_id ?? null,
    });
    onSaved();
  };

  return (
    <FormModal<Values>
      open={open}
      title="开具不符合项"
      name="nc_raise"
      form={form}
      initialValues={{
        department_id: draft?.department_id,
        clause: draft?.clause,
        fact: draft?.fact ?? "",
        grade: draft?.grade ?? "minor",
        found_on: inside ? today : toDay(audit.starts_on),
        auditor_id: eligible[0]?.value,
      }}
      okText="开具"
      width={640}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="department_id" label="受审核部门" rules={[{ required: true, message: "请选择部门" }]}>
            <Select
              options={departments.map(([id, name]) => ({ value: id, label: name }))}
              onChange={() => form.setFieldsValue({ clause: undefined })}
              virtual={false}
            />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="clause" label="条款" rules={[{ required: true, message: "请选择条款" }]}>
            <Select
              showSearch
              optionFilterProp="label"
              options={clauses.map((c) => ({ value: c, label: label(c) }))}
              virtual={false}
            />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="fact"
            label="不符合事实"
            rules={[{ required: true, whitespace: true, message: "请描述看到的事实" }, maxRule("不符合事实", 2000)]}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="grade" label="等级" rules={[{ required: true, message: "请选择等级" }]}>
            <Select
              options={(["minor", "major"] as Grade[]).map((g) => ({ value: g, label: GRADE_LABEL[g] }))}
              virtual={false}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="found_on" label="发现日期" rules={[{ required: true, message: "请选择发现日期" }]}>
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="auditor_id" label="内审员">
            <Select allowClear options={team.map((t) => ({ value: t.value, label: t.label, disabled: t.own }))} virtual={false} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
