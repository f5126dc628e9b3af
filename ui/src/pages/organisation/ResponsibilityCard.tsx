import { Card, Col, Form, Row, Select } from "antd";
import type { Department } from "../../bindings/Department";
import type { Person } from "../../bindings/Person";
import { personOptions } from "../../people";

interface Props {
  departments: Department[];
  people: Person[];
  leadDepartmentId: number | undefined;
  coordinatorId: number | undefined;
}

/** 牵头部门与日常负责: the lead department and the person who runs the effort day to day. */
export function ResponsibilityCard(props: Props) {
  const { departments, people, leadDepartmentId, coordinatorId } = props;
  const departmentOptions = departments
    .filter((d) => !d.archived || d.id === leadDepartmentId)
    .map((d) => ({ value: d.id, label: d.archived ? `${d.name}（已归档）` : d.name }));
  return (
    <Card title="牵头部门与日常负责" size="small" className="form-card">
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <Form.Item name="lead_department_id" label="牵头部门" extra="负责组织协调贯标工作的部门，通常为知识产权管理部门">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="请选择部门"
              virtual={false}
              options={departmentOptions}
              notFoundContent="暂无部门，请先在“部门”中新增"
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="coordinator_id" label="日常工作负责人" extra="专人负责贯标日常工作">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="请选择人员"
              virtual={false}
              options={personOptions(people, coordinatorId === undefined ? [] : [coordinatorId])}
              notFoundContent="无匹配的人员"
            />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
