import { Button, Card, Empty, Flex, Popconfirm, Progress, Select, Typography } from "antd";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import * as api from "../../api";
import type { AuditEvidence } from "../../bindings/AuditEvidence";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import type { ChecklistItem } from "../../bindings/ChecklistItem";
import type { Nonconformity } from "../../bindings/Nonconformity";
import { useShowError } from "../../hooks/useShowError";
import { useProject } from "../../project/projectContext";
import type { AuditRow } from "./auditColumns";
import { ChecklistLine } from "./ChecklistLine";
import { draftKey, useDraftCount } from "./checklistDrafts";
import { NcRaisePanel, type RaiseDraft } from "./NcRaiseModal";
import { judgementGrade } from "./auditLabels";
import { useKeptState } from "../../hooks/useKeptState";

interface Props {
  audit: AuditRow;
  items: ChecklistItem[];
  loading: boolean;
  ncs: Nonconformity[];
  /** The audit's evidence (lines' and nonconformities'). */
  evidence: AuditEvidence[];
  auditors: AuditorStatus[];
}

const NONE: readonly AuditEvidence[] = [];

interface DepartmentProgress {
  id: number;
  name: string;
  total: number;
  judged: number;
}

/** What the auditor is raising: the line and the form's prefill. */
interface Raising {
  itemId: number;
  draft: RaiseDraft;
  session: number;
}

const PAGE_NAME = "检查表";

/**
 * The checklist of one department at a time. Lines are judged with the mouse
 * or the keyboard (↑/↓ between lines, 1–5 judges, N the next unjudged line);
 * a nonconforming line is raised as an NC in a panel beside the checklist.
 */
