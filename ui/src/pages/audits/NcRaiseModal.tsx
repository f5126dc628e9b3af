import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, Row, Select, type FormInstance } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import * as api from "../../api";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import type { ChecklistItem } from "../../bindings/ChecklistItem";
import type { Grade } from "../../bindings/Grade";
import { useClauses } from "../../clauses";
import { FormModal } from "../../components/FormModal";
import { fromDay, toDay } from "../../dates";
import { asCoreError } from "../../errors";
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

/** The form's state: the team eligible for the department chosen, defaults and the raise itself. */
function useRaise(form: FormInstance<Values>, { audit, checklist, draft, auditors, onSaved }: Props) {
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
  const initialValues: Values = {
    department_id: draft?.department_id,
    clause: draft?.clause,
    fact: draft?.fact ?? "",
    grade: draft?.grade ?? "minor",
    found_on: inside ? today : toDay(audit.starts_on),
    auditor_id: eligible[0]?.value,
  };

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
  return { departments, clauses, team, initialValues, onSubmit };
}

/** 受审核部门, 条款, 不符合事实, 等级, 发现日期, 内审员; `span` narrows the columns for the side panel. */
function RaiseFields({ form, raise, narrow }: { form: FormInstance<Values>; raise: ReturnType<typeof useRaise>; narrow?: boolean }) {
  const { label } = useClauses();
  const half = narrow ? 24 : 12;
  const third = narrow ? 12 : 8;
  return (
    <Row gutter={16}>
      <Col span={half}>
        <Form.Item name="department_id" label="受审核部门" rules={[{ required: true, message: "请选择部门" }]}>
          <Select
            options={raise.departments.map(([id, name]) => ({ value: id, label: name }))}
            onChange={() => form.setFieldsValue({ clause: undefined })}
            virtual={false}
          />
        </Form.Item>
      </Col>
      <Col span={half}>
        <Form.Item name="clause" label="条款" rules={[{ required: true, message: "请选择条款" }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={raise.clauses.map((c) => ({ value: c, label: label(c) }))}
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
      <Col span={third}>
        <Form.Item name="grade" label="等级" rules={[{ required: true, message: "请选择等级" }]}>
          <Select
            options={(["minor", "major"] as Grade[]).map((g) => ({ value: g, label: GRADE_LABEL[g] }))}
            virtual={false}
          />
        </Form.Item>
      </Col>
      <Col span={third}>
        <Form.Item name="found_on" label="发现日期" rules={[{ required: true, message: "请选择发现日期" }]}>
          <DatePicker className="full-width" />
        </Form.Item>
      </Col>
      <Col span={narrow ? 24 : 8}>
        <Form.Item name="auditor_id" label="内审员">
          <Select
            allowClear
            options={raise.team.map((t) => ({ value: t.value, label: t.label, disabled: t.own }))}
            virtual={false}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}

/** 开具不符合项 in a modal (raised by hand from the 不符合项 tab). */
export function NcRaiseModal(props: Props) {
  const [form] = Form.useForm<Values>();
  const raise = useRaise(form, props);
  return (
    <FormModal<Values>
      open={props.open}
      title="开具不符合项"
      name="nc_raise"
      form={form}
      initialValues={raise.initialValues}
      okText="开具"
      width={640}
      onClose={props.onClose}
      onSubmit={raise.onSubmit}
    >
      <RaiseFields form={form} raise={raise} />
    </FormModal>
  );
}

/**
 * 开具不符合项 beside the checklist (from a line judged nonconforming): the
 * line, its question and notes stay in view. A refusal shows in the panel.
 */
export function NcRaisePanel(props: Props) {
  const [form] = Form.useForm<Values>();
  const raise = useRaise(form, props);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!props.open) return null;
  const onFinish = async (v: Values) => {
    if (saving) return;
    setSaving(true);
    try {
      await raise.onSubmit(v);
    } catch (e) {
      setRefusal(asCoreError(e).message);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card size="small" title="开具不符合项" className="nc-raise-panel" data-testid="nc-raise-panel">
      <Form<Values>
        name="nc_raise"
        form={form}
        layout="vertical"
        initialValues={raise.initialValues}
        onFinish={(v) => void onFinish(v)}
        onValuesChange={() => setRefusal(null)}
      >
        <RaiseFields form={form} raise={raise} narrow />
        {refusal && (
          <Alert type="error" showIcon message={refusal} className="card-hint" data-testid="nc_raise-error" />
        )}
        <Flex gap={8} justify="end">
          <Button onClick={props.onClose} data-testid="nc_raise-cancel">
            取消
          </Button>
          <Button type="primary" htmlType="submit" loading={saving} data-testid="nc_raise-submit">
            开具
          </Button>
        </Flex>
      </Form>
    </Card>
  );
}
