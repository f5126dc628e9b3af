import { PaperClipOutlined } from "@ant-design/icons";
import { Tooltip, Typography } from "antd";
import type { Attachment } from "../bindings/Attachment";
import { formatFileSize } from "../fileSize";
import { useOpenAttachment } from "./useOpenAttachment";

/** An attachment in a table cell: name and size, or a dash. The name opens the file
 *  in the system's viewer. */
export function AttachmentName({ attachment }: { attachment: Attachment | null }) {
  const open = useOpenAttachment();
  if (!attachment) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={`打开 ${attachment.file_name}（${formatFileSize(attachment.size)}）`} placement="topLeft">
      <button
        type="button"
        className="attachment-cell attachment-open"
        onClick={() => open(attachment)}
        data-testid="attachment-open"
      >
        <PaperClipOutlined className="muted-icon" />
        <span className="attachment-cell-name">{attachment.file_name}</span>
      </button>
    </Tooltip>
  );
}
