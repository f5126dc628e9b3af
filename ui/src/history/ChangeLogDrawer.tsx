import { Drawer, Input, Select, Space, Table, Typography, type TableColumnsType } from "antd";
import { useCallback, useMemo, useState } from "react";
import * as api from "../api";
import type { ChangeAction } from "../bindings/ChangeAction";
import type { ChangeEntry } from "../bindings/ChangeEntry";
import { LoadError } from "../components/LoadError";
import { useRemote } from "../hooks/useRemote";
import { ACTION_LABELS, NO_OPERATOR, changeSummary, formatAt, operatorName } from "./changeFormat";
import { ActionTag, FieldChangeLine } from "./ChangeParts";
import "./history.css";

interface Props {
  open: boolean;
  onClose: () => void;
}

interface Filters {
  entity?: string;
  operator?: string;
  action?: ChangeAction;
  search: string;
}

const LIMITS = [200, 1000, 5000];

const columns: TableColumnsType<ChangeEntry> = [
  { title: "时间", dataIndex: "at", width: 170, render: (v: string) => formatAt(v) },
  {
    title: "操作人",
    key: "operator",
    width: 100,
    render: (_, e) => (e.source ? <span title={`来源：${e.source}`}>{operatorName(e)}</span> : operatorName(e)),
  },
  { title: "类型", dataIndex: "entity_label", width: 120 },
  {
    title: "记录",
    dataIndex: "record_label",
    width: 180,
    ellipsis: true,
  },
  { title: "操作", dataIndex: "action", width: 80, render: (a: ChangeAction) => <ActionTag action={a} /> },
  {
    title: "变更内容",
    key: "changes",
    ellipsis: true,
    render: (_, e) => <Typography.Text type="secondary">{changeSummary(e) || "—"}</Typography.Text>,
  },
];

function distinct(values: string[]) {
  return [...new Set(values)].sort((a, b) => a.localeCompare(b, "zh-CN")).map((v) => ({ value: v, label: v }));
}

/** The project's recent changes, filterable; a row expands to its field changes. */
export function ChangeLogDrawer({ open, onClose }: Props) {
  const [limit, setLimit] = useState(LIMITS[0]);
  const [filters, setFilters] = useState<Filters>({ search: "" });
  const load = useCallback(
    () => (open ? api.historyRecent(limit) : Promise.resolve<ChangeEntry[]>([])),
    [open, limit],
  );
  const recent = useRemote(load);
  const all = useMemo(() => recent.data ?? [], [recent.data]);

  const rows = useMemo(() => {
    const q = filters.search.trim().toLowerCase();
    return all.filter(
      (e) =>
        (!filters.entity || e.entity_label === filters.entity) &&
        (!filters.operator || operatorName(e) === filters.operator) &&
        (!filters.action || e.action === filters.action) &&
        (!q || `${e.record_label} ${changeSummary(e)}`.toLowerCase().includes(q)),
    );
  }, [all, filters]);

  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));

  return (
    <Drawer open={open} onClose={onClose} width={1000} title="变更记录" destroyOnHidden>
      <div data-testid="change-log">
        <Space wrap className="change-log-filters">
          <Select
            allowClear
            placeholder="记录类型"
            style={{ width: 150 }}
            options={distinct(all.map((e) => e.entity_label))}
            value={filters.entity}
            onChange={(v?: string) => set({ entity: v })}
            data-testid="change-log-entity"
          />
          <Select
            allowClear
            placeholder="操作人"
            style={{ width: 130 }}
            options={distinct(all.map(operatorName))}
            value={filters.operator}
            onChange={(v?: string) => set({ operator: v })}
          />
          <Select
            allowClear
            placeholder="操作"
            style={{ width: 100 }}
            options={(Object.keys(ACTION_LABELS) as ChangeAction[]).map((a) => ({ value: a, label: ACTION_LABELS[a] }))}
            value={filters.action}
            onChange={(v?: ChangeAction) => set({ action: v })}
          />
          <Input.Search
            allowClear
            placeholder="搜索记录名称或内容"
            style={{ width: 220 }}
            value={filters.search}
            onChange={(ev) => set({ search: ev.target.value })}
            data-testid="change-log-search"
          />
          <Select
            style={{ width: 130 }}
            value={limit}
            options={LIMITS.map((n) => ({ value: n, label: `最近 ${n} 条` }))}
            onChange={setLimit}
          />
        </Space>
        {recent.error && <LoadError error={recent.error} onRetry={recent.reload} />}
        {all.some((e) => !e.operator) && (
          <Typography.Paragraph type="secondary">
            操作人显示“{NO_OPERATOR}”的记录是在未填写操作人姓名时（或用其他工具）做的修改；可在“文件 → 设置”中填写。
          </Typography.Paragraph>
        )}
        <Table<ChangeEntry>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={rows}
          loading={recent.loading}
          expandable={{
            rowExpandable: (e) => e.changes.length > 0,
            expandedRowRender: (e) => (
              <div className="change-fields">
                {e.changes.map((c) => (
                  <FieldChangeLine key={c.field} change={c} action={e.action} />
                ))}
              </div>
            ),
          }}
          pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (t) => `共 ${t} 条` }}
        />
      </div>
    </Drawer>
  );
}
