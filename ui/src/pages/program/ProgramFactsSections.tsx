import { Card, Col, DatePicker, Form, Input, InputNumber, Row, Select } from "antd";
import type { Catalog } from "../../bindings/Catalog";

/** 基本信息 and 标准版本: who issued the program, for which year and region. */
export function BasicSection({ catalog }: { catalog: Catalog }) {
  const editions = catalog.standards.map((s) => ({ value: s.id, label: s.id }));
  return (
    <Card title="基本信息" size="small" className="form-card">
      <Row gutter={24}>
        <Col xs={24} lg={16}>
          <Form.Item name="name" label="计划名称" required>
            <Input placeholder="例如：2026年度某省企业知识产权贯标工作" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item name="id" label="计划编号" required tooltip="导出、导入时识别计划；只用字母、数字、“-”和“_”">
            <Input placeholder="例如：shaanxi-2026" maxLength={40} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item name="authority" label="发布机关" required>
            <Input placeholder="例如：某省知识产权局" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={12} lg={8}>
          <Form.Item name="region" label="地区" required>
            <Input placeholder="例如：陕西省" maxLength={50} />
          </Form.Item>
        </Col>
        <Col xs={12} lg={8}>
          <Form.Item name="year" label="年度" required>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={16}>
          <Form.Item name="source" label="依据文件">
            <Input placeholder="通知或实施方案的名称、文号" maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item name="training_platform" label="培训平台">
            <Input placeholder="例如：知识产权贯标认证学习平台" maxLength={100} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item name="standard_edition" label="标准版本" required tooltip="按此版本开展贯标工作（新项目的默认版本）">
            <Select options={editions} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={16}>
          <Form.Item name="accepted_editions" label="受理的标准版本" required tooltip="计划接受哪些版本的认证证书或验收">
            <Select mode="multiple" options={editions} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/** 截止日期, 培训要求 and the operation minimums. */
export function RequirementsSection({ catalog }: { catalog: Catalog }) {
  const roles = catalog.roles.map((r) => ({ value: r.code, label: r.label }));
  return (
    <Card title="截止日期与要求" size="small" className="form-card">
      <Row gutter={24}>
        <Col xs={24} lg={8}>
          <Form.Item name="deadline" label="截止日期" tooltip="不填：没有截止日期">
            <DatePicker style={{ width: "100%" }} placeholder="没有截止日期" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={16}>
          <Form.Item name="deadline_note" label="截止日期说明" tooltip="哪个日期算数，例如“以认证证书记载的日期为准”">
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} lg={16}>
          <Form.Item name="required_training_roles" label="须参加培训的人员">
            <Select mode="multiple" options={roles} placeholder="不要求" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={8}>
          <Form.Item
            name="credit_threshold"
            label="学分要求"
            tooltip="计划未写明时留空（未设定）：验收申请会提醒向主管部门或培训平台确认"
          >
            <InputNumber min={0} max={10000} style={{ width: "100%" }} placeholder="未设定" />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="min_operation_months" label="最短运行期（月）" required>
            <InputNumber min={1} max={36} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="min_internal_audits" label="最少内部审核次数" required>
            <InputNumber min={0} max={12} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="min_management_reviews" label="最少管理评审次数" required>
            <InputNumber min={0} max={12} precision={0} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item
            name="penalty_free_years"
            label="无侵权处罚年限"
            required
            tooltip="申请前多少年内不得有知识产权行政处罚、严重侵权或失信记录（通常 1 年，有的计划要求 3 年）"
          >
            <InputNumber min={1} max={10} precision={0} addonAfter="年" style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
