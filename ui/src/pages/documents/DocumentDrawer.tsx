import { Alert, App, Drawer, Flex, Skeleton, Tabs, Tag, Typography } from "antd";
import { useCallback, useEffect, useState } from "react";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Person } from "../../bindings/Person";
import type { Revision } from "../../bindings/Revision";
import { LoadError } from "../../components/LoadError";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { useRemote } from "../../hooks/useRemote";
import { useSaveShortcut } from "../../hooks/useSaveShortcut";
import { useShowError } from "../../hooks/useShowError";
import { useProject } from "../../project/projectContext";
import { ApprovalTab } from "./ApprovalTab";
import { ContentTab, type EditorState } from "./ContentTab";
import { DistributionTab } from "./DistributionTab";
import { DOC_TYPE_LABELS, SECRECY_LABELS } from "./docLabels";
import { HistoryTab } from "./HistoryTab";
import { PropertiesTab } from "./PropertiesTab";
import { RevisionStatusTag } from "./RevisionStatusTag";
import { WordActions } from "./WordActions";
import { WorkflowBar } from "./WorkflowBar";

const PAGE_NAME = "体系文件";

interface Props {
  open: boolean;
  documentId: number;
  people: Person[];
  departments: Department[];
  /** In a work package documents are to read: no editing, no workflow, no distribution. */
  readOnly: boolean;
  onClose: () => void;
}

function editorFor(r: Revision): EditorState {
  return { revisionId: r.id, base: r.content, baseNote: r.change_note, content: r.content, note: r.change_note };
}

