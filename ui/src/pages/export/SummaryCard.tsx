import { EditOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Collapse, Flex, Input, Popconfirm, Skeleton, Tag, Typography } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { SummarySection } from "../../bindings/SummarySection";
import { LoadError } from "../../components/LoadError";
import { asCoreError } from "../../errors";
import { useKeptState } from "../../hooks/useKeptState";
import { useRemote } from "../../hooks/useRemote";

/** 贯标工作总结, the package's second part: written from the records, editable
 *  section by section; an edited section is printed as the user wrote it. */
export function SummaryCard() {
  const sections = useRemote(api.summaryGet);
  return (
    <Card title="贯标工作总结" data-testid="summary-card">
      <Typography.Paragraph type="secondary">
        申报材料的第二部分，按项目中的记录自动生成。可以逐段修改：修改后导出时使用您的文字；之后记录再有变化，会在该段提示并给出按最新记录生成的内容供对照。
      </Typography.Paragraph>
      {sections.error && <LoadError error={sections.error} onRetry={sections.reload} />}
      {!sections.data && !sections.error && <Skeleton active paragraph={{ rows: 6 }} />}
      <Flex vertical gap={16}>
        {sections.data?.map((s) => (
          <SectionEditor key={s.title} section={s} />
        ))}
      </Flex>
    </Card>
  );
}

function paragraphs(text: string) {
  return text
    .split("\n")
    .filter((p) => p.trim() !== "")
    .map((p, i) => (
      <Typography.Paragraph key={i} className="summary-paragraph">
        {p}
      </Typography.Paragraph>
    ));
}

function SectionEditor({ section }: { section: SummarySection }) {
  const { message } = App.useApp();
  // The text being edited (null: not editing), kept across a visit to another page.
  const [draft, setDraft] = useKeptState<string | null>(`export.summary.${section.title}`, null);
  const [busy, setBusy] = useState<"save" | "reset" | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const shown = section.edited ?? section.generated;

  const act = async (what: "save" | "reset", f: () => Promise<unknown>, done: string) => {
    setBusy(what);
    setFailure(null);
    try {
      await f();
      setDraft(null);
      void message.success(done);
    } catch (e) {
      setFailure(asCoreError(e).message);
    } finally {
      setBusy(null);
    }
  };

  const testId = `summary-${section.title.slice(1, 2)}`;
  return (
    <div className="summary-section" data-testid={testId}>
      <Flex align="center" gap={8} wrap>
        <Typography.Text strong>{section.title}</Typography.Text>
        {section.edited !== null ? (
          <Tag color="blue" data-testid={`${testId}-edited`}>
            已修改
          </Tag>
        ) : (
          <Tag>按记录生成</Tag>
        )}
        <div className="toolbar-spacer" />
        {draft === null && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setDraft(shown)} data-testid={`${testId}-edit`}>
            修改
          </Button>
        )}
        {draft === null && section.edited !== null && (
          <Popconfirm
            title="恢复按记录自动生成的内容？"
            description="您修改的文字不再使用（变更记录中保留）。"
            okText="恢复"
            cancelText="取消"
            onConfirm={() => act("reset", () => api.summaryReset(section.title), "已恢复自动生成的内容")}
          >
            <Button size="small" loading={busy === "reset"} data-testid={`${testId}-reset`}>
              恢复自动生成
            </Button>
          </Popconfirm>
        )}
      </Flex>
      {section.records_changed && (
        <Alert
          type="warning"
          showIcon
          className="card-alert"
          message="修改之后记录已有变化：请对照按最新记录生成的内容，检查您的文字中的数字和日期"
          data-testid={`${testId}-changed`}
        />
      )}
      {draft === null ? (
        <div className="summary-text">{paragraphs(shown)}</div>
      ) : (
        <Flex vertical gap={8} className="summary-text">
          <Input.TextArea
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoSize={{ minRows: 4, maxRows: 16 }}
            status={failure ? "error" : undefined}
            aria-label={`${section.title}的内容`}
            data-testid={`${testId}-text`}
          />
          {failure && (
            <Typography.Text type="danger" data-testid={`${testId}-failure`}>
              {failure}
            </Typography.Text>
          )}
          <Typography.Text type="secondary">每段一行；空行不导出。</Typography.Text>
          <Flex gap={8}>
            <Button
              type="primary"
              loading={busy === "save"}
              onClick={() => void act("save", () => api.summarySave(section.title, draft), "已保存")}
              data-testid={`${testId}-save`}
            >
              保存
            </Button>
            <Button
              onClick={() => {
                setDraft(null);
                setFailure(null);
              }}
            >
              取消
            </Button>
          </Flex>
        </Flex>
      )}
      {(section.records_changed || draft !== null) && section.edited !== null && (
        <Collapse
          size="small"
          ghost
          items={[
            {
              key: "generated",
              label: "按最新记录生成的内容",
              children: paragraphs(section.generated),
            },
          ]}
        />
      )}
    </div>
  );
}
