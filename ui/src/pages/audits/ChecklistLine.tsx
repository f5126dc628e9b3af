import { Button, Flex, Input, Segmented, Tag, Typography } from "antd";
import type { TextAreaRef } from "antd/es/input/TextArea";
import { memo, useEffect, useRef, useState, type KeyboardEvent } from "react";
import * as api from "../../api";
import type { AuditEvidence } from "../../bindings/AuditEvidence";
import type { ChecklistItem } from "../../bindings/ChecklistItem";
import type { ChecklistJudgementInput } from "../../bindings/ChecklistJudgementInput";
import type { Judgement } from "../../bindings/Judgement";
import type { Nonconformity } from "../../bindings/Nonconformity";
import { asCoreError } from "../../errors";
import { useShowError } from "../../hooks/useShowError";
import { ClauseNo } from "../../standard/ClauseNo";
import { isNonconforming, JUDGEMENTS } from "./auditLabels";
import { AuditEvidenceList } from "./AuditEvidenceList";
import { sameEvidence } from "./auditEvidence";
import { getDraft, setDraft } from "./checklistDrafts";

interface Props {
  item: ChecklistItem;
  /** Where an unsaved edit of this line is kept (see checklistDrafts.ts). */
  draftKey: string;
  /** The nonconformity already raised for this line's department and clause, if any. */
  raised: Nonconformity | undefined;
  /** Files attached to this line (photos taken on site). */
  evidence: readonly AuditEvidence[];
  readOnly: boolean;
  /** This line's NC form is open beside the checklist. */
  raising: boolean;
  onRaise: (item: ChecklistItem) => void;
  /** ↑/↓ (or K/J) from this line; N for the next unjudged line. */
  onMove: (from: number, to: "previous" | "next" | "unjudged") => void;
  /** Tells the checklist where this line's element is (null: gone), for keyboard moves. */
  registerLine: (id: number, el: HTMLDivElement | null) => void;
}

const OPTIONS = JUDGEMENTS.map((j) => ({ value: j.value, label: j.label }));

type Values = ChecklistJudgementInput;

const valuesOf = (i: ChecklistItem): Values => ({ question: i.question, judgement: i.judgement, observed: i.observed });
const same = (a: Values, b: Values) =>
  a.question === b.question && a.judgement === b.judgement && a.observed === b.observed;

/** Whether a key pressed in `target` is typing (a text box keeps its keys). */
const typing = (target: EventTarget) =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== "radio");

/**
 * One checklist line: the question (editable), a judgement and what was seen.
 * A judgement is saved when it is chosen; the note and the question when they
 * lose focus, with Ctrl+Enter or 保存, and when the line leaves the screen.
 * Until saved, the edit is kept as a draft, so switching department, tab or
 * page loses nothing; a refusal shows under the line.
 */
