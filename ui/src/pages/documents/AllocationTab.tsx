import { ThunderboltOutlined } from "@ant-design/icons";
import { App, Button, Card, Empty, Flex, Skeleton, Tag, Typography } from "antd";
import { Fragment, useRef, useState, type KeyboardEvent } from "react";
import * as api from "../../api";
import type { AllocationCell } from "../../bindings/AllocationCell";
import type { AllocationRole } from "../../bindings/AllocationRole";
import { useClauses } from "../../clauses";
import { LoadError } from "../../components/LoadError";
import { asCoreError } from "../../errors";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { ClauseNo } from "../../standard/ClauseNo";
import { chapterOf } from "../../standard/clauseTable";
import { ROLE_LABELS } from "./docLabels";

const loadAllocation = () => api.allocationGet();
const loadDepartments = () => api.departmentList(false);

type Role = AllocationRole | null;

const key = (departmentId: number, clause: string) => `${departmentId}|${clause}`;
const SYMBOL: Record<AllocationRole, string> = { lead: "★", support: "○" };

/** 空 → ★主责 → ○配合 → 空 */
function cycle(r: Role): Role {
  if (r === null) return "lead";
  if (r === "lead") return "support";
  return null;
}

function toMap(cells: AllocationCell[]): Map<string, AllocationRole> {
  return new Map(cells.map((c) => [key(c.department_id, c.clause), c.role]));
}

