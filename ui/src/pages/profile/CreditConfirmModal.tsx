import { ExclamationCircleFilled } from "@ant-design/icons";
import { Button, Flex, Modal, Typography } from "antd";

interface Props {
  message: string | null;
  saving: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks the user to confirm a credit code whose check digit fails (e.g. an early pilot code). */
export function CreditConfirmModal({ message, saving, onConfirm, onCancel }: Props) {
  return (
    <Modal
      open={message !== null}
      title={
        <Flex align="center" gap={8}>
          <ExclamationCircleFilled className="warning-icon" />
          统一社会信用代码校验位不符
        </Flex>
      }
      onCancel={onCancel}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={onCancel} data-testid="credit-confirm-cancel">
          返回修改
        </Button>,
        <Button
          key="ok"
          type="primary"
          loading={saving}
          onClick={onConfirm}
          data-testid="credit-confirm-ok"
          autoFocus
        >
          确认无误并保存
        </Button>,
      ]}
    >
      <Typography.Paragraph className="confirm-text">{message}</Typography.Paragraph>
    </Modal>
  );
}
