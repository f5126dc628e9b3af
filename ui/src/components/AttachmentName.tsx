import { PaperClipOutlined } from "@ant-design/icons";
import { Flex, Tooltip, Typography } from "antd";
import type { Attachment } from "../bindings/Attachment";
import { formatFileSize } from "../fileSize";

/** An attachment in a table cell: name and size, or a dash. */
export function AttachmentName({ attachment }: { attachment: Attachment | null }) {
  if (!attachment) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={`${attachment.file_name}（${formatFileSize(attachment.size)}）`} placement="topLeft">
      <Flex align="center" gap={4} className="attachment-cell">
        <PaperClipOutlined className="muted-icon" />
        <span className="attachment-cell-name">{attachment.file_name}</span>
      </Flex>
    </Tooltip>
  );
}
