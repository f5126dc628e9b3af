import { Card, Checkbox, Col, Form, InputNumber, Row, Typography } from "antd";
import type { Labeled } from "../../bindings/Labeled";
import { IP_HOLDING_FIELDS } from "./profileForm";

export function QualificationsCard({ qualifications }: { qualifications: Labeled[] }) {
  return (
    <Card title="资质与知识产权" size="small" className="form-card">
      <Form.Item name="qualifications" label="企业资质">
        <Checkbox.Group options={qualifications.map((q) => ({ value: q.code, label: q.label }))} />
      </Form.Item>
      <Typography.Text strong className="subsection-title">
        知识产权拥有量
      </Typography.Text>
      <Row gutter={24}>
        {IP_HOLDING_FIELDS.map((f) => (
          <Col key={f.key} xs={12} md={8} xl={4}>
            <Form.Item name={["ip_holdings", f.key]} label={f.label}>
              <InputNumber min={0} max={1000000} precision={0} suffix="件" className="full-width" />
            </Form.Item>
          </Col>
        ))}
      </Row>
    </Card>
  );
}
