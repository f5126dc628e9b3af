import { App, Form, InputNumber, Typography } from "antd";
import * as api from "../../api";
import { FormModal } from "../../components/FormModal";

interface Props {
  open: boolean;
  onClose: () => void;
}

interface Values {
  days: number | null;
}

/** 整体移动: every task not done or cancelled moves by N days, in one step. */
export function ShiftModal({ open, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();

  const onSubmit = async (v: Values) => {
    const days = v.days ?? 0;
    const r = await api.planShift(days);
    const kept = r.kept > 0 ? `；${r.kept} 项已完成或已取消的任务保持原日期` : "";
    void message.success(`已将 ${r.moved} 项任务${days > 0 ? "推后" : "提前"} ${Math.abs(days)} 天${kept}`);
    onClose();
  };

  return (
    <FormModal<Values>
      open={open}
      title="整体移动计划"
      name="plan-shift"
      form={form}
      initialValues={{ days: null }}
      okText="移动"
      width={440}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Form.Item
        name="days"
        label="移动天数"
        extra="正数推后，负数提前。所有未完成、未取消任务的计划开始和完成日期一起移动；已完成和已取消的任务保持原日期。"
        rules={[
          { required: true, message: "请输入移动天数" },
          {
            validator: (_, v: number | null) =>
              v === 0 ? Promise.reject(new Error("移动天数不能为 0")) : Promise.resolve(),
          },
        ]}
      >
        <InputNumber min={-3650} max={3650} precision={0} addonAfter="天" placeholder="如 7 或 -7" style={{ width: 200 }} autoFocus />
      </Form.Item>
      <Typography.Text type="secondary">每项任务的改动都记入变更历史。</Typography.Text>
    </FormModal>
  );
}
