import { Card, Col, Descriptions, Form, Row, Select } from "antd";
import type { Catalog } from "../../bindings/Catalog";
import type { ProgramProfile } from "../../bindings/ProgramProfile";

interface Props {
  catalog: Catalog;
  program: ProgramProfile | undefined;
  /** The project's own program, when it is not a shipped profile (defined in the file, or none). */
  own: ProgramProfile | undefined;
}

export function ProgramCard({ catalog, program, own }: Props) {
  const options = catalog.programs.map((p) => ({ value: p.id, label: p.name }));
  if (own && !catalog.programs.some((p) => p.id === own.id)) options.push({ value: own.id, label: own.name });
  return (
    <Card title="贯标计划" size="small" className="form-card">
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <Form.Item
            name="program_id"
            label="贯标计划"
            rules={[{ required: true, message: "请选择贯标计划" }]}
          >
            <Select
              placeholder="请选择贯标计划"
              options={options}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item
            name="standard_edition"
            label="标准版本"
            rules={[{ required: true, message: "请选择标准版本" }]}
          >
            <Select
              placeholder="请选择标准版本"
              options={catalog.standards.map((s) => ({ value: s.id, label: s.id }))}
            />
          </Form.Item>
        </Col>
      </Row>
      {program && (
        <Descriptions
          size="small"
          column={2}
          className="program-facts"
          items={[
            { key: "authority", label: "主管部门", children: program.authority },
            { key: "region", label: "地区", children: program.region },
            {
              key: "deadline",
              label: "截止日期",
              children: !program.deadline
                ? "无"
                : program.deadline_note
                  ? `${program.deadline}（${program.deadline_note}）`
                  : program.deadline,
            },
            { key: "platform", label: "培训平台", children: program.training_platform },
          ]}
        />
      )}
    </Card>
  );
}