/** One document: its text, approval workflow, history, register entry and distribution. */
export function DocumentDrawer({ open, documentId, people, departments, readOnly, onClose }: Props) {
  const { modal, message } = App.useApp();
  const { setUnsavedChanges } = useProject();
  const showError = useShowError();
  const loadDocument = useCallback(() => api.documentGet(documentId), [documentId]);
  const loadRevisions = useCallback(() => api.revisionList(documentId), [documentId]);
  const loadDistributions = useCallback(() => api.distributionList(documentId), [documentId]);
  const doc = useRemote(loadDocument);
  const revisions = useRemote(loadRevisions);
  const distributions = useRemote(loadDistributions);
  const [tab, setTab] = useState("content");
  const [editor, setEditor] = useState<EditorState | null>(null);
  const [savingDraft, setSavingDraft] = useState(false);
  const [creating, setCreating] = useState(false);
  const [propsDirty, setPropsDirty] = useState(false);
  const [warnings, setWarnings] = useState<string[]>([]);

  const d = doc.data;
  const working = d?.working ?? null;
  const published = d?.published ?? null;
  const current = working ?? published;

  // The editor follows the working draft: set up when one appears, dropped once it goes to review.
  if (!readOnly && working?.status === "draft") {
    if (editor?.revisionId !== working.id) setEditor(editorFor(working));
  } else if (d && editor) {
    setEditor(null);
  }

  const draftDirty = editor !== null && (editor.content !== editor.base || editor.note !== editor.baseNote);
  const dirty = draftDirty || propsDirty;

  // Once closed (the changes discarded), the drawer has nothing unsaved.
  const unsaved = open && dirty;
  useEffect(() => {
    setUnsavedChanges(PAGE_NAME, unsaved);
  }, [unsaved, setUnsavedChanges]);
  useEffect(() => () => setUnsavedChanges(PAGE_NAME, false), [setUnsavedChanges]);

  const retry = () => {
    doc.reload();
    revisions.reload();
    distributions.reload();
  };

  /** Saves the draft's text when it has unsaved changes; `false` when that failed. */
  const saveDraft = async (force: boolean): Promise<boolean> => {
    if (!editor || savingDraft) return !editor;
    if (!force && !draftDirty) return true;
    setSavingDraft(true);
    try {
      const saved = await api.revisionEdit(editor.revisionId, {
        content: editor.content,
        change_note: editor.note.trim(),
      });
      setEditor((e) =>
        e && e.revisionId === saved.id ? { ...e, base: saved.content, baseNote: saved.change_note } : e,
      );
      void message.success("已保存草稿");
      return true;
    } catch (e) {
      showError(e);
      return false;
    } finally {
      setSavingDraft(false);
    }
  };

  useSaveShortcut(open && editor !== null && tab === "content", () => void saveDraft(true));

  const newRevision = async () => {
    if (!d || creating) return;
    setCreating(true);
    try {
      const r = await api.revisionNew(d.id, published?.drafted_by ?? null);
      void message.success(`已新建 ${r.version} 版`);
    } catch (e) {
      showError(e);
    } finally {
      setCreating(false);
    }
  };

  const close = () => {
    if (!dirty) {
      onClose();
      return;
    }
    modal.confirm({
      title: "放弃未保存的修改？",
      content: draftDirty ? "文件正文有未保存的修改，关闭后这些修改将丢失。" : "文件属性有未保存的修改，关闭后这些修改将丢失。",
      okText: "放弃修改",
      okButtonProps: { danger: true },
      cancelText: "继续编辑",
      onOk: onClose,
    });
  };

  const tabs = d
    ? [
        {
          key: "content",
          label: <span data-testid="doc-tab-content">内容</span>,
          children: (
            <ContentTab
              current={current}
              editor={editor}
              onEditorChange={(patch) => setEditor((e) => (e ? { ...e, ...patch } : e))}
              saving={savingDraft}
              onSave={() => void saveDraft(true)}
              onNewRevision={!readOnly && !working && published ? () => void newRevision() : null}
              creating={creating}
            />
          ),
        },
        {
          key: "approval",
          label: <span data-testid="doc-tab-approval">审批</span>,
          children: (
            <ApprovalTab revision={current} warnings={warnings} onDismissWarnings={() => setWarnings([])} />
          ),
        },
        {
          key: "history",
          label: <span data-testid="doc-tab-history">版本历史</span>,
          children: <HistoryTab revisions={revisions.data ?? []} loading={revisions.loading} />,
        },
        {
          key: "properties",
          label: (
            <span data-testid="doc-tab-properties">
              属性
              {propsDirty && <span className="doc-tab-dirty">*</span>}
            </span>
          ),
          children: (
            <PropertiesTab
              document={d}
              departments={departments}
              dirty={propsDirty}
              setDirty={setPropsDirty}
              readOnly={readOnly}
            />
          ),
        },
        {
          key: "distribution",
          label: <span data-testid="doc-tab-distribution">发放回收</span>,
          children: (
            <DistributionTab
              published={published}
              distributions={distributions.data ?? []}
              loading={distributions.loading}
              people={people}
              departments={departments}
              readOnly={readOnly}
            />
          ),
        },
      ]
    : [];

  return (
    <Drawer
      open={open}
      onClose={close}
      // Never wider than the window: at 1280 px and below the preview stays in view.
      width="min(1100px, calc(100vw - 40px))"
      destroyOnHidden
      footer={
        current &&
        !readOnly && (
          <WorkflowBar
            revision={current}
            people={people}
            saveDraft={() => saveDraft(false)}
            onWarnings={setWarnings}
          />
        )
      }
      keyboard
      className="doc-drawer"
      rootClassName="doc-drawer-root"
      // A focusable frame around the whole panel: Escape sent to it closes the drawer.
      drawerRender={(panel) => (
        <div data-testid="document-drawer" tabIndex={-1} className="doc-drawer-frame">
          {panel}
        </div>
      )}
      title={
        d ? (
          <Flex align="center" gap={8} className="doc-drawer-title">
            <span className="doc-code">{d.code}</span>
            <Typography.Text strong ellipsis={{ tooltip: d.title }} className="doc-drawer-name">
              {d.title}
            </Typography.Text>
            <Tag className="inline-tag">{DOC_TYPE_LABELS[d.doc_type]}</Tag>
            <Tag className="inline-tag">{`密级：${SECRECY_LABELS[d.secrecy]}`}</Tag>
          </Flex>
        ) : (
          "文件"
        )
      }
      extra={
        current && (
          <Flex align="center" gap={8} wrap justify="flex-end" className="doc-drawer-extra">
            {working && published && (
              <Typography.Text type="secondary">{`现行 ${published.version} 版 · 修订中`}</Typography.Text>
            )}
            <Typography.Text>{`${current.version} 版`}</Typography.Text>
            <RevisionStatusTag status={current.status} testId="revision-status" />
            {d && !readOnly && (
              <WordActions
                document={d}
                saveDraft={() => saveDraft(false)}
                onImported={(r) => {
                  // A draft whose text the import replaced keeps its id: the editor takes the new text.
                  if (editor?.revisionId === r.id) setEditor(editorFor(r));
                  doc.reload();
                  revisions.reload();
                }}
              />
            )}
            {d && <RecordHistoryButton entity="document" recordId={d.id} title={`${d.code} ${d.title}`} />}
          </Flex>
        )
      }
    >
      {doc.error && !doc.loading && <LoadError error={doc.error} onRetry={retry} />}
      {!d ? (
        !doc.error && <Skeleton active paragraph={{ rows: 12 }} />
      ) : (
        <>
          {working && working.unfilled.length > 0 && (
            <Alert
              type="warning"
              showIcon
              className="doc-unfilled"
              data-testid="revision-unfilled"
              message={
                <Flex align="center" gap={4} wrap>
                  <span>{`${working.version} 版有 ${working.unfilled.length} 个未填写的占位符，填写完成前不能发布：`}</span>
                  {working.unfilled.map((n) => (
                    <Tag key={n} color="warning" className="inline-tag">{`{{${n}}}`}</Tag>
                  ))}
                </Flex>
              }
            />
          )}
          <Tabs activeKey={tab} onChange={setTab} items={tabs} className="doc-tabs" />
        </>
      )}
    </Drawer>
  );
}
