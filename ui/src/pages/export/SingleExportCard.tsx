import { FileExcelOutlined, FilePdfOutlined, FileWordOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Select, Typography } from "antd";
import { useCallback, useState } from "react";
import * as api from "../../api";
import { sizeLabel } from "../../fileSize";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { pickDocxSavePath } from "../../word/wordDialogs";
import { documentFileName } from "../../word/wordFiles";
import { pickFolder, pickPdfPath } from "./exportDialogs";

type Busy = "doc-pdf" | "doc-docx" | "compilation-pdf" | "compilation-docx" | "registers-docx" | "registers-xlsx" | null;

/** One document, the 体系文件汇编 (all published documents) and the three registers, as PDF or Word. */
export function SingleExportCard() {
  const { message } = App.useApp();
  const showError = useShowError();
  const docs = useRemote(useCallback(() => api.documentList(), []));
  const [docId, setDocId] = useState<number>();
  const [busy, setBusy] = useState<Busy>(null);

  /** Asks where with `pick`, writes with `write`, says where it went. */
  const exportTo = async (
    which: Exclude<Busy, null>,
    pick: () => Promise<string | null>,
    write: (path: string) => Promise<number>,
  ) => {
    const path = await pick();
    if (!path) return;
    setBusy(which);
    try {
      const size = await write(path);
      void message.success(`已导出 ${path}（${sizeLabel(size)}）`);
    } finally {
      setBusy(null);
    }
  };

  const exportRegisters = async (format: "docx" | "xlsx") => {
    const dir = await pickFolder();
    if (!dir) return;
    setBusy(`registers-${format}`);
    try {
      const paths = format === "docx" ? await api.registersExportDocx(dir) : await api.registersExportXlsx(dir);
      void message.success(`已导出 ${paths.length} 份登记表到 ${dir}`);
    } finally {
      setBusy(null);
    }
  };

  const run = (p: Promise<void>) => void p.catch(showError);
  const doc = docs.data?.find((d) => d.id === docId);
  return (
    <Card title="单份文件、文件汇编与登记表">
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
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
            data-testid="export-document-select"
          />
          <Button
            icon={<FilePdfOutlined />}
            disabled={!doc || busy !== null}
            loading={busy === "doc-pdf"}
            onClick={() =>
              doc &&
              run(
                exportTo(
                  "doc-pdf",
                  () => pickPdfPath(documentFileName(doc.code, doc.title, "pdf")),
                  (p) => api.exportDocumentPdf(doc.id, p),
                ),
              )
            }
            data-testid="export-document-pdf"
          >
            导出 PDF
          </Button>
          <Button
            icon={<FileWordOutlined />}
            disabled={!doc || busy !== null}
            loading={busy === "doc-docx"}
            onClick={() =>
              doc &&
              run(
                exportTo(
                  "doc-docx",
                  () => pickDocxSavePath(documentFileName(doc.code, doc.title, "docx")),
                  (p) => api.documentExportDocx(doc.id, p),
                ),
              )
            }
            data-testid="export-document-docx"
          >
            导出 Word
          </Button>
        </Flex>
        <Flex gap={8} wrap align="center">
          <Typography.Text className="export-row-label">体系文件汇编</Typography.Text>
          <Button
            icon={<FilePdfOutlined />}
            disabled={busy !== null}
            loading={busy === "compilation-pdf"}
            onClick={() =>
              run(exportTo("compilation-pdf", () => pickPdfPath("体系文件汇编.pdf"), (p) => api.exportCompilation(p)))
            }
            data-testid="export-compilation-pdf"
          >
            导出 PDF
          </Button>
          <Button
            icon={<FileWordOutlined />}
            disabled={busy !== null}
            loading={busy === "compilation-docx"}
            onClick={() =>
              run(
                exportTo(
                  "compilation-docx",
                  () => pickDocxSavePath("体系文件汇编.docx"),
                  (p) => api.compilationExportDocx(p),
                ),
              )
            }
            data-testid="export-compilation-docx"
          >
            导出 Word
          </Button>
        </Flex>
        <Flex gap={8} wrap align="center">
          <Typography.Text className="export-row-label">三份登记表</Typography.Text>
          <Button
            icon={<FileWordOutlined />}
            disabled={busy !== null}
            loading={busy === "registers-docx"}
            onClick={() => run(exportRegisters("docx"))}
            data-testid="export-registers-docx"
          >
            导出 Word（选择文件夹）
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            disabled={busy !== null}
            loading={busy === "registers-xlsx"}
            onClick={() => run(exportRegisters("xlsx"))}
            data-testid="export-registers-xlsx"
          >
            导出 Excel（选择文件夹）
          </Button>
          <Typography.Text type="secondary">
            人员及角色登记表、培训登记表、不符合项及纠正措施登记表，各一个 .docx 或 .xlsx；PDF 版在申报材料包中
          </Typography.Text>
        </Flex>
      </Flex>
    </Card>
  );
}
