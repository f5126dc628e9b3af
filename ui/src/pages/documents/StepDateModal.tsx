import { Button, DatePicker, Form, Modal } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState, type ReactNode } from "react";
import { fromDay } from "../../dates";

export interface StepConfig {
  title: string;
  /** Label of the date, e.g. 审核日期. */
  dateLabel: string;
  okText: string;
  danger?: boolean;
  description?: ReactNode;
  /** Carries out the step; resolves `true` when done (the modal closes). */
  run: (on: string) => Promise<boolean>;
}

interface Props {
  step: StepConfig | null;
  open: boolean;
  onClose: () => void;
}

interface Values {
  on?: Dayjs;
}

/** A dated workflow step (审核, 批准, 发布, 回收): the date defaults to today. */
export function StepDateModal({ step, open, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);

  const onFinish = async (v: Values) => {
    const on = fromDay(v.on);
    if (busy || !step || !on) return;
    setBusy(true);
    try {
      if (await step.run(on)) onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={step?.title}
      onCancel={onClose}
      maskClosable={false}
      width={440}
      destroyOnHidden
      // Closes at once: the next step's button is usable as soon as this one is done.
      transitionName=""
      maskTransitionName=""
      modalRender={(dom) => (
        <Form<Values>
          name="step"
          form={form}
          layout="vertical"
          initialValues={{ on: dayjs() }}
          onFinish={(v) => void onFinish(v)}
        >
          {dom}
        </Form>
      )}
      footer={[
        <Button key="cancel" onClick={onClose} data-testid="step-cancel">
          取消
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger={step?.danger}
          htmlType="submit"
          loading={busy}
          data-testid="step-confirm"
        >
          {step?.okText ?? "确定"}
        </Button>,
      ]}
    >
      {step?.description && <div className="step-description">{step.description}</div>}
      <Form.Item
        name="on"
        label={step?.dateLabel ?? "日期"}
        rules={[{ required: true, message: `请选择${step?.dateLabel ?? "日期"}` }]}
      >
        <DatePicker className="full-width" data-testid="step-date" />
      </Form.Item>
    </Modal>
  );
}
