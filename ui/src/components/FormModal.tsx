import { Alert, Button, Form, Modal, type FormInstance, type FormProps } from "antd";
import { useState, type ReactNode } from "react";
import { asCoreError } from "../errors";

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
  /** Saves the values. A rejection is shown in the form, above its buttons, as
   *  the back end's message, and the modal stays open, so nothing typed is lost. */
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
  // A refusal stays in the form, above its buttons, until the user changes something
  // (a toast over the page title was gone before it was read).
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = async (values: T) => {
    if (saving) return;
    setSaving(true);
    setFailure(null);
    try {
      await onSubmit(values);
    } catch (e) {
      setFailure(asCoreError(e).message);
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
          onValuesChange={(changed, all) => {
            setFailure(null);
            onValuesChange?.(changed, all);
          }}
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
      {failure && (
        <Alert type="error" showIcon message={failure} className="form-failure" data-testid={`${testId}-failure`} />
      )}
    </Modal>
  );
}
