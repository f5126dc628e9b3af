import { Col, Form, Input, Row, Select } from "antd";
import type { Department } from "../../bindings/Department";
import { useClauses } from "../../clauses";
import { maxRule } from "../../validation";
import { DOC_TYPE_OPTIONS, SECRECY_OPTIONS } from "./docLabels";

interface Props {
  departments: Department[];
  /** A department already chosen stays listed even when archived. */
  keepDepartment?: number | null;
  autoFocus?: boolean;
}

/** The fields of a document's register entry (文件编号, 名称, 类型, 归口部门, 条款, 密级, 保存期限). */
export function DocumentFormFields({ departments, keepDepartment, autoFocus }: Props) {
  const { leafOptions } = useClauses();
  return (
    <Row gutter={16}>
      <Col span={8}>
        <Form.Item name="doc_type" label="文件类型" rules={[{ required: true, message: "请选择文件类型" }]}>
          <Select placeholder="请选择" options={DOC_TYPE_OPTIONS} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="code" label="文件编号" rules={[maxRule("文件编号", 40)]} tooltip="留空则按编号规则自动编号">
          <Input placeholder="留空自动编号" autoComplete="off" spellCheck={false} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="secrecy" label="密级">
          <Select options={SECRECY_OPTIONS} />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item
          name="title"
          label="文件名称"
          rules={[{ required: true, whitespace: true, message: "请填写文件名称" }, maxRule("文件名称", 100)]}
        >
          <Input placeholder="如 文件控制程序" autoFocus={autoFocus} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="owner_department_id" label="归口部门">
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder="主责部门"
            options={departments
              .filter((d) => !d.archived || d.id === keepDepartment)
              .map((d) => ({ value: d.id, label: d.archived ? `${d.name}（已归档）` : d.name }))}
            notFoundContent="暂无部门"
          />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="clauses" label="对应条款" tooltip="文件落实的标准末级条款，用于覆盖矩阵">
          <Select
            mode="multiple"
            allowClear
            showSearch
            optionFilterProp="label"
            maxTagCount="responsive"
            virtual={false}
            placeholder="输入条款号或名称搜索，可多选"
            options={leafOptions}
            notFoundContent="无匹配的条款"
          />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="retention" label="保存期限" rules={[maxRule("保存期限", 20)]}>
          <Input placeholder="记录表单填写，如 3年、长期" />
        </Form.Item>
      </Col>
    </Row>
  );
}
