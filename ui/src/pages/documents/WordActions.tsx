import { FileWordOutlined, ImportOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { Document } from "../../bindings/Document";
import type { Revision } from "../../bindings/Revision";
import { sizeLabel } from "../../fileSize";
import { useShowError } from "../../hooks/useShowError";
import { pickDocxOpenPath, pickDocxSavePath } from "../../word/wordDialogs";
import { documentFileName } from "../../word/wordFiles";
import { WordImportModal, type WordImport } from "./WordImportModal";

interface Props {
  document: Document;
  /** Saves the editor's text first, when it has unsaved changes; `false` when that failed. */
  saveDraft: () => Promise<boolean>;
  /** The import saved this revision (a new draft, or the draft with its text replaced). */
  onImported: (r: Revision) => void;
}

/** 导出 Word / 导入 Word 修改稿 of one document: out to edit in Word or WPS, back as its draft. */
export function WordActions({ document: d, saveDraft, onImported }: Props) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState<"export" | "import" | null>(null);
  const [pending, setPending] = useState<WordImport | null>(null);
  const working = d.working;
  const current = working ?? d.published;
  const draft = working?.status === "draft" ? working : null;

  const exportWord = async () => {
    // The draft goes out as last saved: save what the editor holds first.
    if (draft && !(await saveDraft())) return;
    const path = await pickDocxSavePath(documentFileName(d.code, d.title, "docx"));
    if (!path) return;
    setBusy("export");
    try {
      const size = working ? await api.revisionExportDocx(working.id, path) : await api.documentExportDocx(d.id, path);
      void message.success(`已导出 ${path}（${sizeLabel(size)}）`);
    } finally {
      setBusy(null);
    }
  };

  const importWord = async () => {
    if (draft && !(await saveDraft())) return;
    const path = await pickDocxOpenPath("选择 Word 修改稿");
    if (!path) return;
    setBusy("import");
    try {
      setPending({ path, preview: await api.documentImportPreview(d.id, path) });
    } finally {
      setBusy(null);
    }
  };

  const save = async (path: string) => {
    try {
      const r = await api.documentImportSave(d.id, path);
      setPending(null);
      void message.success(draft ? `已用 Word 文件替换 ${r.version} 版草稿的内容` : `已保存为新草稿 ${r.version} 版`);
      onImported(r);
    } catch (e) {
      showError(e);
    }
  };

  if (!current) return null;
  return (
    <>
      <Button
        icon={<FileWordOutlined />}
        loading={busy === "export"}
        disabled={busy !== null}
        onClick={() => void exportWord().catch(showError)}
        title={`将 ${current.version} 版导出为 Word 文件（.docx），可在 Word 或 WPS 中修改后导入`}
        data-testid="document-export-docx"
      >
        导出 Word
      </Button>
      <Button
        icon={<ImportOutlined />}
        loading={busy === "import"}
        disabled={busy !== null}
        onClick={() => void importWord().catch(showError)}
        title="导入在 Word 或 WPS 中修改过的文件：先显示与当前文本的差异，确认后保存为草稿"
        data-testid="document-import-docx"
      >
        导入 Word 修改稿
      </Button>
      <WordImportModal
        pending={pending}
        baseVersion={current.version}
        replacesDraft={draft !== null}
        onClose={() => setPending(null)}
        onSave={save}
      />
    </>
  );
}
