import { AutoComplete, Card, Col, Form, Input, InputNumber, Row, Select } from "antd";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import { maxRule } from "../../validation";
import { CreditCodeItem } from "./CreditCodeItem";
import { INDUSTRY_SUGGESTIONS } from "./profileForm";

interface Props {
  program: ProgramProfile | undefined;
  city: string | undefined;
  creditCode: string;
  confirmedCode: string | null;
}

const INDUSTRY_OPTIONS = INDUSTRY_SUGGESTIONS.map((v) => ({ value: v, label: v }));

export function BasicInfoCard({ program, city, creditCode, confirmedCode }: Props) {
  const cities = program?.cities ?? [];
  const districts = cities.find((c) => c.name === city)?.districts ?? [];

  return (
    <Card title="基本信息" size="small" className="form-card">
      <Row gutter={24}>
        <Col xs={24} lg={12}>
          <Form.Item
            name="name"
            label="企业名称"
            rules={[
              { required: true, whitespace: true, message: "请填写企业名称" },
              maxRule("企业名称", 100),
            ]}
          >
            <Input placeholder="与营业执照一致的全称" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <CreditCodeItem code={creditCode} confirmedCode={confirmedCode} />
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="legal_representative" label="法定代表人" rules={[maxRule("法定代表人", 50)]}>
            <Input placeholder="姓名" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="industry" label="所属行业" rules={[maxRule("所属行业", 50)]}>
            <AutoComplete
              options={INDUSTRY_OPTIONS}
              placeholder="可选择或直接输入"
              filterOption={(input, option) => (option?.value ?? "").includes(input.trim())}
            />
          </Form.Item>
        </Col>
        <Col xs={24} lg={12}>
          <Form.Item name="staff_count" label="职工人数">
            <InputNumber
              min={1}
              max={1000000}
              precision={0}
              placeholder="人数"
              suffix="人"
              className="full-width"
            />
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="city" label="所在城市">
            {/* A program lists its cities; without one (or a program that lists none) any city is typed. */}
            {cities.length === 0 && program ? (
              <Input placeholder="所在城市" maxLength={50} />
            ) : (
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder={program ? `${program.region}的城市` : "请先选择贯标计划"}
                options={cities.map((c) => ({ value: c.name, label: c.name }))}
                notFoundContent="无匹配的城市"
              />
            )}
          </Form.Item>
        </Col>
        <Col xs={12} lg={6}>
          <Form.Item name="district" label="区县">
            {cities.length === 0 && program ? (
              <Input placeholder="区县" maxLength={50} />
            ) : (
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                disabled={!city}
                placeholder={city ? "请选择区县" : "请先选择城市"}
                options={districts.map((d) => ({ value: d, label: d }))}
                notFoundContent="无匹配的区县"
              />
            )}
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="address" label="地址" rules={[maxRule("地址", 200)]}>
            <Input placeholder="注册地址或主要经营地址" />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
