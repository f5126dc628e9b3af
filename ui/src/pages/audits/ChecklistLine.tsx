import { Button, Flex, Input, Segmented, Tag, Typography } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { ChecklistItem } from "../../bindings/ChecklistItem";
import type { Judgement } from "../../bindings/Judgement";
import type { Nonconformity } from "../../bindings/Nonconformity";
import { useShowError } from "../../hooks/useShowError";
import { ClauseNo } from "../../standard/ClauseNo";
import { isNonconforming, JUDGEMENTS } from "./auditLabels";

interface Props {
  item: ChecklistItem;
  /** The nonconformity already raised for this line's department and clause, if any. */
  raised: Nonconformity | undefined;
  readOnly: boolean;
  onRaise: (item: ChecklistItem) => void;
}

const OPTIONS = JUDGEMENTS.map((j) => ({ value: j.value, label: j.label }));

/** One checklist line: the question (editable), a judgement and what was seen; saved with 保存 or Ctrl+Enter. */
export function ChecklistLine({ item, raised, readOnly, onRaise }: Props) {
  const showError = useShowError();
  const [question, setQuestion] = useState(item.question);
  const [judgement, setJudgement] = useState<Judgement | null>(item.judgement);
  const [observed, setObserved] = useState(item.observed);
  const [editingQuestion, setEditingQuestion] = useState(false);
  const [saving, setSaving] = useState(false);
  const dirty = question !== item.question || judgement !== item.judgement || observed !== item.observed;

  const save = async () => {
    if (!dirty || saving) return;
    setSaving(true);
    try {
      await api.checklistJudge(item.id, { question, judgement, observed });
      setEditingQuestion(false);
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={dirty ? "checklist-line checklist-line-dirty" : "checklist-line"} data-testid={`checklist-line-${item.id}`}>
      <Flex gap={12} align="start">
        <span className="checklist-clause">
          <ClauseNo k={item.clause} />
        </span>
        <div className="checklist-question">
          {editingQuestion ? (
            <Input.TextArea
              value={question}
              onChange={(e) => setQuestion(e.target.value)}
              autoSize={{ minRows: 2, maxRows: 6 }}
              data-testid={`checklist-question-${item.id}`}
            />
          ) : (
            <Typography.Paragraph className="card-hint">
              {question}
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
              options={OPTIONS.map((o) => ({
                ...o,
                label: <span data-testid={`judge-${item.id}-${o.value}`}>{o.label}</span>,
              }))}
              value={judgement ?? undefined}
              onChange={setJudgement}
              disabled={readOnly}
            />
            {!judgement && <Tag>未判定</Tag>}
            {raised ? (
              <Tag color="red" data-testid={`checklist-nc-${item.id}`}>{`已开具 ${raised.number}`}</Tag>
            ) : (
              isNonconforming(item.judgement) &&
              !dirty &&
              !readOnly && (
                <Button size="small" danger onClick={() => onRaise(item)} data-testid={`checklist-raise-${item.id}`}>
                  开具不符合项
                </Button>
              )
            )}
          </Flex>
          <Flex gap={8} align="start" className="table-note">
            <Input.TextArea
              value={observed}
              onChange={(e) => setObserved(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void save();
                }
              }}
              placeholder={isNonconforming(judgement) ? "判为不符合时须记录看到的事实" : "审核记录：查看了什么、看到了什么"}
              autoSize={{ minRows: 1, maxRows: 5 }}
              disabled={readOnly}
              data-testid={`checklist-observed-${item.id}`}
            />
            <Button
              type={dirty ? "primary" : "default"}
              disabled={!dirty || readOnly}
              loading={saving}
              onClick={() => void save()}
              data-testid={`checklist-save-${item.id}`}
            >
              保存
            </Button>
          </Flex>
        </div>
      </Flex>
    </div>
  );
}
