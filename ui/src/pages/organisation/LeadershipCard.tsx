import { Card, Col, DatePicker, Form, Input, Row, Typography } from "antd";
import type { Person } from "../../bindings/Person";
import { maxRule } from "../../validation";
import { MembersEditor } from "./MembersEditor";

interface Props {
  people: Person[];
}

/** 贯标工作领导小组: when and by which document it was set up, and who is in it. */
export function LeadershipCard({ people }: Props) {
  return (
    <Card title="领导小组" size="small" className="form-card">
      <Row gutter={24}>
        <Col xs={24} lg={8}>
          <Form.Item name="established_on" label="成立日期">
            <DatePicker className="full-width" placeholder="发文成立的日期" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item name="doc_number" label="成立文件文号" rules={[maxRule("成立文件文号", 40)]}>
            <Input placeholder="如〔2022〕12号" />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Text strong className="subsection-title">
        小组成员
      </Typography.Text>
      <Typography.Paragraph type="secondary" className="card-hint">
        组长应由最高管理者或高层管理人员担任；小组只能有一位组长。
      </Typography.Paragraph>
      <MembersEditor people={people} />
    </Card>
  );
}
