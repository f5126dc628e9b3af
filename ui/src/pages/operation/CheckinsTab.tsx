import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Empty, Flex, Form, Input, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import * as api from "../../api";
import type { Checkin } from "../../bindings/Checkin";
import { FormModal } from "../../components/FormModal";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { fromDay, toDay } from "../../dates";
import { useModalState } from "../../hooks/useModalState";
import { maxRule, text } from "../../validation";
import { BeforeOperationTag } from "./BeforeOperationTag";

interface Props {
  checkins: Checkin[];
  loading: boolean;
}

interface Values {
  month?: Dayjs;
  checked_on?: Dayjs;
  summary: string;
}

function CheckinModal({ open, editing, onClose, onSaved }: { open: boolean; editing: Checkin | null; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  return (
    <FormModal<Values>
      open={open}
      title={editing ? `月度检查 ${editing.month}` : "新增月度检查"}
      name="checkin"
      form={form}
      initialValues={{
        month: editing ? dayjs(`${editing.month}-01`) : dayjs().startOf("month"),
        checked_on: toDay(editing?.checked_on) ?? dayjs(),
        summary: editing?.summary ?? "",
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.checkinSave({ month: v.month?.format("YYYY-MM") ?? "", checked_on: fromDay(v.checked_on), summary: text(v.summary) });
        onSaved();
      }}
    >
      <Flex gap={16}>
        <Form.Item name="month" label="月份" rules={[{ required: true, message: "请选择月份" }]} className="flex-fill">
          <DatePicker picker="month" className="full-width" disabled={!!editing} />
        </Form.Item>
        <Form.Item name="checked_on" label="检查日期" rules={[{ required: true, message: "请选择检查日期" }]} className="flex-fill">
          <DatePicker className="full-width" />
        </Form.Item>
      </Flex>
      <Form.Item
        name="summary"
        label="运行检查情况"
        rules={[{ required: true, whitespace: true, message: "请填写运行检查情况" }, maxRule("运行检查情况", 4000)]}
      >
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} autoFocus placeholder="本月各部门按程序运行的情况、抽查的记录、发现的问题" />
      </Form.Item>
    </FormModal>
  );
}

/** 月度检查: one check-in per month of operation (a month saved again is updated). */
export function CheckinsTab({ checkins, loading }: Props) {
  const modal = useModalState<Checkin>();
  return (
    <>
      <Flex align="center" justify="space-between" className="toolbar">
        <Typography.Text type="secondary">每月检查一次体系运行情况并记录；同一月份再次保存即更新。</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => modal.show(null)} data-testid="checkin-add">
          新增月度检查
        </Button>
      </Flex>
      <Card size="small" className="table-card">
        <div data-testid="checkin-table">
          <Table<Checkin>
            sticky
            rowKey="id"
            size="middle"
            loading={loading}
            pagination={false}
            dataSource={checkins}
            onRow={(c) => ({ onDoubleClick: () => modal.show(c) })}
            columns={[
              { title: "月份", dataIndex: "month", width: 100 },
              { title: "检查日期", dataIndex: "checked_on", width: 120 },
              {
                title: "运行检查情况",
                key: "summary",
                render: (_, c) => (
                  <Flex vertical gap={4} align="start">
                    <span className="pre-wrap">{c.summary}</span>
                    <BeforeOperationTag show={c.before_operation} />
                  </Flex>
                ),
              },
              {
                title: "操作",
                key: "edit",
                width: 110,
                render: (_, c) => (
                  <Flex gap={4}>
                    <Button size="small" type="link" onClick={() => modal.show(c)}>
                      编辑
                    </Button>
                    <RecordHistoryButton entity="operation_checkin" recordId={c.id} title={`月度检查 ${c.month}`} />
                  </Flex>
                ),
              },
            ]}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无月度检查记录" /> }}
          />
        </div>
      </Card>
      <CheckinModal
        key={modal.session}
        open={modal.open}
        editing={modal.editing}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </>
  );
}
