import { CameraOutlined, CloseOutlined, PaperClipOutlined } from "@ant-design/icons";
import { App, Button, Flex, Popconfirm, Tooltip } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { AuditEvidence } from "../../bindings/AuditEvidence";
import { pickAttachmentPaths } from "../../components/attachmentDialog";
import { useOpenAttachment } from "../../components/useOpenAttachment";
import { formatFileSize } from "../../fileSize";
import { useShowError } from "../../hooks/useShowError";

/** What the evidence belongs to: one checklist line or one nonconformity. */
export type EvidenceTarget = { line: number } | { nc: number };

interface Props {
  target: EvidenceTarget;
  evidence: readonly AuditEvidence[];
  readOnly: boolean;
}

const keyOf = (t: EvidenceTarget) => ("line" in t ? `line-${t.line}` : `nc-${t.nc}`);

/**
 * The evidence of a line or a nonconformity (photos taken on site, scans):
 * each opens in the system's viewer; 添加证据 takes one or more files; × removes one.
 */
export function AuditEvidenceList({ target, evidence, readOnly }: Props) {
  const [adding, setAdding] = useState(false);
  const showError = useShowError();
  const open = useOpenAttachment();
  const { message } = App.useApp();
  const key = keyOf(target);

  const add = async () => {
    const paths = await pickAttachmentPaths("选择审核证据（现场照片、扫描件等）");
    if (paths.length === 0) return;
    setAdding(true);
    let added = 0;
    try {
      for (const path of paths) {
        const a = await api.attachmentAdd(path);
        await api.auditEvidenceAdd({
          checklist_item_id: "line" in target ? target.line : null,
          nonconformity_id: "nc" in target ? target.nc : null,
          attachment_id: a.id,
          note: "",
        });
        added += 1;
      }
      void message.success(`已添加 ${added} 份审核证据`);
    } catch (e) {
      showError(e);
    } finally {
      setAdding(false);
    }
  };

  const remove = (e: AuditEvidence) => {
    api.auditEvidenceRemove(e.id).then(() => {
      void message.success(`已移除证据“${e.attachment.file_name}”`);
    }, showError);
  };

  if (readOnly && evidence.length === 0) return null;
  return (
    <Flex gap={6} align="center" wrap className="audit-evidence" data-testid={`evidence-${key}`}>
      {evidence.map((e) => (
        <span key={e.id} className="audit-evidence-chip">
          <Tooltip
            title={`打开 ${e.attachment.file_name}（${formatFileSize(e.attachment.size)}）${e.note ? `：${e.note}` : ""}`}
          >
            <button
              type="button"
              className="attachment-open attachment-cell"
              onClick={() => open(e.attachment)}
              data-testid={`evidence-open-${e.id}`}
            >
              <PaperClipOutlined className="muted-icon" />
              <span className="attachment-cell-name">{e.attachment.file_name}</span>
            </button>
          </Tooltip>
          {!readOnly && (
            <Popconfirm
              title="移除这份证据？"
              description={e.attachment.file_name}
              okText="移除"
              okButtonProps={{ danger: true }}
              cancelText="取消"
              onConfirm={() => remove(e)}
            >
              <Button
                type="text"
                size="small"
                icon={<CloseOutlined />}
                aria-label={`移除 ${e.attachment.file_name}`}
                data-testid={`evidence-remove-${e.id}`}
              />
            </Popconfirm>
          )}
        </span>
      ))}
      {!readOnly && (
        <Button
          size="small"
          type="dashed"
          icon={<CameraOutlined />}
          loading={adding}
          onClick={() => void add()}
          data-testid={`evidence-add-${key}`}
        >
          添加证据
        </Button>
      )}
    </Flex>
  );
}