export function ChecklistTab({ audit, items, loading, ncs, evidence, auditors }: Props) {
  const showError = useShowError();
  const { project, setUnsavedChanges } = useProject();
  const departments = useMemo(() => {
    const seen = new Map<number, DepartmentProgress>();
    for (const i of items) {
      const d = seen.get(i.department_id) ?? { id: i.department_id, name: i.department_name, total: 0, judged: 0 };
      d.total += 1;
      if (i.judgement) d.judged += 1;
      seen.set(i.department_id, d);
    }
    return [...seen.values()];
  }, [items]);
  const [chosen, setChosen] = useKeptState<number | null>(`audits.${audit.id}.department`, null);
  const department = chosen ?? departments[0]?.id ?? null;
  const current = departments.find((d) => d.id === department);
  const lines = useMemo(() => items.filter((i) => i.department_id === department), [items, department]);
  const judged = items.filter((i) => i.judgement).length;
  const evidenceByLine = useMemo(() => {
    const m = new Map<number, AuditEvidence[]>();
    for (const e of evidence) {
      if (e.checklist_item_id === null) continue;
      const list = m.get(e.checklist_item_id) ?? [];
      list.push(e);
      m.set(e.checklist_item_id, list);
    }
    return m;
  }, [evidence]);
  const [raising, setRaising] = useState<Raising | null>(null);
  const [filling, setFilling] = useState(false);

  // Lines with unsaved edits count as the page's unsaved changes (switching project asks first).
  const drafts = useDraftCount(project.path);
  useEffect(() => {
    setUnsavedChanges(PAGE_NAME, drafts > 0);
  }, [drafts, setUnsavedChanges]);
  useEffect(() => () => setUnsavedChanges(PAGE_NAME, false), [setUnsavedChanges]);

  // Keyboard focus moves between lines; a line shown after a department switch is focused once rendered.
  const lineEls = useRef(new Map<number, HTMLDivElement>());
  const focusNext = useRef<number | null>(null);
  const focusLine = useCallback((id: number) => {
    const el = lineEls.current.get(id);
    if (!el) return false;
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: "nearest" });
    return true;
  }, []);
  useEffect(() => {
    if (focusNext.current !== null && focusLine(focusNext.current)) focusNext.current = null;
  }, [focusLine, lines]);

  /** The next unjudged line after `from` (this department first, then the next ones). */
  const nextUnjudged = (from: number | null) => {
    const order = [...items].sort((a, b) => {
      const da = departments.findIndex((d) => d.id === a.department_id);
      const db = departments.findIndex((d) => d.id === b.department_id);
      return da - db;
    });
    const start = from === null ? -1 : order.findIndex((i) => i.id === from);
    // From the current department's first line when nothing is focused.
    const base = from === null ? order.findIndex((i) => i.department_id === department) - 1 : start;
    for (let k = 1; k <= order.length; k++) {
      const i = order[(base + k + order.length) % order.length];
      if (!i.judgement) return i;
    }
    return undefined;
  };

  const goUnjudged = (from: number | null) => {
    const next = nextUnjudged(from);
    if (!next) return;
    if (next.department_id === department) {
      focusLine(next.id);
    } else {
      focusNext.current = next.id;
      setChosen(next.department_id);
    }
  };

  const onMove = (from: number, to: "previous" | "next" | "unjudged") => {
    if (to === "unjudged") return goUnjudged(from);
    const k = lines.findIndex((l) => l.id === from);
    const target = lines[to === "next" ? k + 1 : k - 1];
    if (target) focusLine(target.id);
  };

  const focusedLine = () => {
    const el = document.activeElement?.closest<HTMLElement>("[data-testid^=checklist-line-]");
    const id = el ? Number(el.dataset.testid?.replace("checklist-line-", "")) : NaN;
    return Number.isNaN(id) ? null : id;
  };

  const unjudgedHere = current ? current.total - current.judged : 0;
  const fillConform = async () => {
    if (department === null) return;
    setFilling(true);
    try {
      await api.checklistJudgeRest(audit.id, department);
    } catch (e) {
      showError(e);
    } finally {
      setFilling(false);
    }
  };

  const raise = (item: ChecklistItem) =>
    setRaising((r) => ({
      itemId: item.id,
      session: (r?.session ?? 0) + 1,
      draft: {
        department_id: item.department_id,
        clause: item.clause,
        fact: item.observed,
        grade: judgementGrade(item.judgement),
      },
    }));
  const closeRaise = () => setRaising(null);

  // The lines are memoised (ChecklistLine): what they are handed stays the same
  // function from render to render, and calls the current one.
  const latest = useRef({ onMove, raise });
  useEffect(() => {
    latest.current = { onMove, raise };
  });
  const stableMove = useCallback(
    (from: number, to: "previous" | "next" | "unjudged") => latest.current.onMove(from, to),
    [],
  );
  const stableRaise = useCallback((item: ChecklistItem) => latest.current.raise(item), []);
  const registerLine = useCallback((id: number, el: HTMLDivElement | null) => {
    if (el) lineEls.current.set(id, el);
    else lineEls.current.delete(id);
  }, []);

  return (
    <>
      <Flex align="center" gap={12} wrap className="toolbar checklist-toolbar">
        <Select
          value={department ?? undefined}
          onChange={setChosen}
          options={departments.map((d) => ({
            value: d.id,
            label: `${d.name}（${d.judged}/${d.total}${d.judged === d.total ? " ✓" : ""}）`,
          }))}
          placeholder="受审核部门"
          data-testid="checklist-department"
          virtual={false}
          style={{ width: 260 }}
        />
        {current && (
          <Flex align="center" gap={8} data-testid="checklist-department-progress">
            <Typography.Text type="secondary">{`本部门 ${current.judged} / ${current.total}`}</Typography.Text>
            <Progress
              percent={Math.round((current.judged / current.total) * 100)}
              size="small"
              style={{ width: 120, marginBottom: 0 }}
            />
          </Flex>
        )}
        <Typography.Text type="secondary" data-testid="checklist-total-progress">
          {`全部已判定 ${judged} / ${items.length} 条`}
        </Typography.Text>
        <Flex gap={8} className="flex-fill" justify="end" wrap>
          <Button
            onClick={() => goUnjudged(focusedLine())}
            disabled={judged === items.length}
            data-testid="checklist-next-unjudged"
          >
            下一条未判定
          </Button>
          {!audit.completed && (
            <Popconfirm
              title={`将“${current?.name ?? ""}”其余 ${unjudgedHere} 条判为“符合”？`}
              description="只判定尚未判定的条款；已判定的条款和已写的记录不变。"
              okText="判为符合"
              cancelText="取消"
              okButtonProps={{ ...({ "data-testid": "checklist-rest-conform-confirm" } as object) }}
              onConfirm={() => fillConform()}
              disabled={unjudgedHere === 0}
            >
              <Button disabled={unjudgedHere === 0} loading={filling} data-testid="checklist-rest-conform">
                本部门其余条款判为符合
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      {!audit.completed && (
        <Typography.Paragraph type="secondary" className="checklist-keys">
          键盘：↑ ↓ 切换条款 · 1 符合 2 严重不符合 3 一般不符合 4 观察项 5 不适用 · Enter 填写记录（Esc 返回）· N
          下一条未判定。判定即保存，记录离开输入框即保存。
        </Typography.Paragraph>
      )}
      <Flex gap={16} align="start">
        <Card size="small" className="table-card flex-fill checklist-card" loading={loading && items.length === 0}>
          {lines.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该审核没有检查表条目" />
          ) : (
            <div data-testid="checklist">
              {lines.map((item) => (
                <ChecklistLine
                  key={item.id}
                  item={item}
                  draftKey={draftKey(project.path, item.id)}
                  raised={ncs.find((n) => n.department_id === item.department_id && n.clause === item.clause)}
                  evidence={evidenceByLine.get(item.id) ?? NONE}
                  readOnly={audit.completed}
                  raising={raising?.itemId === item.id}
                  onRaise={stableRaise}
                  onMove={stableMove}
                  registerLine={registerLine}
                />
              ))}
            </div>
          )}
        </Card>
        {raising && (
          <div className="nc-raise-side">
            <NcRaisePanel
              key={raising.session}
              open
              audit={audit}
              checklist={items}
              draft={raising.draft}
              auditors={auditors}
              onClose={closeRaise}
              onSaved={closeRaise}
            />
          </div>
        )}
      </Flex>
    </>
  );
}
