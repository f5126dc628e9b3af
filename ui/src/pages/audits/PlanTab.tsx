import { Alert, Card, Descriptions, Table, Tag } from "antd";
import { useCallback, useMemo } from "react";
import * as api from "../../api";
import type { Slot } from "../../bindings/Slot";
import { useClauses } from "../../clauses";
import { useRemote } from "../../hooks/useRemote";
import type { AuditRow } from "./auditColumns";
import { ClauseNo } from "../../standard/ClauseNo";
import { SLOT_LABEL } from "./auditPlan";

/** The audit plan: purpose, criteria, team, scope (departments × clauses) and schedule. */
export function PlanTab({ audit }: { audit: AuditRow }) {
  const { standard, label, marked } = useClauses();
  const loadDepartments = useCallback(() => api.departmentList(true), []);
  const departments = useRemote(loadDepartments);
  const loadReport = useCallback(() => api.auditReport(audit.id), [audit.id]);
  const report = useRemote(loadReport);

  const position = useCallback(
    (key: string) => {
      const i = standard?.clauses.findIndex((c) => c.key === key) ?? -1;
      return i < 0 ? Number.MAX_SAFE_INTEGER : i;
    },
    [standard],
  );
  const scope = useMemo(() => {
    const byDept = new Map<number, string[]>();
    for (const c of audit.scope) byDept.set(c.department_id, [...(byDept.get(c.department_id) ?? []), c.clause]);
    const names = new Map((departments.data ?? []).map((d) => [d.id, d.name]));
    return [...byDept.entries()].map(([id, clauses]) => ({
      id,
      name: names.get(id) ?? `部门 ${id}`,
      clauses: clauses.sort((a, b) => position(a) - position(b)),
    }));
  }, [audit.scope, departments.data, position]);
  const clauseCount = new Set(audit.scope.map((c) => c.clause)).size;

  return (
    <>
      <Card size="small" title="审核计划" className="form-card">
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="审核编号">{audit.number}</Descriptions.Item>
          <Descriptions.Item label="审核日期">{`${audit.starts_on} 至 ${audit.ends_on}`}</Descriptions.Item>
          <Descriptions.Item label="审核目的" span={2}>
            {audit.purpose || "—"}
          </Descriptions.Item>
          <Descriptions.Item label="审核准则" span={2}>
            {audit.criteria || "—"}
          </Descriptions.Item>
          <Descriptions.Item label="审核组长">{audit.leader_name}</Descriptions.Item>
          <Descriptions.Item label="审核组">{audit.auditor_names.join("、")}</Descriptions.Item>
        </Descriptions>
        <PlanCoverage
          marked={marked}
          departments={report.data?.departments_not_covered}
          clauses={report.data?.clauses_not_covered}
        />
      </Card>
      <Card size="small" title="审核日程" className="form-card">
        <div data-testid="audit-schedule">
          <Table<Slot>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={audit.schedule}
            columns={[
              { title: "日期", dataIndex: "on_date", width: 120 },
              { title: "时间", dataIndex: "time_range", width: 120 },
              { title: "内容", key: "kind", width: 110, render: (_, s) => SLOT_LABEL[s.kind] },
              { title: "受审核部门", key: "dep", render: (_, s) => s.department_name ?? "全体" },
              { title: "内审员", key: "who", render: (_, s) => s.auditor_names.join("、") },
            ]}
          />
        </div>
      </Card>
      <Card
        size="small"
        title={`审核范围（${scope.length} 个部门 × ${clauseCount} 个条款）`}
        className="form-card"
      >
        <div data-testid="audit-scope">
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={scope}
            loading={departments.loading}
            columns={[
              { title: "部门", dataIndex: "name", width: 160 },
              {
                title: "条款",
                key: "clauses",
                render: (_, r) => (
                  <div className="scope-clauses">
                    {r.clauses.map((c) => (
                      <Tag key={c} title={label(c)}>
                        <ClauseNo k={c} />
                      </Tag>
                    ))}
                  </div>
                ),
              },
            ]}
          />
        </div>
      </Card>
    </>
  );
}

/** Whether the scope covers every active department and applicable clause ("未覆盖：…" otherwise). */
function PlanCoverage({
  departments,
  clauses,
  marked,
}: {
  departments?: string[];
  clauses?: string[];
  marked: (key: string) => string;
}) {
  if (!departments || !clauses) return null;
  const ok = departments.length === 0 && clauses.length === 0;
  const missing = [
    departments.length ? `部门 ${departments.join("、")}` : "",
    clauses.length ? `条款 ${clauses.map(marked).join("、")}` : "",
  ].filter(Boolean);
  return (
    <Alert
      type={ok ? "success" : "warning"}
      showIcon
      className="plan-coverage"
      data-testid="plan-coverage"
      message={ok ? "审核范围覆盖全部部门和全部适用条款" : `未覆盖：${missing.join("；")}`}
      description="审核完成前可用“修改计划”调整审核范围和日程；已有检查记录或不符合项的条款不能移出范围。"
    />
  );
}
