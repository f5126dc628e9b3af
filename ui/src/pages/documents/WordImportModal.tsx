import { Alert, Button, Flex, Modal, Typography } from "antd";
import { useState } from "react";
import type { DocumentImportPreview } from "../../bindings/DocumentImportPreview";
import { enterToConfirm } from "../../components/enterToConfirm";
import { baseName } from "../../word/wordFiles";
import { DiffLines } from "./DiffView";

export interface WordImport {
  path: string;
  preview: DocumentImportPreview;
}

interface Props {
  /** The file chosen and what importing it would do; `null` keeps the modal closed. */
  pending: WordImport | null;
  /** The version the difference starts from (the draft, else the published one). */
  baseVersion: string;
  /** The import replaces the text of the document's draft instead of starting a new one. */
  replacesDraft: boolean;
  onClose: () => void;
  /** Saves the file as the document's draft; rejects with the back end's error. */
  onSave: (path: string) => Promise<void>;
}

/** A list of Chinese lines inside an alert. */
function Lines({ lines }: { lines: string[] }) {
  return (
    <ul className="alert-list">
      {lines.map((l, i) => (
        <li key={i}>{l}</li>
      ))}
    </ul>
  );
}

/** 导入 Word 修改稿: what the Word file changes, what it holds that is not imported, and the revision it becomes. */
export function WordImportModal({ pending, baseVersion, replacesDraft, onClose, onSave }: Props) {
  const [saving, setSaving] = useState(false);
  const p = pending?.preview;
  const canSave = !!p && !p.refused && !p.unchanged;

  const save = async () => {
    if (!pending || !canSave || saving) return;
    setSaving(true);
    try {
      await onSave(pending.path);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={pending !== null}
      title="导入 Word 修改稿"
      width="min(960px, calc(100vw - 32px))"
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      modalRender={(dom) => (
        <div onKeyDown={enterToConfirm(() => void save())} data-testid="word-import-modal">
          {dom}
        </div>
      )}
      footer={[
        <Button key="cancel" onClick={onClose} data-testid="word-import-cancel">
          取消
        </Button>,
        <Button
          key="save"
          type="primary"
          disabled={!canSave}
          loading={saving}
          // Focused when the modal opens: Enter saves.
          autoFocus={canSave}
          onClick={() => void save()}
          data-testid="word-import-save"
        >
          {replacesDraft ? "替换草稿内容" : "保存为新草稿"}
        </Button>,
      ]}
    >
      {pending && p && (
        <Flex vertical gap={12} className="word-import">
          <Typography.Text data-testid="word-import-action">
            {`文件：${baseName(pending.path)} · 导入后：`}
            <Typography.Text strong>{p.action}</Typography.Text>
          </Typography.Text>
          {p.refused && (
            <Alert type="error" showIcon message="不能保存" description={p.refused} data-testid="word-import-refused" />
          )}
          {p.unchanged && !p.refused && (
            <Alert type="info" showIcon message="Word 文件的内容与当前文本相同，没有需要保存的修改" />
          )}
          {p.warnings.length > 0 && (
            <Alert type="warning" showIcon message="请注意" description={<Lines lines={p.warnings} />} />
          )}
          {p.unsupported.length > 0 && (
            <Alert
              type="warning"
              showIcon
              message="以下内容未导入（程序的正文格式不能保存）"
              description={<Lines lines={p.unsupported} />}
              data-testid="word-import-unsupported"
            />
          )}
          <DiffLines
            lines={p.diff}
            heading={`${baseVersion} 版 → Word 文件`}
            sameText="内容相同"
            testId="word-import-diff"
          />
        </Flex>
      )}
    </Modal>
  );
}
