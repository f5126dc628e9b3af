import { Empty, Typography } from "antd";
import { useEffect, useRef, type KeyboardEvent, type RefObject } from "react";
import type { ChapterProgress } from "../../bindings/ChapterProgress";
import type { ClauseDiagnosis } from "../../bindings/ClauseDiagnosis";
import { ClauseNo } from "../../standard/ClauseNo";
import { ResultTag } from "./ResultTag";

interface Props {
  /** The clauses shown (already filtered), in order. */
  clauses: ClauseDiagnosis[];
  chapters: ChapterProgress[];
  selected: string | undefined;
  onSelect: (clause: string) => void;
  listRef: RefObject<HTMLDivElement>;
}

/** Leaf clauses grouped by chapter, each with its result; arrow keys move the selection. */
export function ClauseList({ clauses, chapters, selected, onSelect, listRef }: Props) {
  const focusSelected = useRef(false);

  // After a keyboard move, the newly selected row takes the focus (and scrolls into view).
  useEffect(() => {
    if (!focusSelected.current || !selected) return;
    focusSelected.current = false;
    const el = listRef.current?.querySelector<HTMLElement>(`[data-clause="${selected}"]`);
    el?.focus();
    el?.scrollIntoView({ block: "nearest" });
  }, [selected, listRef]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    e.preventDefault();
    const i = clauses.findIndex((c) => c.clause === selected);
    const next = e.key === "ArrowDown" ? clauses[i + 1] : clauses[i - 1];
    if (!next) return;
    focusSelected.current = true;
    onSelect(next.clause);
  };

  if (clauses.length === 0) {
    return (
      <div className="diag-list" ref={listRef}>
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有符合筛选条件的条款" className="diag-list-empty" />
      </div>
    );
  }

  // Roving focus: the selected row (or the first) is the one Tab reaches.
  const tabStop = clauses.some((c) => c.clause === selected) ? selected : clauses[0].clause;

  return (
    <div className="diag-list" ref={listRef} onKeyDown={onKeyDown} role="listbox" aria-label="条款" data-testid="diagnosis-list">
      {chapters.map((ch) => {
        const items = clauses.filter((c) => c.chapter === ch.chapter);
        if (items.length === 0) return null;
        return (
          <div key={ch.chapter} role="group" aria-label={ch.title}>
            <div className="diag-group" data-chapter={ch.chapter}>
              <span>{`${ch.number} ${ch.title}`}</span>
              <Typography.Text type="secondary" className="diag-group-count">
                {`${ch.assessed}/${ch.total}`}
              </Typography.Text>
            </div>
            {items.map((c) => (
              <div
                key={c.clause}
                role="option"
                aria-selected={c.clause === selected}
                tabIndex={c.clause === tabStop ? 0 : -1}
                className={c.clause === selected ? "diag-item diag-item-active" : "diag-item"}
                data-clause={c.clause}
                data-testid={`diagnosis-clause-${c.clause}`}
                onClick={() => onSelect(c.clause)}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    onSelect(c.clause);
                  }
                }}
              >
                <span className="diag-item-number">
                  <ClauseNo k={c.clause} />
                </span>
                <span className="diag-item-title" title={c.title}>
                  {c.title}
                </span>
                <ResultTag result={c.result} />
              </div>
            ))}
          </div>
        );
      })}
    </div>
  );
}
