import { ImportOutlined, PlusOutlined, SettingOutlined, ThunderboltOutlined } from "@ant-design/icons";
import { Alert, Button, Tabs } from "antd";
import { useProject } from "../../project/projectContext";
import { useEffect, useState } from "react";
import * as api from "../../api";
import { useShowError } from "../../hooks/useShowError";
import { pickDocxOpenPath } from "../../word/wordDialogs";
import { PageHeader } from "../../components/PageHeader";
import { ProvisionalNotice } from "../../standard/ClauseNo";
import { useArrival } from "../../navigation/navigationContext";
import { AllocationTab } from "./AllocationTab";
import { CoverageTab } from "./CoverageTab";
import { DocumentDrawer } from "./DocumentDrawer";
import { DocumentListTab } from "./DocumentListTab";
import { DocumentModal } from "./DocumentModal";
import { IssueTab } from "./IssueTab";
import { SettingsModal } from "./SettingsModal";
import { useDocumentRegister } from "./useDocumentRegister";
import { WordNewDocumentModal, type ReadWordFile } from "./WordNewDocumentModal";
import "./documents.css";
import { useKeptState } from "../../hooks/useKeptState";

type TabKey = "documents" | "coverage" | "allocation" | "issue";

const TAB_LABELS: Record<TabKey, string> = {
  documents: "文件清单",
  coverage: "覆盖矩阵",
  allocation: "职能分配表",
  issue: "体系发布",
};

/** 体系文件: the document register and each document's workflow, coverage, allocation and the system issue. */
export function DocumentsPage() {
  const readOnly = useProject().project.package !== null;
  const [tab, setTab] = useKeptState<TabKey>("documents.tab", "documents");
  const [settingsOpen, setSettingsOpen] = useState(false);
  const showError = useShowError();
  // 导入现有文件: the Word file read, shown in its modal until closed (kept while it animates out).
  const [wordFile, setWordFile] = useState<{ file: ReadWordFile; open: boolean; session: number } | null>(null);
  const [reading, setReading] = useState(false);
  const register = useDocumentRegister();
  const { documents, people, departments, newModal, drawer, openDocument } = register;
  const { arrival, done } = useArrival("documents");
  const documentList = documents.data;
  // Opened from the 概览 dashboard at one document: its drawer opens once the register is in.
  useEffect(() => {
    if (!arrival || !documentList) return;
    if (documentList.some((d) => d.id === arrival.recordId)) openDocument(arrival.recordId);
    done();
  }, [arrival, documentList, done, openDocument]);

  const importWord = async () => {
    const path = await pickDocxOpenPath("选择要导入的 Word 文件");
    if (!path) return;
    setReading(true);
    try {
      const imported = await api.documentImportRead(path);
      setWordFile((w) => ({ file: { path, imported }, open: true, session: (w?.session ?? 0) + 1 }));
    } finally {
      setReading(false);
    }
  };
  const closeWordFile = () => setWordFile((w) => w && { ...w, open: false });

  const render = (key: TabKey) => {
    // Each of the other tabs loads afresh when shown, so what changed elsewhere is seen at once.
    if (key !== tab) return null;
    switch (key) {
      case "documents":
        return <DocumentListTab register={register} readOnly={readOnly} />;
      case "coverage":
        return <CoverageTab />;
      case "allocation":
        return <AllocationTab />;
      case "issue":
        return <IssueTab />;
    }
  };

  return (
    <>
      <PageHeader
        title="体系文件"
        description="方针目标、手册、程序文件和记录表单的编制、审批、发布与发放；条款覆盖、职能分配和体系发布。"
        extra={
          // In an internal-audit work package the documents are for reading (the core refuses writes).
          tab === "documents" &&
          !readOnly && (
            <>
              <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)} data-testid="document-settings">
                编号与方针
              </Button>
              <Button
                icon={<ThunderboltOutlined />}
                loading={register.generating}
                onClick={() => void register.generate()}
                data-testid="documents-generate"
              >
                按模板生成整套文件
              </Button>
              <Button
                icon={<ImportOutlined />}
                loading={reading}
                onClick={() => void importWord().catch(showError)}
                title="导入企业已有的 Word 文件（.docx，如原辅导机构编写的文件），登记为新文件，正文为草稿"
                data-testid="document-import-word"
              >
                导入现有文件
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={register.addDocument} data-testid="document-add">
                新增文件
              </Button>
            </>
          )
        }
      />
      {readOnly && (
        <Alert
          type="info"
          showIcon
          className="card-alert"
          message="内审工作包中的体系文件只供查阅：修改、审批和发放在项目文件中进行"
          data-testid="documents-read-only"
        />
      )}
      <ProvisionalNotice testId="documents-provisional-notice" />
      <Tabs
        activeKey={tab}
        onChange={(key) => setTab(key as TabKey)}
        className="page-tabs"
        items={(Object.keys(TAB_LABELS) as TabKey[]).map((key) => ({
          key,
          label: <span data-testid={`tab-${key}`}>{TAB_LABELS[key]}</span>,
          children: render(key),
        }))}
      />
      <DocumentModal
        key={`new-${newModal.session}`}
        open={newModal.open}
        departments={departments.data ?? []}
        onClose={newModal.close}
        onCreated={(d) => {
          newModal.close();
          openDocument(d.id);
        }}
      />
      {wordFile && (
        <WordNewDocumentModal
          key={`word-${wordFile.session}`}
          open={wordFile.open}
          file={wordFile.file}
          departments={departments.data ?? []}
          onClose={closeWordFile}
          onCreated={(d) => {
            closeWordFile();
            openDocument(d.id);
          }}
        />
      )}
      {drawer.editing !== null && (
        <DocumentDrawer
          key={`drawer-${drawer.session}`}
          open={drawer.open}
          documentId={drawer.editing}
          people={people.data ?? []}
          departments={departments.data ?? []}
          readOnly={readOnly}
          onClose={drawer.close}
        />
      )}
      <SettingsModal open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </>
  );
}
