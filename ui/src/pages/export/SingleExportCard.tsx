import { App, Button, Card, Flex, Select } from "antd";
import { useCallback, useState } from "react";
import * as api from "../../api";
import { sizeLabel } from "../../fileSize";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { pickPdfPath } from "./exportDialogs";

/** One document as a PDF, or all published documents as the 体系文件汇编. */
export function SingleExportCard() {
  const { message } = App.useApp();
  const showError = useShowError();
  const docs = useRemote(useCallback(() => api.documentList(), []));
  const [docId, setDocId] = useState<number>();
  const [busy, setBusy] = useState(false);

  const exportTo = async (name: string, write: (path: string) => Promise<number>) => {
    const path = await pickPdfPath(name);
    if (!path) return;
    setBusy(true);
    try {
      const size = await write(path);
      void message.success(`已导出 ${path}（${sizeLabel(size)}）`);
    } finally {
      setBusy(false);
    }
  };

  const doc = docs.data?.find((d) => d.id === docId);
  return (
    <Card title="单份文件与文件汇编">
      <Flex gap={8} wrap>
        <Select
          showSearch
          optionFilterProp="label"
          style={{ minWidth: 320 }}
          placeholder="选择一份体系文件"
          value={docId}
          onChange={setDocId}
          loading={docs.loading}
          options={(docs.data ?? [])
            .filter((d) => !d.archived)
            .map((d) => ({ value: d.id, label: `${d.code} ${d.title}` }))}
        />
        <Button
          disabled={!doc || busy}
          onClick={() =>
            doc &&
            void exportTo(`${doc.code} ${doc.title}.pdf`, (p) => api.exportDocumentPdf(doc.id, p)).catch(
              showError,
            )
          }
        >
          导出 PDF
        </Button>
        <Button
          disabled={busy}
          onClick={() => void exportTo("体系文件汇编.pdf", (p) => api.exportCompilation(p)).catch(showError)}
        >
          导出体系文件汇编
        </Button>
      </Flex>
    </Card>
  );
}