function ChecklistLineView({ item, draftKey, raised, evidence, readOnly, raising, onRaise, onMove, registerLine }: Props) {
  const showError = useShowError();
  const [values, setValues] = useState<Values>(() => getDraft(draftKey) ?? valuesOf(item));
  const [editingQuestion, setEditingQuestion] = useState(() => {
    const draft = getDraft(draftKey);
    return draft !== undefined && draft.question !== item.question;
  });
  const [saving, setSaving] = useState(0);
  const [refusal, setRefusal] = useState<string | null>(null);
  const note = useRef<TextAreaRef>(null);
  const saved = valuesOf(item);
  const dirty = !same(values, saved);

  // What was saved changed (this line's save, or 本部门其余判为符合): a field
  // not edited here since follows it; one being edited keeps the edit.
  const previous = useRef(saved);
  useEffect(() => {
    const was = previous.current;
    previous.current = { question: item.question, judgement: item.judgement, observed: item.observed };
    setValues((v) => ({
      question: v.question === was.question ? item.question : v.question,
      judgement: v.judgement === was.judgement ? item.judgement : v.judgement,
      observed: v.observed === was.observed ? item.observed : v.observed,
    }));
  }, [item.question, item.judgement, item.observed]);

  // The draft store holds this line while it differs from what is saved.
  useEffect(() => {
    setDraft(draftKey, dirty ? values : null);
  }, [draftKey, dirty, values]);

  // The last values sent: a line leaving the screen does not send them twice.
  const sent = useRef<Values | null>(null);
  const save = async (v: Values, focusOnRefusal = false) => {
    if (readOnly) return;
    sent.current = v;
    setSaving((n) => n + 1);
    try {
      await api.checklistJudge(item.id, v);
      setRefusal(null);
      setEditingQuestion(false);
    } catch (e) {
      setRefusal(asCoreError(e).message);
      // A judgement refused for want of the fact: the note is where to write it.
      if (focusOnRefusal && isNonconforming(v.judgement) && !v.observed.trim()) note.current?.focus();
    } finally {
      setSaving((n) => n - 1);
    }
  };

  // Leaving the screen (another department, tab or page) saves what is unsaved;
  // if that is refused, the draft stays and the reason is shown.
  const latest = useRef({ values, dirty, readOnly });
  useEffect(() => {
    latest.current = { values, dirty, readOnly };
  }, [values, dirty, readOnly]);
  useEffect(
    () => () => {
      const { values: v, dirty: d, readOnly: ro } = latest.current;
      if (!d || ro || (sent.current && same(sent.current, v))) return;
      api.checklistJudge(item.id, v).then(
        () => setDraft(draftKey, null),
        (e: unknown) => showError(e),
      );
    },
    [item.id, draftKey, showError],
  );

  const judge = (judgement: Judgement) => {
    const v = { ...values, judgement };
    setValues(v);
    void save(v, true);
  };

  /** Saves an edit; leaving a field does not send again what was just refused. */
  const saveIfDirty = (leaving: boolean) => {
    if (!dirty || (leaving && sent.current && same(sent.current, values))) return;
    void save(values);
  };

  const onLineKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (typing(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
    const key = e.key.toLowerCase();
    if (key === "arrowdown" || key === "j") onMove(item.id, "next");
    else if (key === "arrowup" || key === "k") onMove(item.id, "previous");
    else if (key === "n") onMove(item.id, "unjudged");
    else if (key === "enter" && !readOnly && !(e.target instanceof HTMLButtonElement)) note.current?.focus();
    else if (/^[1-5]$/.test(key) && !readOnly) judge(OPTIONS[Number(key) - 1].value);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const className = ["checklist-line", dirty && "checklist-line-dirty", raising && "checklist-line-raising"]
    .filter(Boolean)
    .join(" ");

  return (
    <div
      className={className}
      data-testid={`checklist-line-${item.id}`}
      tabIndex={-1}
      ref={(el) => registerLine(item.id, el)}
      // Capture: ↑/↓ move between lines before the judgement control takes them.
      onKeyDownCapture={onLineKey}
    >
      <Flex gap={12} align="start">
        <span className="checklist-clause">
          <ClauseNo k={item.clause} />
        </span>
        <div className="checklist-question">
          {editingQuestion ? (
            <Input.TextArea
              value={values.question}
              onChange={(e) => setValues({ ...values, question: e.target.value })}
              onBlur={() => saveIfDirty(true)}
              autoSize={{ minRows: 2, maxRows: 6 }}
              data-testid={`checklist-question-${item.id}`}
            />
          ) : (
            <Typography.Paragraph className="card-hint">
              {values.question}
              {!readOnly && (
                <Typography.Link className="label-note" onClick={() => setEditingQuestion(true)}>
                  修改
                </Typography.Link>
              )}
            </Typography.Paragraph>
          )}
          <Flex gap={8} align="center" wrap>
            <Segmented<Judgement>
              size="small"
              options={OPTIONS.map((o, k) => ({
                ...o,
                title: `${o.label}（按 ${k + 1}）`,
                label: <span data-testid={`judge-${item.id}-${o.value}`}>{o.label}</span>,
              }))}
              // null, not undefined: undefined would make the control show its
              // first option (符合) as chosen, and clicking it would change nothing.
              value={values.judgement as Judgement}
              onChange={judge}
              disabled={readOnly}
              className={values.judgement ? undefined : "checklist-unjudged"}
            />
            {!values.judgement && <Tag data-testid={`checklist-unjudged-${item.id}`}>未判定</Tag>}
            {raised ? (
              <Tag color="red" data-testid={`checklist-nc-${item.id}`}>{`已开具 ${raised.number}`}</Tag>
            ) : (
              isNonconforming(item.judgement) &&
              !dirty &&
              !readOnly && (
                <Button
                  size="small"
                  danger
                  type={raising ? "primary" : "default"}
                  onClick={() => onRaise(item)}
                  data-testid={`checklist-raise-${item.id}`}
                >
                  开具不符合项
                </Button>
              )
            )}
            <AuditEvidenceList target={{ line: item.id }} evidence={evidence} readOnly={readOnly} />
            {dirty && !readOnly && (
              <Typography.Text type="warning" className="checklist-state" data-testid={`checklist-unsaved-${item.id}`}>
                {saving > 0 ? "保存中…" : "未保存"}
              </Typography.Text>
            )}
          </Flex>
          <Flex gap={8} align="start" className="table-note">
            <Input.TextArea
              ref={note}
              value={values.observed}
              onChange={(e) => setValues({ ...values, observed: e.target.value })}
              onBlur={() => saveIfDirty(true)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  saveIfDirty(false);
                } else if (e.key === "Escape") {
                  e.currentTarget.closest<HTMLElement>(".checklist-line")?.focus();
                }
              }}
              placeholder={
                isNonconforming(values.judgement) ? "判为不符合时须记录看到的事实" : "审核记录：查看了什么、看到了什么"
              }
              autoSize={{ minRows: 1, maxRows: 5 }}
              disabled={readOnly}
              status={refusal ? "error" : undefined}
              data-testid={`checklist-observed-${item.id}`}
            />
            <Button
              type={dirty ? "primary" : "default"}
              disabled={!dirty || readOnly}
              loading={saving > 0}
              onClick={() => saveIfDirty(false)}
              data-testid={`checklist-save-${item.id}`}
            >
              保存
            </Button>
          </Flex>
          {refusal && dirty && (
            <Typography.Text type="danger" className="checklist-refusal" data-testid={`checklist-refusal-${item.id}`}>
              {refusal}
            </Typography.Text>
          )}
        </div>
      </Flex>
    </div>
  );
}

/** Two answers for the same line say the same (each reload brings new objects). */
function sameItem(a: ChecklistItem, b: ChecklistItem): boolean {
  if (a === b) return true;
  const keys = Object.keys(a) as (keyof ChecklistItem)[];
  return keys.every((k) => a[k] === b[k]);
}

/** One checklist line, redrawn only when its own record, its NC or its props change:
 *  judging a line (and the reload after it) does not redraw the department's other lines. */
export const ChecklistLine = memo(
  ChecklistLineView,
  (a, b) =>
    sameItem(a.item, b.item) &&
    a.raised?.id === b.raised?.id &&
    a.raised?.number === b.raised?.number &&
    sameEvidence(a.evidence, b.evidence) &&
    a.draftKey === b.draftKey &&
    a.readOnly === b.readOnly &&
    a.raising === b.raising &&
    a.onRaise === b.onRaise &&
    a.onMove === b.onMove &&
    a.registerLine === b.registerLine,
);
