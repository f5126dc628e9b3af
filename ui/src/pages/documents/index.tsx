import { PlusOutlined, SettingOutlined, ThunderboltOutlined } from "@ant-design/icons";
import { Button, Tabs } from "antd";
import { useEffect, useState } from "react";
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
import "./documents.css";

type TabKey = "documents" | "coverage" | "allocation" | "issue";

const TAB_LABELS: Record<TabKey, string> = {
  documents: "文件清单",
  coverage: "覆盖矩阵",
  allocation: "职能分配表",
  issue: "体系发布",
};

/** 体系文件: the document register and each document's workflow, coverage, allocation and the system issue. */
export function DocumentsPage() {
  const [tab, setTab] = useState<TabKey>("documents");
  const [settingsOpen, setSettingsOpen] = useState(false);
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

  const render = (key: TabKey) => {
    // Each of the other tabs loads afresh when shown, so what changed elsewhere is seen at once.
    if (key !== tab) return null;
    switch (key) {
      case "documents":
        return <DocumentListTab register={register} />;
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
          tab === "documents" && (
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
              <Button type="primary" icon={<PlusOutlined />} onClick={register.addDocument} data-testid="document-add">
                新增文件
              </Button>
            </>
          )
        }
      />
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
      {drawer.editing !== null && (
        <DocumentDrawer
          key={`drawer-${drawer.session}`}
          open={drawer.open}
          documentId={drawer.editing}
          people={people.data ?? []}
          departments={departments.data ?? []}
          onClose={drawer.close}
        />
      )}
      <SettingsModal open={settingsOpen} onClose={() => setSettingsOpen(false)} />
    </>
  );
}
