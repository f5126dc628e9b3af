import { PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import { Button, Flex, Typography } from "antd";
import { useState } from "react";
import * as api from "../api";
import type { Attachment } from "../bindings/Attachment";
import { formatFileSize } from "../fileSize";
import { useShowError } from "../hooks/useShowError";
import { pickAttachmentPath } from "./attachmentDialog";
import { useOpenAttachment } from "./useOpenAttachment";

interface Props {
  /** Given by Form.Item. */
  value?: Attachment | null;
  onChange?: (a: Attachment | null) => void;
  /** Title of the file dialog. */
  dialogTitle: string;
  testId?: string;
}

/** A form control: 选择文件… stores the file with the project and shows its name and size. */
export function AttachmentField({ value, onChange, dialogTitle, testId }: Props) {
  const [busy, setBusy] = useState(false);
  const showError = useShowError();
  const open = useOpenAttachment();

  const choose = async () => {
    try {
      const path = await pickAttachmentPath(dialogTitle);
      if (!path) return;
      setBusy(true);
      onChange?.(await api.attachmentAdd(path));
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex align="center" gap={8} wrap data-testid={testId}>
      {value && (
        <Flex align="center" gap={6} className="attachment-name" data-testid={testId && `${testId}-name`}>
          <PaperClipOutlined className="muted-icon" />
          <Typography.Text ellipsis={{ tooltip: value.file_name }}>{value.file_name}</Typography.Text>
          <Typography.Text type="secondary">{formatFileSize(value.size)}</Typography.Text>
        </Flex>
      )}
      <Button
        size="small"
        icon={<UploadOutlined />}
        loading={busy}
        onClick={() => void choose()}
        data-testid={testId && `${testId}-choose`}
      >
        {value ? "更换…" : "选择文件…"}
      </Button>
      {value && (
        <Button size="small" type="link" onClick={() => open(value)} data-testid={testId && `${testId}-open`}>
          打开
        </Button>
      )}
      {value && (
        <Button size="small" type="link" danger onClick={() => onChange?.(null)}>
          移除
        </Button>
      )}
    </Flex>
  );
}
