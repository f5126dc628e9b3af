import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Empty, Flex, Form, Input, Popconfirm, Select, Table, Tag, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import * as api from "../../api";
import type { Attachment } from "../../bindings/Attachment";
import type { Document } from "../../bindings/Document";
import type { OperationRecord } from "../../bindings/OperationRecord";
import { AttachmentField } from "../../components/AttachmentField";
import { AttachmentName } from "../../components/AttachmentName";
import { FormModal } from "../../components/FormModal";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { fromDay } from "../../dates";
import { useAction } from "../../hooks/useAction";
import { useModalState } from "../../hooks/useModalState";
import { maxRule, text } from "../../validation";
import { BeforeOperationTag } from "./BeforeOperationTag";

interface Props {
  records: OperationRecord[];
  documents: Document[];
  loading: boolean;
}

interface Values {
  document_id?: number;
  produced_on?: Dayjs;
  attachment: Attachment | null;
  note: string;
}

/** Forms first (the records are filled in on them), then the other documents. */
function documentOptions(documents: Document[]) {
  const live = documents.filter((d) => !d.archived);
  const opt = (d: Document) => ({ value: d.id, label: `${d.code} ${d.title}` });
  return [
    { label: "记录表单", title: "记录表单", options: live.filter((d) => d.doc_type === "form").map(opt) },
    { label: "程序文件及其他", title: "程序文件及其他", options: live.filter((d) => d.doc_type !== "form").map(opt) },
  ];
}

function RecordModal({ open, documents, onClose, onSaved }: { open: boolean; documents: Document[]; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={open}
      title="新增运行记录"
      name="operation_record"
      form={form}
      initialValues={{ produced_on: dayjs(), attachment: null, note: "" }}
      width={640}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.operationRecordAdd({
          document_id: v.document_id ?? 0,
          produced_on: fromDay(v.produced_on),
          attachment_id: v.attachment?.id ?? null,
          note: text(v.note),
        });
        onSaved();
      }}
    >
      <Form.Item name="document_id" label="表单 / 程序" rules={[{ required: true, message: "请选择记录所依据的表单或程序" }]}>
        <Select showSearch optionFilterProp="label" options={documentOptions(documents)} virtual={false} autoFocus />
      </Form.Item>
      <Form.Item name="produced_on" label="记录日期" rules={[{ required: true, message: "请选择记录日期" }]}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="attachment" label="记录文件">
        <AttachmentField dialogTitle="选择记录文件（扫描件、照片或电子表格）" testId="operation-record-file" />
      </Form.Item>
      <Form.Item name="note" label="说明" rules={[maxRule("说明", 500)]}>
        <Input placeholder="如 研发项目 A 的检索报告" />
      </Form.Item>
    </FormModal>
  );
}

/** 运行记录: the records produced under each procedure, with their files. */
export function RecordsTab({ records, documents, loading }: Props) {
  const modal = useModalState<null>();
  const { busy, run } = useAction();
  const before = records.filter((r) => r.before_operation).length;
  return (
    <>
      <Flex align="center" justify="space-between" gap={12} className="toolbar">
        <Typography.Text type="secondary">
          {`共 ${records.length} 份运行记录`}
          {before > 0 && <Tag color="red" className="label-note">{`${before} 份早于实施日期，不计入运行期`}</Tag>}
        </Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => modal.show(null)} data-testid="operation-record-add">
          新增运行记录
        </Button>
      </Flex>
      <Card size="small" className="table-card">
        <div data-testid="operation-record-table">
          <Table<OperationRecord>
            sticky
            rowKey="id"
            size="middle"
            loading={loading}
            pagination={false}
            dataSource={records}
            scroll={{ x: 900 }}
            columns={[
              { title: "表单编号", dataIndex: "document_code", width: 130 },
              { title: "表单 / 程序", dataIndex: "document_title", width: 220 },
              {
                title: "记录日期",
                key: "date",
                width: 260,
                render: (_, r) => (
                  <Flex gap={6} wrap align="center">
                    {r.produced_on}
                    <BeforeOperationTag show={r.before_operation} testId={`record-before-${r.id}`} />
                  </Flex>
                ),
              },
              { title: "文件", key: "file", width: 200, render: (_, r) => <AttachmentName attachment={r.attachment} /> },
              { title: "说明", dataIndex: "note" },
              {
                title: "操作",
                key: "actions",
                width: 96,
                render: (_, r) => (
                  <Flex gap={4}>
                    <RecordHistoryButton
                      entity="operation_record"
                      recordId={r.id}
                      title={`${r.document_code} ${r.produced_on}`}
                    />
                    <Popconfirm
                      title="删除这份运行记录？"
                      description="用于更正录入错误；删除前的内容仍保留在变更记录中。"
                      okText="删除"
                      okButtonProps={{ danger: true }}
                      cancelText="取消"
                      onConfirm={() =>
                        run(`delete-${r.id}`, () => api.operationRecordDelete(r.id), "已删除运行记录")
                      }
                    >
                      <Button
                        type="text"
                        size="small"
                        danger
                        icon={<DeleteOutlined />}
                        loading={busy === `delete-${r.id}`}
                        aria-label="删除"
                        data-testid={`record-delete-${r.id}`}
                      />
                    </Popconfirm>
                  </Flex>
                ),
              },
            ]}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无运行记录" /> }}
          />
        </div>
      </Card>
      <RecordModal
        key={modal.session}
        open={modal.open}
        documents={documents}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </>
  );
}
