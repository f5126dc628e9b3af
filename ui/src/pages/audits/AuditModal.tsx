import { Alert, Col, DatePicker, Form, Input, Row, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { api } from "../../api";
import type { Audit } from "../../bindings/Audit";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import { FormModal } from "../../components/FormModal";
import { fromDay } from "../../dates";
import { asCoreError } from "../../errors";
import { maxRule, text } from "../../validation";
import { nextAuditNumber } from "./auditLabels";

interface Props {
  open: boolean;
  audits: Audit[];
  auditors: AuditorStatus[];
  onClose: () => void;
  onSaved: (a: Audit) => void;
}

interface Values {
  number: string;
  purpose: string;
  criteria: string;
  starts_on?: Dayjs;
  ends_on?: Dayjs;
  leader_id?: number;
  auditor_ids: number[];
}

const PURPOSE = "检查知识产权管理体系是否符合 GB/T 29490-2013 及公司体系文件的要求，评价体系运行的有效性";
const CRITERIA = "GB/T 29490-2013《企业知识产权管理规范》；公司知识产权手册、程序文件；适用的法律法规";

const auditorLabel = (a: AuditorStatus) => (a.department_name ? `${a.person_name}（${a.department_name}）` : a.person_name);

/** 新建审核: number, purpose, criteria, dates and a team of qualified internal auditors. */
export function AuditModal({ open, audits, auditors, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const qualified = auditors.filter((a) => a.qualified);
  const options = qualified.map((a) => ({ value: a.person_id, label: auditorLabel(a) }));
  const leader = Form.useWatch("leader_id", form);

  const onSubmit = async (v: Values) => {
    setRefusal(null);
    try {
      const saved = await api.auditCreate({
        number: text(v.number),
        purpose: text(v.purpose),
        criteria: text(v.criteria),
        leader_id: v.leader_id ?? null,
        auditor_ids: v.auditor_ids.filter((id) => id !== v.leader_id),
        starts_on: fromDay(v.starts_on),
        ends_on: fromDay(v.ends_on),
        scope: [],
        schedule: [],
      });
      onSaved(saved);
    } catch (e) {
      // The core's refusal (independence, qualification, dates) is shown as it is, in the form.
      setRefusal(asCoreError(e).message);
    }
  };

  const onValuesChange = (changed: Partial<Values>) => {
    if (changed.starts_on) {
      const current = form.getFieldValue("number") as string;
      if (/^NS-\d{4}-\d{2}$/.test(current)) form.setFieldsValue({ number: nextAuditNumber(audits, changed.starts_on.year()) });
      if (!form.getFieldValue("ends_on")) form.setFieldsValue({ ends_on: changed.starts_on.add(1, "day") });
    }
  };

  return (
    <FormModal<Values>
      open={open}
      title="新建内部审核"
      name="audit"
      form={form}
      initialValues={{
        number: nextAuditNumber(audits, dayjs().year()),
        purpose: PURPOSE,
        criteria: CRITERIA,
        auditor_ids: [],
      }}
      okText="创建"
      width={720}
      onClose={onClose}
      onSubmit={onSubmit}
      onValuesChange={onValuesChange}
    >
      {qualified.length < 2 && (
        <Alert
          type="warning"
          showIcon
          className="load-error"
          message={`合格内审员 ${qualified.length} 人：审核组至少需要两名合格内审员，请先在“培训 → 内审员”中登记资格`}
        />
      )}
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="number" label="审核编号" rules={[maxRule("审核编号", 30)]}>
            <Input placeholder="如 NS-2022-01" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="starts_on" label="开始日期" rules={[{ required: true, message: "请选择审核开始日期" }]}>
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="ends_on"
            label="结束日期"
            dependencies={["starts_on"]}
            rules={[
              { required: true, message: "请选择审核结束日期" },
              ({ getFieldValue }) => ({
                validator: (_, end: Dayjs | undefined) => {
                  const start = getFieldValue("starts_on") as Dayjs | undefined;
                  return end && start && end.isBefore(start, "day")
                    ? Promise.reject(new Error("结束日期早于开始日期"))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="purpose" label="审核目的" rules={[maxRule("审核目的", 1000)]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="criteria" label="审核准则" rules={[maxRule("审核准则", 1000)]}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="leader_id" label="审核组长" rules={[{ required: true, message: "请选择审核组长" }]}>
            <Select showSearch optionFilterProp="label" options={options} placeholder="合格内审员" virtual={false} />
          </Form.Item>
        </Col>
        <Col span={14}>
          <Form.Item
            name="auditor_ids"
            label="内审员"
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, ids: number[] | undefined) => {
                  const team = new Set([getFieldValue("leader_id") as number | undefined, ...(ids ?? [])]);
                  team.delete(undefined);
                  return team.size < 2
                    ? Promise.reject(new Error("审核组至少需要两名合格内审员（含组长）"))
                    : Promise.resolve();
                },
              }),
            ]}
          >
            <Select
              mode="multiple"
              showSearch
              optionFilterProp="label"
              options={options.filter((o) => o.value !== leader)}
              placeholder="至少再选一名合格内审员"
              virtual={false}
            />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" className="card-hint">
        审核范围默认取“职能分配表”中全部适用条款 × 部门；日程按首次会议、各部门一个时段、末次会议自动安排，内审员不审核本部门。
      </Typography.Paragraph>
      {refusal && <Alert type="error" showIcon message={refusal} data-testid="audit-form-error" />}
    </FormModal>
  );
}
