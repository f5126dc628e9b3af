import { PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, Col, DatePicker, Form, Input, Row, Select, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Distribution } from "../../bindings/Distribution";
import type { Person } from "../../bindings/Person";
import type { Revision } from "../../bindings/Revision";
import { fromDay } from "../../dates";
import { useShowError } from "../../hooks/useShowError";
import { ownerOptions, parseOwner } from "../../owners";
import { maxRule, text } from "../../validation";
import { StepDateModal, type StepConfig } from "./StepDateModal";

interface Props {
  published: Revision | null;
  distributions: Distribution[];
  loading: boolean;
  people: Person[];
  departments: Department[];
  /** The register only (a work package). */
  readOnly: boolean;
}

interface FormValues {
  copy_no: string;
  recipient?: string;
  issued_on?: Dayjs;
}

/** The next copy number: one more than the largest numeric one, two digits. */
function nextCopyNo(list: Distribution[]): string {
  const max = list.reduce((m, d) => (/^\d+$/.test(d.copy_no) ? Math.max(m, Number(d.copy_no)) : m), 0);
  return String(max + 1).padStart(2, "0");
}

/** 发放回收: controlled copies of the published revision, issued and withdrawn. */
export function DistributionTab({ published, distributions, loading, people, departments, readOnly }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [adding, setAdding] = useState(false);
  const [step, setStep] = useState<{ open: boolean; config: StepConfig | null }>({ open: false, config: null });
  const { message } = App.useApp();
  const showError = useShowError();

  const add = async (v: FormValues) => {
    if (adding || !published) return;
    const r = parseOwner(v.recipient);
    setAdding(true);
    try {
      const d = await api.distributionAdd(published.id, {
        copy_no: text(v.copy_no),
        recipient_person_id: r.person,
        recipient_department_id: r.department,
        issued_on: fromDay(v.issued_on),
      });
      void message.success(`已登记发放：${d.copy_no} 号 → ${d.recipient}`);
      form.resetFields();
      form.setFieldsValue({ copy_no: nextCopyNo([...distributions, d]) });
    } catch (e) {
      showError(e);
    } finally {
      setAdding(false);
    }
  };

  const withdraw = (d: Distribution) =>
    setStep({
      open: true,
      config: {
        title: `回收：${d.copy_no} 号（${d.recipient}）`,
        dateLabel: "回收日期",
        okText: "回收",
        description: `${d.version} 版，${d.issued_on} 发放。`,
        run: async (on) => {
          try {
            await api.distributionWithdraw(d.id, on);
            void message.success(`已回收 ${d.copy_no} 号`);
            return true;
          } catch (e) {
            showError(e);
            return false;
          }
        },
      },
    });

  const stale = distributions.filter((d) => !d.withdrawn_on && d.revision_id !== published?.id);

  return (
    <>
      {stale.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="form-card"
          message={`${stale.length} 份旧版本文件尚未回收`}
          description="文件换版后，应回收发放在外的旧版本，防止误用作废文件。"
        />
      )}
      <div data-testid="distribution-table">
        <Table<Distribution>
          rowKey="id"
          size="small"
          loading={loading}
          pagination={false}
          dataSource={distributions}
          rowClassName={(d) => (!d.withdrawn_on && d.revision_id !== published?.id ? "row-at-risk" : "")}
          locale={{ emptyText: "暂无发放记录" }}
          columns={[
            { title: "发放编号", dataIndex: "copy_no", width: 96 },
            { title: "版本", dataIndex: "version", width: 64 },
            { title: "领用部门/领用人", dataIndex: "recipient", ellipsis: true },
            { title: "发放日期", dataIndex: "issued_on", width: 110 },
            {
              title: "回收",
              key: "withdrawn",
              width: 150,
              render: (_, d) =>
                d.withdrawn_on ? (
                  <Typography.Text type="secondary">{`已回收 ${d.withdrawn_on}`}</Typography.Text>
                ) : d.revision_id !== published?.id ? (
                  <Tag color="orange">旧版本，待回收</Tag>
                ) : (
                  <Tag color="green">在用</Tag>
                ),
            },
            {
              title: "操作",
              key: "actions",
              width: 64,
              render: (_, d) =>
                !d.withdrawn_on &&
                !readOnly && (
                  <Button type="link" size="small" onClick={() => withdraw(d)} data-testid={`distribution-withdraw-${d.id}`}>
                    回收
                  </Button>
                ),
            },
          ]}
        />
      </div>
      {readOnly ? null : published ? (
        <Form<FormValues>
          name="distribution"
          form={form}
          layout="vertical"
          initialValues={{ copy_no: nextCopyNo(distributions), issued_on: dayjs() }}
          onFinish={(v) => void add(v)}
          className="doc-distribution-form"
        >
          <Typography.Text strong className="subsection-title">{`发放 ${published.version} 版（现行受控版本）`}</Typography.Text>
          <Row gutter={12} align="top">
            <Col span={5}>
              <Form.Item
                name="copy_no"
                label="发放编号"
                rules={[{ required: true, whitespace: true, message: "请填写发放编号" }, maxRule("发放编号", 20)]}
              >
                <Input autoComplete="off" />
              </Form.Item>
            </Col>
            <Col span={9}>
              <Form.Item
                name="recipient"
                label="领用部门或领用人"
                rules={[{ required: true, message: "请选择领用部门或领用人" }]}
              >
                <Select
                  showSearch
                  optionFilterProp="label"
                  placeholder="部门或人员"
                  virtual={false}
                  options={[...ownerOptions(people, departments)].reverse()}
                  notFoundContent="无匹配的部门或人员"
                />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="issued_on" label="发放日期" rules={[{ required: true, message: "请选择发放日期" }]}>
                <DatePicker className="full-width" />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item label=" " colon={false}>
                <Button htmlType="submit" icon={<PlusOutlined />} loading={adding} data-testid="distribution-add">
                  登记发放
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      ) : (
        <Typography.Paragraph type="secondary" className="table-note">
          文件发布后，才能发放受控版本。
        </Typography.Paragraph>
      )}
      <StepDateModal step={step.config} open={step.open} onClose={() => setStep((s) => ({ ...s, open: false }))} />
    </>
  );
}
