import { Card, Col, DatePicker, Form, Input, Radio, Row } from "antd";
import * as api from "../../api";
import type { ImplementationMode } from "../../bindings/ImplementationMode";
import { maxRule, phoneRule } from "../../validation";
import { MODE_OPTIONS } from "./organisationForm";

const upper = (v: string | undefined) => (v ?? "").toUpperCase();

const creditCodeRule = {
  validator: async (_: unknown, value: string | undefined) => {
    const v = (value ?? "").trim();
    if (!v) return;
    const s = await api.creditCodeCheck(v);
    if (!s.well_formed) throw new Error(s.message);
  },
};

/** 实施方式: with a consultant (and its details) or on the enterprise's own. */
export function ModeCard({ mode }: { mode: ImplementationMode | undefined }) {
  return (
    <Card title="实施方式" size="small" className="form-card">
      <Form.Item name="mode">
        <Radio.Group options={MODE_OPTIONS} data-testid="organisation-mode" />
      </Form.Item>
      {mode === "consultant" && (
        <Row gutter={24}>
          <Col xs={24} lg={12}>
            <Form.Item
              name="consultant_name"
              label="辅导机构名称"
              rules={[
                { required: true, whitespace: true, message: "请填写辅导机构名称" },
                maxRule("辅导机构名称", 100),
              ]}
            >
              <Input placeholder="与合同一致的机构全称" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={12}>
            <Form.Item
              name="consultant_credit_code"
              label="统一社会信用代码"
              normalize={upper}
              validateTrigger="onBlur"
              rules={[creditCodeRule]}
            >
              <Input placeholder="18 位，可不填" autoComplete="off" spellCheck={false} />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item name="consultant_contact" label="联系人" rules={[maxRule("辅导机构联系人", 50)]}>
              <Input placeholder="辅导老师或项目负责人" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item name="consultant_phone" label="联系电话" rules={[phoneRule]} validateTrigger="onBlur">
              <Input placeholder="如 13800000000 或 029-88888888" inputMode="tel" />
            </Form.Item>
          </Col>
          <Col xs={24} lg={8}>
            <Form.Item name="consultant_contract_on" label="辅导合同签订日期">
              <DatePicker className="full-width" />
            </Form.Item>
          </Col>
        </Row>
      )}
    </Card>
  );
}
