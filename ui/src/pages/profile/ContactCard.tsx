import { Card, Col, Form, Input, Row } from "antd";
import { emailRule, maxRule, phoneRule } from "../../validation";

export function ContactCard() {
  return (
    <Card title="联系方式" size="small" className="form-card">
      <Row gutter={24}>
        <Col xs={24} lg={8}>
          <Form.Item name="contact_person" label="联系人" rules={[maxRule("联系人", 50)]}>
            <Input placeholder="贯标工作联系人" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item name="contact_phone" label="联系电话" rules={[phoneRule]} validateTrigger="onBlur">
            <Input placeholder="如 13800000000 或 029-88888888" inputMode="tel" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item name="contact_email" label="电子邮箱" rules={[emailRule]} validateTrigger="onBlur">
            <Input placeholder="如 name@example.com" inputMode="email" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
