import { Alert, Card, Empty, Skeleton } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { ProgramKind } from "../../bindings/ProgramKind";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { useRemote } from "../../hooks/useRemote";
import { ProgramActions } from "./ProgramActions";
import { ProgramEditor } from "./ProgramEditor";
import { fromTemplate } from "./programForm";
import "./program.css";

const loadProgram = () => api.programGet();

const KIND_LABELS: Record<ProgramKind, string> = {
  catalog: "内置计划（只读模板）",
  defined: "本项目自定义的计划",
  none: "不参加政府贯标计划（仅申请认证）",
};

/** 贯标计划: the project's program — a shipped profile followed as it is, one
 *  defined in the project file, or none — and where to change it. */
export function ProgramPage() {
  const { data, error, loading, reload } = useRemote(loadProgram);
  // An unsaved copy of a shipped profile, from “以此为模板新建”.
  const [draft, setDraft] = useState<ProgramProfile | null>(null);

  if (!data) {
    if (error && !loading) return <LoadError error={error} onRetry={reload} />;
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 10 }} />
      </Card>
    );
  }

  const shown = draft ?? (data.kind === "none" ? null : data.program);
  const description = draft
    ? `新建计划（以“${draft.name}”为模板），保存后成为本项目的贯标计划`
    : data.kind === "none"
      ? KIND_LABELS.none
      : `${data.program.name} · ${KIND_LABELS[data.kind]}`;

  return (
    <>
      <PageHeader
        title="贯标计划"
        description={<span data-testid="program-kind">{description}</span>}
        extra={
          <>
            <ProgramActions current={data} onTemplate={(t) => setDraft(fromTemplate(t))} onChanged={() => setDraft(null)} />
            <RecordHistoryButton entity="program" recordId={1} title="贯标计划" />
          </>
        }
      />
      {!draft && data.kind === "catalog" && (
        <Alert
          type="info"
          showIcon
          className="program-note"
          message="本项目按内置计划执行，内置计划不能修改"
          description="要改截止日期、阶段或补助等，请选择模板后点“以此为模板新建”，保存后成为本项目自己的计划，随项目文件保存。"
        />
      )}
      {shown ? (
        <ProgramEditor
          program={shown}
          readOnly={!draft && data.kind === "catalog"}
          draft={draft !== null}
          onSaved={() => setDraft(null)}
          onDiscard={() => setDraft(null)}
        />
      ) : (
        <Card data-testid="program-none">
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <>
                本项目不参加政府贯标计划，仅申请认证：没有阶段、截止日期和补助，验收方式只有第三方认证；
                运行期至少 3 个月，内部审核和管理评审各至少 1 次。
                <br />
                参加某年度的贯标计划时，请在上方选择模板后点“以此为模板新建”，或导入主管部门、辅导机构提供的计划文件。
              </>
            }
          />
        </Card>
      )}
    </>
  );
}
