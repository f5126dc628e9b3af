import { Button, Form, Modal, type FormInstance, type FormProps } from "antd";
import { useState, type ReactNode } from "react";
import { useShowError } from "../hooks/useShowError";

interface Props<T> {
  open: boolean;
  title: ReactNode;
  /** The form's name: antd derives the field ids from it (`name_field`), and the
   *  buttons get `data-testid` `${name}-cancel` and `${name}-submit`. */
  name: string;
  /** The buttons' `data-testid` prefix, where it is not the form's name. */
  testId?: string;
  form: FormInstance<T>;
  initialValues: FormProps<T>["initialValues"];
  okText?: string;
  width?: number;
  onClose: () => void;
  /** Saves the values. A rejection is shown as the back end's message and the
   *  modal stays open, so nothing typed is lost. */
  onSubmit: (values: T) => Promise<void>;
  onValuesChange?: FormProps<T>["onValuesChange"];
  children: ReactNode;
}

/** A modal holding one form, with 取消 / submit buttons and one save at a time. */
export function FormModal<T extends object>(props: Props<T>) {
  const {
    open,
    title,
    name,
    testId = name,
    form,
    initialValues,
    okText = "保存",
    width = 560,
    onClose,
    onSubmit,
    onValuesChange,
    children,
  } = props;
  const [saving, setSaving] = useState(false);
  const showError = useShowError();

  const onFinish = async (values: T) => {
    if (saving) return;
    setSaving(true);
    try {
      await onSubmit(values);
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={title}
      onCancel={onClose}
      maskClosable={false}
      width={width}
      modalRender={(dom) => (
        <Form<T>
          name={name}
          form={form}
          layout="vertical"
          initialValues={initialValues}
          onFinish={(v) => void onFinish(v)}
          onValuesChange={onValuesChange}
        >
          {dom}
        </Form>
      )}
      footer={[
        <Button key="cancel" onClick={onClose} data-testid={`${testId}-cancel`}>
          取消
        </Button>,
        <Button key="ok" type="primary" htmlType="submit" loading={saving} data-testid={`${testId}-submit`}>
          {okText}
        </Button>,
      ]}
    >
      {children}
    </Modal>
  );
}
