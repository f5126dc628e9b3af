import { PlusOutlined, QuestionCircleOutlined, SaveOutlined } from "@ant-design/icons";
import { Alert, Button, Empty, Flex, Input, Popover, Typography } from "antd";
import { useDeferredValue, useMemo } from "react";
import type { Revision } from "../../bindings/Revision";
import { RenderedPreview } from "../../doctext/RenderedPreview";
import { textProblems, unfilledIn } from "../../doctext/parse";
import { STATUS_LABELS } from "./docLabels";

export interface EditorState {
  revisionId: number;
  /** The text and note as last saved. */
  base: string;
  baseNote: string;
  content: string;
  note: string;
}

const FORMAT_HELP = (
  <div className="doc-format-help">
    <div>
      <code># 1 目的</code> 一级标题（<code>##</code> 二级，<code>###</code> 三级）
    </div>
    <div>连续的文字行组成一个段落，空行分段</div>
    <div>
      <code>- 条目</code> 无序列表；<code>1. 条目</code> 编号列表
    </div>
    <div>
      <code>| 列 | 列 |</code> 表格：第一行为表头，第二行为 <code>| --- | --- |</code>
    </div>
    <div>
      <code>{"{{企业名称}}"}</code> 占位符：发布前须替换为实际内容
    </div>
  </div>
);

interface EditorProps {
  editor: EditorState;
  version: string;
  onChange: (patch: Partial<Pick<EditorState, "content" | "note">>) => void;
  saving: boolean;
  onSave: () => void;
}

/** The draft: text on the left, the printed layout on the right. */
function DraftEditor({ editor, version, onChange, saving, onSave }: EditorProps) {
  const deferred = useDeferredValue(editor.content);
  const problems = useMemo(() => textProblems(deferred), [deferred]);
  const unfilled = useMemo(() => unfilledIn(deferred), [deferred]);
  const dirty = editor.content !== editor.base || editor.note !== editor.baseNote;

  return (
    <div className="doc-content-pane">
      <Flex align="center" gap={8} className="doc-editor-bar">
        <label htmlFor="revision-note" className="doc-note-label">
          修订说明
        </label>
        <Input
          id="revision-note"
          value={editor.note}
          onChange={(e) => onChange({ note: e.target.value })}
          placeholder="本版的修改内容，如 首次编制、修改 4.3 审批权限"
          maxLength={500}
          className="flex-fill"
          data-testid="revision-note"
        />
        <Button
          type="primary"
          icon={<SaveOutlined />}
          loading={saving}
          onClick={onSave}
          title="保存草稿（Ctrl+S）"
          data-testid="revision-save"
        >
          保存草稿
        </Button>
      </Flex>
      <div className="doc-split">
        <div className="doc-split-pane">
          <Flex align="center" justify="space-between" className="doc-pane-head">
            <span>
              {`正文 · ${version} 版草稿`}
              {dirty && (
                <Typography.Text type="warning" className="label-note">
                  有未保存的修改
                </Typography.Text>
              )}
            </span>
            <Popover title="正文格式" content={FORMAT_HELP} placement="bottomLeft">
              <Typography.Link className="doc-format-link">
                <QuestionCircleOutlined /> 格式说明
              </Typography.Link>
            </Popover>
          </Flex>
          <Input.TextArea
            value={editor.content}
            onChange={(e) => onChange({ content: e.target.value })}
            className="doc-editor"
            spellCheck={false}
            aria-label="正文"
            data-testid="revision-editor"
          />
        </div>
        <div className="doc-split-pane">
          <Flex align="center" justify="space-between" className="doc-pane-head">
            <span>预览</span>
            {unfilled.length > 0 ? (
              <Typography.Text type="warning">{`未填写的占位符 ${unfilled.length} 个`}</Typography.Text>
            ) : (
              <Typography.Text type="secondary">无未填写的占位符</Typography.Text>
            )}
          </Flex>
          <div className="doc-preview-scroll">
            <RenderedPreview text={editor.content} testId="revision-preview" />
          </div>
        </div>
      </div>
      {problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="card-alert"
          message="正文格式问题（不影响保存）"
          description={
            <ul className="alert-list doc-problems">
              {problems.slice(0, 20).map((p, i) => (
                <li key={i}>{`第 ${p.line} 行：${p.message}`}</li>
              ))}
              {problems.length > 20 && <li>{`…… 另有 ${problems.length - 20} 处`}</li>}
            </ul>
          }
        />
      )}
    </div>
  );
}

interface Props {
  /** The working revision, else the published one. */
  current: Revision | null;
  editor: EditorState | null;
  onEditorChange: (patch: Partial<Pick<EditorState, "content" | "note">>) => void;
  saving: boolean;
  onSave: () => void;
  /** Set when a new revision can be started (published, nothing in progress). */
  onNewRevision: (() => void) | null;
  creating: boolean;
}

/** 内容: the draft editor, or the read-only text of a revision in approval or published. */
export function ContentTab({ current, editor, onEditorChange, saving, onSave, onNewRevision, creating }: Props) {
  if (!current) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该文件没有版本" />;
  if (editor && current.status === "draft") {
    return (
      <DraftEditor editor={editor} version={current.version} onChange={onEditorChange} saving={saving} onSave={onSave} />
    );
  }
  const published = current.status === "published";
  return (
    <div className="doc-content-pane">
      <Alert
        type="info"
        showIcon
        className="form-card"
        message={
          published
            ? `${current.version} 版已发布（受控），已发布版本不可修改`
            : `${current.version} 版${STATUS_LABELS[current.status]}，不可修改；如需修改内容，请先点击下方“退回草稿”`
        }
        description={
          published ? "如需修改，请新建修订版：在新草稿中修改，重新审核、批准后发布，原版本随之作废。" : undefined
        }
        action={
          onNewRevision && (
            <Button
              type="primary"
              icon={<PlusOutlined />}
              loading={creating}
              onClick={onNewRevision}
              data-testid="revision-new"
            >
              新建修订版
            </Button>
          )
        }
      />
      <div className="doc-preview-scroll">
        {/* An issued revision prints as it was issued, never re-rendered. */}
        <RenderedPreview text={current.issued_text ?? current.content} testId="revision-preview" />
      </div>
    </div>
  );
}
