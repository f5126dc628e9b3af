import { Card, Col, DatePicker, Form, Input, Row, Typography } from "antd";
import type { Person } from "../../bindings/Person";
import { maxRule } from "../../validation";

/** 管理者代表任命: who holds the role (set in 人员) and the appointment letter. */
export function AppointmentCard({ people }: { people: Person[] }) {
  const rep = people.find((p) => !p.archived && p.roles.includes("management_representative"));
  return (
    <Card title="管理者代表任命" size="small" className="form-card">
      <Typography.Paragraph className="card-hint" data-testid="organisation-representative">
        {rep ? (
          <>
            管理者代表：<Typography.Text strong>{rep.name}</Typography.Text>
            {rep.department_name ? `（${rep.department_name}）` : ""}
          </>
        ) : (
          <Typography.Text type="warning">尚未在“人员”中指定管理者代表</Typography.Text>
        )}
      </Typography.Paragraph>
      <Row gutter={24}>
        <Col xs={24} lg={8}>
          <Form.Item name="rep_appointed_on" label="任命日期">
            <DatePicker className="full-width" placeholder="任命书签发日期" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item name="rep_appointment_doc" label="任命书文号" rules={[maxRule("任命书文号", 40)]}>
            <Input placeholder="如〔2022〕13号" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
