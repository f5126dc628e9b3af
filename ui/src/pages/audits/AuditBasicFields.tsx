import { Col, DatePicker, Form, Input, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { maxRule } from "../../validation";

interface Props {
  /** Qualified auditors as select options. */
  options: { value: number; label: string }[];
  leader: number | undefined;
}

/** 基本信息: number, dates, purpose, criteria, leader and auditors. */
export function AuditBasicFields({ options, leader }: Props) {
  return (
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
  );
}
