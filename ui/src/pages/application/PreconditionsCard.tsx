import { SaveOutlined } from "@ant-design/icons";
import { App, Button, Card, Checkbox, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import * as api from "../../api";
import type { Attachment } from "../../bindings/Attachment";
import type { Person } from "../../bindings/Person";
import type { Preconditions } from "../../bindings/Preconditions";
import { AttachmentField } from "../../components/AttachmentField";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { fromDay, toDay } from "../../dates";
import { useShowError } from "../../hooks/useShowError";
import { personOptions } from "../../people";

interface Values {
  scope_products: string;
  scope_sites: string;
  scope_headcount: number | null;
  licence_valid_until?: Dayjs;
  licence_long_term: boolean;
  status_checked_on?: Dayjs;
  licence: Attachment | null;
  declared_on?: Dayjs;
  declared_by: number | null;
}

/** 申请前提: the scope, the business licence and the no-penalty declaration a certification body checks. */
export function PreconditionsCard({ preconditions, people }: { preconditions: Preconditions; people: Person[] }) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const [saving, setSaving] = useState(false);
  const longTerm = Form.useWatch("licence_long_term", form);

  const save = async (v: Values) => {
    setSaving(true);
    try {
      await api.preconditionsSave({
        scope_products: v.scope_products ?? "",
        scope_sites: v.scope_sites ?? "",
        scope_headcount: v.scope_headcount ?? null,
        licence_valid_until: v.licence_long_term ? null : fromDay(v.licence_valid_until),
        licence_long_term: v.licence_long_term,
        status_checked_on: fromDay(v.status_checked_on),
        declared_on: fromDay(v.declared_on),
        declared_by: v.declared_by ?? null,
        licence_attachment_id: v.licence?.id ?? null,
      });
      void message.success("已保存申请前提");
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  const p = preconditions;
  return (
    <Card
      size="small"
      title="申请前提"
      className="form-card"
      data-testid="preconditions-card"
      extra={<RecordHistoryButton variant="text" entity="application_precondition" recordId={1} title="申请前提" />}
    >
      <Typography.Paragraph type="secondary">
        认证机构受理申请前核查：认证范围、营业执照（有效期、登记状态、扫描件），以及企业关于无知识产权行政处罚、无严重侵权、未列入失信名单的声明。
      </Typography.Paragraph>
      <Form<Values>
        name="preconditions"
        form={form}
        layout="vertical"
        initialValues={{
          scope_products: p.scope_products,
          scope_sites: p.scope_sites,
          scope_headcount: p.scope_headcount,
          licence_valid_until: toDay(p.licence_valid_until),
          licence_long_term: p.licence_long_term,
          status_checked_on: toDay(p.status_checked_on),
          licence: p.licence,
          declared_on: toDay(p.declared_on),
          declared_by: p.declared_by,
        }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item name="scope_products" label="认证范围（产品与服务）" tooltip="认证证书上写明的产品、服务及其知识产权管理活动">
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} maxLength={1000} placeholder="例如：数控机床控制系统的研发、生产和销售及其相关的知识产权管理" />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item name="scope_sites" label="场所（地址）">
              <Input maxLength={1000} placeholder="认证范围覆盖的经营场所地址" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="scope_headcount" label="覆盖人数">
              <InputNumber min={1} max={1000000} suffix="人" className="full-width" />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16} align="bottom">
          <Col xs={24} md={8}>
            <Form.Item name="licence_valid_until" label="营业执照有效期至">
              <DatePicker className="full-width" placeholder="选择日期" disabled={longTerm} />
            </Form.Item>
          </Col>
          <Col xs={24} md={4}>
            <Form.Item name="licence_long_term" valuePropName="checked">
              <Checkbox>
                <span data-testid="licence-long-term">长期</span>
              </Checkbox>
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="status_checked_on"
              label="登记状态核查为“存续”的日期"
              tooltip="在国家企业信用信息公示系统查询登记状态的日期"
            >
              <DatePicker className="full-width" placeholder="选择日期" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="licence" label="营业执照扫描件" tooltip="认证机构受理申请时核验；随申请材料一并导出">
          <AttachmentField dialogTitle="选择营业执照扫描件" testId="licence-scan" />
        </Form.Item>
        <Row gutter={16} align="bottom">
          <Col xs={24} md={8}>
            <Form.Item name="declared_on" label="声明确认日期" tooltip="近一年内未受到知识产权行政处罚、无严重侵权行为、未被列入失信名单">
              <DatePicker className="full-width" placeholder="选择日期" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="declared_by" label="确认人">
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                options={personOptions(people, p.declared_by === null ? [] : [p.declared_by])}
                placeholder="最高管理者或法定代表人"
                virtual={false}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item>
              <Button type="primary" htmlType="submit" icon={<SaveOutlined />} loading={saving} data-testid="preconditions-save">
                保存
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
