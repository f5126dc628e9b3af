import { App, DatePicker, Form, Input } from "antd";
import type { Dayjs } from "dayjs";
import * as api from "../../api";
import type { Attachment } from "../../bindings/Attachment";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import { AttachmentField } from "../../components/AttachmentField";
import { fromDay, toDay } from "../../dates";
import { FormModal } from "../../components/FormModal";
import { maxRule, text } from "../../validation";

interface Props {
  open: boolean;
  auditor: AuditorStatus | null;
  onClose: () => void;
  onSaved: () => void;
}

interface AuditorFormValues {
  certificate_no: string;
  issuer: string;
  qualified_on?: Dayjs;
  certificate: Attachment | null;
}

/** 登记资格: an internal auditor's certificate. */
export function AuditorModal({ open, auditor, onClose, onSaved }: Props) {
  const [form] = Form.useForm<AuditorFormValues>();
  const { message } = App.useApp();

  const onSubmit = async (v: AuditorFormValues) => {
    if (!auditor) return;
    await api.auditorQualificationSave(auditor.person_id, {
      certificate_no: text(v.certificate_no),
      issuer: text(v.issuer),
      qualified_on: fromDay(v.qualified_on),
      certificate_id: v.certificate?.id ?? null,
    });
    void message.success(`已登记“${auditor.person_name}”的内审员资格`);
    onSaved();
  };

  return (
    <FormModal<AuditorFormValues>
      open={open}
      title={auditor ? `登记内审员资格：${auditor.person_name}` : "登记内审员资格"}
      name="auditor"
      form={form}
      initialValues={{
        certificate_no: auditor?.certificate_no ?? "",
        issuer: auditor?.issuer ?? "",
        qualified_on: toDay(auditor?.qualified_on),
        certificate: auditor?.certificate ?? null,
      }}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Form.Item name="certificate_no" label="证书编号" rules={[maxRule("证书编号", 60)]}>
        <Input placeholder="内审员证书编号" autoFocus />
      </Form.Item>
      <Form.Item name="issuer" label="发证机构" rules={[maxRule("发证机构", 100)]}>
        <Input placeholder="如 中知（北京）认证有限公司" />
      </Form.Item>
      <Form.Item
        name="qualified_on"
        label="取得日期"
        rules={[{ required: true, message: "请选择取得资格的日期" }]}
      >
        <DatePicker className="full-width" />
      </Form.Item>
      <Form.Item name="certificate" label="证书">
        <AttachmentField dialogTitle="选择内审员证书" testId="auditor-certificate" />
      </Form.Item>
    </FormModal>
  );
}
