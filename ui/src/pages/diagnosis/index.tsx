import { App, Card, Empty, Flex, Segmented, Skeleton } from "antd";
import { useEffect, useMemo, useRef, useState } from "react";
import * as api from "../../api";
import type { ClauseDiagnosis } from "../../bindings/ClauseDiagnosis";
import { useClauses } from "../../clauses";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { ProvisionalNotice } from "../../standard/ClauseNo";
import { useRemote } from "../../hooks/useRemote";
import { ALL_PEOPLE } from "../../people";
import { useProject } from "../../project/projectContext";
import { ActionsSection } from "./ActionsSection";
import { ClauseDetail } from "./ClauseDetail";
import { ClauseList } from "./ClauseList";
import { DiagnosisProgress } from "./DiagnosisProgress";
import { FILTER_LABELS, matchesFilter, type ResultFilter } from "./diagnosisLabels";
import { EvidenceSection } from "./EvidenceSection";
import "./diagnosis.css";

const PAGE_NAME = "诊断分析";
const FILTERS: ResultFilter[] = ["all", "unassessed", "conform", "partial", "nonconform", "not_applicable"];
const FILTER_OPTIONS = FILTERS.map((f) => ({
  value: f,
  label: <span data-testid={`diagnosis-filter-${f}`}>{FILTER_LABELS[f]}</span>,
}));

const loadDiagnosis = () => api.diagnosisGet();
const loadPeople = () => api.personList(ALL_PEOPLE);
const loadDepartments = () => api.departmentList(true);

/** 诊断分析: every leaf clause assessed against the enterprise's practice, with evidence and actions. */
export function DiagnosisPage() {
  const { setUnsavedChanges } = useProject();
  const { modal } = App.useApp();
  const library = useClauses();
  const overview = useRemote(loadDiagnosis);
  const people = useRemote(loadPeople);
  const departments = useRemote(loadDepartments);
  const [filter, setFilter] = useState<ResultFilter>("all");
  const [chosen, setChosen] = useState<string | undefined>();
  const [focusDetail, setFocusDetail] = useState(false);
  const [dirty, setDirty] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    setUnsavedChanges(PAGE_NAME, dirty);
  }, [dirty, setUnsavedChanges]);
  useEffect(() => () => setUnsavedChanges(PAGE_NAME, false), [setUnsavedChanges]);

  const data = overview.data;
  const clauses = useMemo(() => data?.clauses ?? [], [data]);
  // To begin with, the first clause still to assess (else the first); it stays selected once saved.
  const initial = (clauses.find((c) => c.result === null) ?? clauses[0])?.clause;
  if (chosen === undefined && initial !== undefined) setChosen(initial);
  const selected = chosen ?? initial;
  const item = clauses.find((c) => c.clause === selected);
  const shown = useMemo(() => clauses.filter((c) => matchesFilter(c.result, filter)), [clauses, filter]);

  // 下一条: the next clause after this one (in the standard's order) that the filter shows.
  const position = clauses.findIndex((c) => c.clause === selected);
  const next: ClauseDiagnosis | undefined = clauses.slice(position + 1).find((c) => matchesFilter(c.result, filter));

  const go = (clause: string) => {
    setChosen(clause);
    setFocusDetail(true);
    setDirty(false);
  };

  const select = (clause: string) => {
    if (clause === selected) return;
    if (!dirty) {
      go(clause);
      return;
    }
    modal.confirm({
      title: "放弃未保存的修改？",
      content: `条款 ${selected ?? ""} 的诊断有未保存的修改，切换条款后这些修改将丢失。`,
      okText: "放弃修改",
      okButtonProps: { danger: true },
      cancelText: "继续编辑",
      onOk: () => go(clause),
    });
  };

  const jumpToChapter = (chapter: string) => {
    const list = listRef.current;
    const head = list?.querySelector<HTMLElement>(`[data-chapter="${chapter}"]`);
    if (list && head) list.scrollTo({ top: head.offsetTop - list.offsetTop, behavior: "smooth" });
  };

  const error = overview.error ?? people.error ?? departments.error;
  const reloadAll = () => {
    overview.reload();
    people.reload();
    departments.reload();
  };

  return (
    <>
      <PageHeader
        title="诊断分析"
        description="逐条对照标准的末级条款，记录企业现状与差距，登记证据，并把整改措施列入实施计划。"
      />
      <ProvisionalNotice testId="diagnosis-provisional-notice" />
      {error && !overview.loading && <LoadError error={error} onRetry={reloadAll} />}
      {!data ? (
        !error && (
          <Card>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Card>
        )
      ) : (
        <>
          <DiagnosisProgress overview={data} onChapter={jumpToChapter} />
          <Flex align="center" gap={12} wrap className="toolbar">
            <Segmented<ResultFilter> options={FILTER_OPTIONS} value={filter} onChange={setFilter} />
          </Flex>
          <div className="diag-layout">
            <div className="diag-master">
              <ClauseList
                clauses={shown}
                chapters={data.chapters}
                selected={selected}
                onSelect={select}
                listRef={listRef}
              />
            </div>
            <div className="diag-detail">
              {item ? (
                <>
                  <ClauseDetail
                    key={item.clause}
                    item={item}
                    clause={library.byKey.get(item.clause)}
                    notice={library.notice}
                    dirty={dirty}
                    setDirty={setDirty}
                    hasNext={next !== undefined}
                    onNext={() => next && go(next.clause)}
                    autoFocus={focusDetail}
                  />
                  <EvidenceSection
                    key={`evidence-${item.clause}`}
                    clause={item.clause}
                    evidence={item.evidence}
                  />
                  <ActionsSection
                    key={`actions-${item.clause}`}
                    clause={item.clause}
                    clauseTitle={item.title}
                    clauseNumber={item.number}
                    actions={item.actions}
                    people={people.data ?? []}
                    departments={departments.data ?? []}
                  />
                </>
              ) : (
                <Card size="small">
                  <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有可诊断的条款" />
                </Card>
              )}
            </div>
          </div>
        </>
      )}
    </>
  );
}
