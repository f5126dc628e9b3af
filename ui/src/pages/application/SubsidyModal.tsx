import { App, Col, DatePicker, Form, Input, InputNumber, Row } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import * as api from "../../api";
import type { OtherSubsidy } from "../../bindings/OtherSubsidy";
import { FormModal } from "../../components/FormModal";
import { fromDay, toDay } from "../../dates";
import { maxRule, text } from "../../validation";

interface Props {
  open: boolean;
  /** `null` to add a new one. */
  editing: OtherSubsidy | null;
  onClose: () => void;
}

interface Values {
  grantor: string;
  amount_yuan: number | null;
  received_on?: Dayjs;
  note: string;
}

/** Adds or edits one subsidy received for the same 贯标; the core checks it again. */
export function SubsidyModal({ open, editing, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();

  const onSubmit = async (v: Values) => {
    const input = {
      grantor: text(v.grantor),
      amount_yuan: v.amount_yuan ?? null,
      received_on: fromDay(v.received_on),
      note: text(v.note),
    };
    if (editing) await api.subsidyUpdate(editing.id, input);
    else await api.subsidyAdd(input);
    void message.success(editing ? "已保存奖补记录" : "已登记其他奖补");
    onClose();
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? "编辑其他奖补" : "登记其他奖补"}
      name="subsidy"
      form={form}
      initialValues={{
        grantor: editing?.grantor ?? "",
        amount_yuan: editing?.amount_yuan ?? null,
        received_on: toDay(editing?.received_on),
        note: editing?.note ?? "",
      }}
      okText={editing ? "保存" : "登记"}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Form.Item
        name="grantor"
        label="奖补单位"
        tooltip="发放奖补的单位，如市市场监督管理局、区管委会"
        rules={[{ required: true, whitespace: true, message: "请填写奖补单位" }, maxRule("奖补单位", 100)]}
      >
        <Input placeholder="例如：西安市市场监督管理局" />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="amount_yuan" label="金额" rules={[{ required: true, message: "请填写奖补金额" }]}>
            <InputNumber min={0} max={100000000} precision={0} suffix="元" className="full-width" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="received_on" label="收到日期" rules={[{ required: true, message: "请选择收到日期" }]}>
            <DatePicker className="full-width" disabledDate={(d) => d.isAfter(dayjs(), "day")} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label="备注" rules={[maxRule("备注", 500)]}>
        <Input.TextArea rows={2} placeholder="奖补名目、文号等" />
      </Form.Item>
    </FormModal>
  );
}
