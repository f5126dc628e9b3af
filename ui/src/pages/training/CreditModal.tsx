import { App, DatePicker, Form, Input, InputNumber } from "antd";
import type { Dayjs } from "dayjs";
import * as api from "../../api";
import type { Attachment } from "../../bindings/Attachment";
import type { CreditStatus } from "../../bindings/CreditStatus";
import { AttachmentField } from "../../components/AttachmentField";
import { fromDay, toDay } from "../../dates";
import { FormModal } from "../../components/FormModal";
import { maxRule, text } from "../../validation";

interface Props {
  open: boolean;
  person: CreditStatus | null;
  threshold: number | null;
  onClose: () => void;
  onSaved: () => void;
}

interface CreditFormValues {
  platform_account: string;
  credits: number | null;
  reached_on?: Dayjs;
  certificate: Attachment | null;
}

/** 登记 one person's online learning: account, credits, date reached, certificate. */
export function CreditModal({ open, person, threshold, onClose, onSaved }: Props) {
  const [form] = Form.useForm<CreditFormValues>();
  const { message } = App.useApp();

  const onSubmit = async (v: CreditFormValues) => {
    if (!person) return;
    await api.onlineTrainingSave(person.person_id, {
      platform_account: text(v.platform_account),
      credits: v.credits ?? 0,
      reached_on: fromDay(v.reached_on),
      certificate_id: v.certificate?.id ?? null,
    });
    void message.success(`已登记“${person.person_name}”的学分`);
    onSaved();
  };

  return (
    <FormModal<CreditFormValues>
      open={open}
      title={person ? `登记学分：${person.person_name}` : "登记学分"}
      name="credit"
      form={form}
      initialValues={{
        platform_account: person?.platform_account ?? "",
        credits: person?.credits ?? 0,
        reached_on: toDay(person?.reached_on),
        certificate: person?.certificate ?? null,
      }}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Form.Item name="platform_account" label="学习平台账号" rules={[maxRule("平台账号", 60)]}>
        <Input placeholder="在学习平台注册的账号或手机号" autoFocus />
      </Form.Item>
      <Form.Item
        name="credits"
        label="已获学分"
        extra={threshold === null ? "学分要求尚未设定" : `学分要求：${threshold} 学分`}
        rules={[{ required: true, message: "请填写已获学分" }]}
      >
        <InputNumber min={0} max={1000} step={0.5} suffix="学分" className="full-width" />
      </Form.Item>
      <Form.Item name="reached_on" label="达标日期">
        <DatePicker className="full-width" placeholder="达到学分要求的日期" />
      </Form.Item>
      <Form.Item name="certificate" label="证书或截图">
        <AttachmentField dialogTitle="选择学分证书或截图" testId="credit-certificate" />
      </Form.Item>
    </FormModal>
  );
}