/** 职能分配表: leaf clauses × departments, each cell 空 / ★ 主责 / ○ 配合. */
export function AllocationTab() {
  const { message } = App.useApp();
  const showError = useShowError();
  const { leaves, byKey } = useClauses();
  const allocation = useRemote(loadAllocation);
  const departments = useRemote(loadDepartments);
  const [generating, setGenerating] = useState(false);
  // The cells as shown: the loaded ones, with clicks applied at once (and undone if refused).
  const [source, setSource] = useState<AllocationCell[] | undefined>();
  const [cells, setCells] = useState<Map<string, AllocationRole>>(new Map());
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  // Clicks not answered yet. Each answered click reloads the table (project-changed), and
  // that load may have read before the later clicks were written: the cells shown keep
  // the clicks until every one is answered and the last load is in.
  const [pending, setPending] = useState(0);

  if (allocation.data !== source && pending === 0 && !allocation.loading) {
    setSource(allocation.data);
    setCells(toMap(allocation.data ?? []));
  }

  const set = (departmentId: number, clause: string, role: Role) =>
    setCells((m) => {
      const next = new Map(m);
      if (role) next.set(key(departmentId, clause), role);
      else next.delete(key(departmentId, clause));
      return next;
    });

  const toggle = (departmentId: number, clause: string) => {
    const before = cells.get(key(departmentId, clause)) ?? null;
    const after = cycle(before);
    set(departmentId, clause, after);
    setPending((n) => n + 1);
    // One request at a time, in click order.
    queue.current = queue.current.then(() =>
      api
        .allocationSet(departmentId, clause, after)
        .catch((e: unknown) => {
          set(departmentId, clause, before);
          showError(e);
        })
        .finally(() => setPending((n) => n - 1)),
    );
  };

  const generate = async () => {
    if (generating) return;
    setGenerating(true);
    try {
      const n = await api.allocationDefault();
      if (n > 0) void message.success(`已按程序文件生成默认分配，共 ${n} 项`);
      else void message.info("没有可生成的分配：程序文件尚未指定归口部门，领导小组也未确定牵头部门");
    } catch (e) {
      const err = asCoreError(e);
      if (err.code === "conflict") void message.warning(err.message);
      else showError(err);
    } finally {
      setGenerating(false);
    }
  };

  // Arrow keys move between cells.
  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const move = moves[e.key];
    const target = e.target as HTMLElement;
    if (!move || target.dataset.row === undefined) return;
    e.preventDefault();
    const row = Number(target.dataset.row) + move[0];
    const col = Number(target.dataset.col) + move[1];
    e.currentTarget.querySelector<HTMLElement>(`[data-row="${row}"][data-col="${col}"]`)?.focus();
  };

  const depts = departments.data ?? [];
  const error = allocation.error ?? departments.error;
  const noLead = leaves.filter((c) => !depts.some((d) => cells.get(key(d.id, c.key)) === "lead"));
  const loaded = allocation.data !== undefined && departments.data !== undefined;

  const chapter = (k: string) => chapterOf(byKey, k);
  return (
    <>
      {error && (
        <LoadError
          error={error}
          onRetry={() => {
            allocation.reload();
            departments.reload();
          }}
        />
      )}
      <Flex align="center" gap={12} wrap className="toolbar">
        <span className="alloc-legend">
          <b>★</b> 主责 <b className="alloc-legend-gap">○</b> 配合
        </span>
        <Typography.Text type="secondary">点击单元格切换：空 → ★ 主责 → ○ 配合 → 空</Typography.Text>
        {loaded && depts.length > 0 && noLead.length > 0 && (
          <Tag color="orange" className="inline-tag" data-testid="allocation-no-lead">
            {`${noLead.length} 条未指定主责部门`}
          </Tag>
        )}
        <div className="toolbar-spacer" />
        <Button
          icon={<ThunderboltOutlined />}
          loading={generating}
          onClick={() => void generate()}
          data-testid="allocation-default"
        >
          按程序文件生成默认分配
        </Button>
      </Flex>
      <Card size="small" className="table-card">
        {!loaded ? (
          !error && <Skeleton active paragraph={{ rows: 8 }} className="alloc-skeleton" />
        ) : depts.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无部门，请先在“部门”中登记" className="alloc-empty" />
        ) : (
          <div className="alloc-scroll" data-testid="allocation-table">
            <table className="clause-matrix alloc-table" onKeyDown={onKeyDown}>
              <thead>
                <tr>
                  <th className="matrix-corner">条款</th>
                  {depts.map((d) => (
                    <th key={d.id} className="alloc-dept" title={d.name}>
                      {d.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {leaves.map((c, row) => {
                  const ch = chapter(c.key);
                  const chapterRow = row === 0 || chapter(leaves[row - 1].key) !== ch;
                  const missing = noLead.includes(c);
                  return (
                    <Fragment key={c.key}>
                      {chapterRow && (
                        <tr className="matrix-chapter">
                          <th className="matrix-clause alloc-clause">{`${ch?.number ?? ""} ${ch?.title ?? ""}`}</th>
                          <td colSpan={depts.length} />
                        </tr>
                      )}
                      <tr>
                        <th scope="row" className="matrix-clause alloc-clause">
                          <span className="matrix-number">
                            <ClauseNo k={c.key} />
                          </span>
                          <span title={c.title}>{c.title}</span>
                          {missing && <span className="alloc-missing" title="未指定主责部门" />}
                        </th>
                        {depts.map((d, col) => {
                          const role = cells.get(key(d.id, c.key)) ?? null;
                          const state = role ? ROLE_LABELS[role] : "未分配";
                          return (
                            <td key={d.id} className="matrix-cell">
                              <button
                                type="button"
                                className={role ? `alloc-button alloc-${role}` : "alloc-button"}
                                onClick={() => toggle(d.id, c.key)}
                                title={`${c.number} ${c.title} · ${d.name}：${state}（点击切换）`}
                                aria-label={`${c.number} ${d.name}：${state}`}
                                data-row={row}
                                data-col={col}
                                data-role={role ?? ""}
                                data-testid={`allocation-${d.id}-${c.key}`}
                              >
                                {role ? SYMBOL[role] : ""}
                              </button>
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
        )}
      </Card>
      <Typography.Paragraph type="secondary" className="table-note">
        职能分配表是知识产权手册的附录：每个条款应有一个主责部门，相关部门配合。修改即时保存。
      </Typography.Paragraph>
    </>
  );
}
