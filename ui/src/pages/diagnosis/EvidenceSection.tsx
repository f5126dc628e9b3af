import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, DatePicker, Form, Input, Popconfirm, Row, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import * as api from "../../api";
import type { Attachment } from "../../bindings/Attachment";
import type { Evidence } from "../../bindings/Evidence";
import { AttachmentField } from "../../components/AttachmentField";
import { AttachmentName } from "../../components/AttachmentName";
import { fromDay } from "../../dates";
import { useShowError } from "../../hooks/useShowError";
import { maxRule, text } from "../../validation";

interface FormValues {
  attachment: Attachment | null;
  produced_on?: Dayjs;
  note: string;
}

interface Props {
  clause: string;
  evidence: Evidence[];
}

const afterToday = (d: Dayjs) => d.isAfter(dayjs(), "day");

/** The evidence of a clause: files dated when they were produced. */
export function EvidenceSection({ clause, evidence }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [adding, setAdding] = useState(false);
  const { message } = App.useApp();
  const showError = useShowError();

  const add = async (v: FormValues) => {
    if (adding || !v.attachment) return;
    setAdding(true);
    try {
      const e = await api.evidenceAdd(clause, {
        attachment_id: v.attachment.id,
        produced_on: fromDay(v.produced_on),
        note: text(v.note),
      });
      void message.success(`已添加证据“${e.attachment.file_name}”`);
      form.resetFields();
    } catch (e) {
      showError(e);
    } finally {
      setAdding(false);
    }
  };

  const remove = (e: Evidence) => {
    api.evidenceRemove(e.id).then(() => {
      void message.success(`已移除证据“${e.attachment.file_name}”`);
    }, showError);
  };

  return (
    <Card size="small" className="form-card" title={`证据（${evidence.length}）`}>
      {evidence.length > 0 && (
        <div data-testid="evidence-table">
          <Table<Evidence>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={evidence}
            className="diag-table"
            columns={[
              {
                title: "文件",
                dataIndex: "attachment",
                ellipsis: true,
                render: (a: Attachment) => <AttachmentName attachment={a} />,
              },
              { title: "证据形成日期", dataIndex: "produced_on", width: 112 },
              {
                title: "说明",
                dataIndex: "note",
                ellipsis: true,
                render: (v: string) => v || <Typography.Text type="secondary">—</Typography.Text>,
              },
              {
                title: "操作",
                key: "actions",
                width: 64,
                render: (_, e) => (
                  <Popconfirm
                    title="移除这份证据？"
                    description={e.attachment.file_name}
                    okText="移除"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    onConfirm={() => remove(e)}
                  >
                    <Button type="link" size="small" danger data-testid={`evidence-remove-${e.id}`}>
                      移除
                    </Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        </div>
      )}
      <Form<FormValues>
        name="evidence"
        form={form}
        layout="vertical"
        initialValues={{ attachment: null, produced_on: undefined, note: "" }}
        onFinish={(v) => void add(v)}
        className="diag-add-form"
      >
        <Row gutter={12} align="top">
          <Col span={8}>
            <Form.Item name="attachment" label="证据文件" rules={[{ required: true, message: "请选择证据文件" }]}>
              <AttachmentField dialogTitle="选择证据文件" testId="evidence-file" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="produced_on"
              label="证据形成日期"
              tooltip="证据实际形成的日期，如文件签发、会议召开、合同签订的日期，不是上传附件的日期"
              rules={[{ required: true, message: "请选择证据形成日期" }]}
            >
              <DatePicker className="full-width" disabledDate={afterToday} placeholder="形成日期" />
            </Form.Item>
          </Col>
          <Col flex="auto">
            <Form.Item name="note" label="说明" rules={[maxRule("说明", 500)]}>
              <Input placeholder="如 2022年度培训计划" />
            </Form.Item>
          </Col>
          <Col flex="none">
            <Form.Item label=" " colon={false}>
              <Button htmlType="submit" icon={<PlusOutlined />} loading={adding} data-testid="evidence-add">
                添加
              </Button>
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" className="diag-hint">
          证据形成日期指证据本身形成的日期（签发、签署、会议召开等），不是把文件添加到本软件的日期。
        </Typography.Paragraph>
      </Form>
    </Card>
  );
}
