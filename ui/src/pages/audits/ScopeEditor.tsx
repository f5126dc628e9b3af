import { Alert, Button, Checkbox, Flex, Tag, Typography } from "antd";
import { Fragment, useMemo, type KeyboardEvent } from "react";
import type { AllocationRole } from "../../bindings/AllocationRole";
import type { Clause } from "../../bindings/Clause";
import type { Department } from "../../bindings/Department";
import { ROLE_LABELS } from "../documents/docLabels";
import { useClauses } from "../../clauses";
import { ClauseNo } from "../../standard/ClauseNo";
import { chapterOf } from "../../standard/clauseTable";
import { cellKey, uncovered } from "./auditPlan";

interface Props {
  departments: Department[];
  /** Applicable leaf clauses, in order. */
  clauses: Clause[];
  notApplicable: string[];
  /** The 职能分配表, by cell key. */
  allocation: Map<string, AllocationRole>;
  value: Set<string>;
  onChange: (next: Set<string>) => void;
  /** Back to the 职能分配表's cells. */
  onReset: () => void;
}

const SYMBOL: Record<AllocationRole, string> = { lead: "★", support: "○" };

/** 审核范围: applicable clauses × departments, a checkbox per cell, select-all per department (column) and clause (row). */
export function ScopeEditor({ departments, clauses, notApplicable, allocation, value, onChange, onReset }: Props) {
  const { byKey, label, marked } = useClauses();
  const coverage = useMemo(
    () =>
      uncovered(
        value,
        departments,
        clauses.map((c) => c.key),
      ),
    [value, departments, clauses],
  );

  const setMany = (keys: string[], on: boolean) => {
    const next = new Set(value);
    for (const k of keys) {
      if (on) next.add(k);
      else next.delete(k);
    }
    onChange(next);
  };
  const column = (d: Department) => clauses.map((c) => cellKey(d.id, c.key));
  const row = (c: Clause) => departments.map((d) => cellKey(d.id, c.key));
  const state = (keys: string[]) => {
    const n = keys.filter((k) => value.has(k)).length;
    return { checked: n > 0 && n === keys.length, indeterminate: n > 0 && n < keys.length };
  };

  // Arrow keys move between the cells' checkboxes (space ticks).
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    const cell = (e.target as HTMLElement).closest<HTMLElement>("[data-row]");
    if (!move || !cell) return;
    e.preventDefault();
    const r = Number(cell.dataset.row) + move[0];
    const c = Number(cell.dataset.col) + move[1];
    e.currentTarget.querySelector<HTMLElement>(`[data-row="${r}"][data-col="${c}"] input`)?.focus();
  };

  const ok = coverage.departments.length === 0 && coverage.clauses.length === 0;
  return (
    <>
      <Flex align="center" gap={12} wrap className="scope-toolbar">
        <Typography.Text type="secondary">
          默认取“职能分配表”中的分配（<b>★</b> 主责 <b>○</b> 配合）；勾选表头可整列（部门）或整行（条款）选择。
        </Typography.Text>
        <div className="toolbar-spacer" />
        <Button size="small" onClick={() => setMany(departments.flatMap(column), true)} data-testid="scope-all">
          全选
        </Button>
        <Button size="small" onClick={onReset} data-testid="scope-reset">
          恢复为职能分配表
        </Button>
      </Flex>
      <div className="scope-scroll" data-testid="scope-matrix">
        <table className="clause-matrix scope-table" onKeyDown={onKeyDown}>
          <thead>
            <tr>
              <th className="matrix-corner">条款 \ 部门</th>
              {departments.map((d) => (
                <th key={d.id} className="scope-dept" title={d.name}>
                  <Checkbox
                    {...state(column(d))}
                    onChange={(e) => setMany(column(d), e.target.checked)}
                    data-testid={`scope-dept-${d.id}`}
                  >
                    {d.name}
                  </Checkbox>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {clauses.map((c, r) => {
              const chapter = chapterOf(byKey, c.key);
              const chapterRow = r === 0 || chapterOf(byKey, clauses[r - 1].key) !== chapter;
              return (
                <Fragment key={c.key}>
                  {chapterRow && (
                    <tr className="matrix-chapter">
                      <th className="matrix-clause scope-clause">{`第 ${chapter?.number ?? ""} 章`}</th>
                      <td colSpan={departments.length} />
                    </tr>
                  )}
                  <tr>
                    <th scope="row" className="matrix-clause scope-clause" title={label(c.key)}>
                      <Checkbox
                        {...state(row(c))}
                        onChange={(e) => setMany(row(c), e.target.checked)}
                        data-testid={`scope-clause-${c.key}`}
                      >
                        <span className="matrix-number">
                          <ClauseNo k={c.key} />
                        </span>
                        {c.title}
                      </Checkbox>
                    </th>
                    {departments.map((d, col) => {
                      const k = cellKey(d.id, c.key);
                      const role = allocation.get(k);
                      return (
                        <td key={d.id} className="matrix-cell" data-row={r} data-col={col}>
                          <Checkbox
                            checked={value.has(k)}
                            onChange={(e) => setMany([k], e.target.checked)}
                            aria-label={`${c.number} ${d.name}`}
                            title={`${label(c.key)} · ${d.name}${role ? `（${ROLE_LABELS[role]}）` : ""}`}
                            data-testid={`scope-${d.id}-${c.key}`}
                          >
                            <span className="scope-role">{role ? SYMBOL[role] : ""}</span>
                          </Checkbox>
                        </td>
                      );
                    })}
                  </tr>
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <div data-testid="scope-coverage" className="scope-coverage">
        <Alert
          type={ok ? "success" : "warning"}
          showIcon
          message={
            ok
              ? `已覆盖全部 ${departments.length} 个部门、${clauses.length} 个适用条款（共 ${value.size} 项）`
              : `未覆盖：${[
                  coverage.departments.length ? `部门 ${coverage.departments.join("、")}` : "",
                  coverage.clauses.length ? `条款 ${coverage.clauses.length} 个` : "",
                ]
                  .filter(Boolean)
                  .join("；")}`
          }
          description={
            coverage.clauses.length > 0 && (
              <div className="scope-clauses">
                {coverage.clauses.map((n) => (
                  <Tag key={n} title={label(n)}>
                    <ClauseNo k={n} />
                  </Tag>
                ))}
              </div>
            )
          }
        />
      </div>
      {notApplicable.length > 0 && (
        <Typography.Paragraph type="secondary" className="scope-na">
          {`诊断为不适用的条款不列入：${notApplicable.map(marked).join("、")}`}
        </Typography.Paragraph>
      )}
    </>
  );
}
