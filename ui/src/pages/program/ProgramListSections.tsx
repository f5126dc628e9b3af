import { Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Switch } from "antd";
import { FieldRows } from "./FieldRows";
import { PATH_IDS, STAGE_IDS } from "./programForm";

/** 阶段安排: each stage's phase, name and dates. */
export function StagesSection({ disabled }: { disabled: boolean }) {
  return (
    <Card title="阶段安排" size="small" className="form-card" data-testid="program-stages">
      <FieldRows
        name="stages"
        noun="阶段"
        disabled={disabled}
        fresh={() => ({ id: "implementation", name: "" })}
        fields={(row) => (
          <>
            <Col xs={12} lg={5}>
              <Form.Item name={[row, "id"]} label="阶段" required>
                <Select options={STAGE_IDS} />
              </Form.Item>
            </Col>
            <Col xs={12} lg={7}>
              <Form.Item name={[row, "name"]} label="名称" required>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={10} lg={5}>
              <Form.Item name={[row, "start"]} label="开始日期" required>
                <DatePicker style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={10} lg={5}>
              <Form.Item name={[row, "end"]} label="结束日期" required>
                <DatePicker style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </>
        )}
      />
    </Card>
  );
}

/** 验收方式与补助: the paths, their subsidy, whether they combine, and whether the program forbids other subsidies for the same 贯标. */
export function PathsSection({ disabled }: { disabled: boolean }) {
  return (
    <Card title="验收方式与补助" size="small" className="form-card" data-testid="program-paths">
      <FieldRows
        name="acceptance_paths"
        noun="验收方式"
        disabled={disabled}
        max={PATH_IDS.length}
        fresh={() => ({ id: "certification", name: "第三方认证", subsidy_yuan: 0, note: "" })}
        fields={(row) => (
          <>
            <Col xs={12} lg={6}>
              <Form.Item name={[row, "id"]} label="方式" required>
                <Select options={PATH_IDS} />
              </Form.Item>
            </Col>
            <Col xs={12} lg={5}>
              <Form.Item name={[row, "name"]} label="名称" required>
                <Input maxLength={50} />
              </Form.Item>
            </Col>
            <Col xs={10} lg={4}>
              <Form.Item name={[row, "subsidy_yuan"]} label="补助金额" required>
                <InputNumber min={0} precision={0} addonAfter="元" style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col xs={10} lg={7}>
              <Form.Item name={[row, "note"]} label="说明">
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </>
        )}
      />
      <Form.Item name="paths_exclusive" label="各验收方式的补助不可兼得" valuePropName="checked" style={{ marginTop: 16 }}>
        <Switch checkedChildren="不可兼得" unCheckedChildren="可兼得" />
      </Form.Item>
      <Row gutter={12} align="top">
        <Col xs={24} lg={8}>
          <Form.Item
            name="forbids_other_subsidies"
            label="不得超额奖补、重复奖补"
            valuePropName="checked"
            tooltip="同一贯标已从市、区县或往年领取奖补的，申请前自查给出提醒"
          >
            <Switch checkedChildren="禁止" unCheckedChildren="未规定" data-testid="program-forbids-other-subsidies" />
          </Form.Item>
        </Col>
        <Col xs={24} lg={16}>
          <Form.Item name="subsidy_rule_basis" label="禁止重复奖补的依据">
            <Input placeholder="例如：国知办发运字〔2019〕34号" maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}

/** 适用地区: the cities and districts an enterprise may be in (none: any). */
export function CitiesSection({ disabled }: { disabled: boolean }) {
  return (
    <Card title="适用地区" size="small" className="form-card" extra="不填：不限城市">
      <FieldRows
        name="cities"
        noun="城市"
        disabled={disabled}
        fresh={() => ({ name: "", districts: [] })}
        fields={(row) => (
          <>
            <Col xs={8} lg={5}>
              <Form.Item name={[row, "name"]} label="城市" required>
                <Input maxLength={30} />
              </Form.Item>
            </Col>
            <Col xs={12} lg={17}>
              <Form.Item name={[row, "districts"]} label="区县（输入后回车）">
                <Select mode="tags" open={false} suffixIcon={null} />
              </Form.Item>
            </Col>
          </>
        )}
      />
    </Card>
  );
}
