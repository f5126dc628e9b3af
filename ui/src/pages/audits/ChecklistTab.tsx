import { Card, Empty, Flex, Progress, Select, Typography } from "antd";
import { useMemo, useState } from "react";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import type { ChecklistItem } from "../../bindings/ChecklistItem";
import type { Nonconformity } from "../../bindings/Nonconformity";
import { useModalState } from "../../hooks/useModalState";
import type { AuditRow } from "./auditColumns";
import { ChecklistLine } from "./ChecklistLine";
import { NcRaiseModal, type RaiseDraft } from "./NcRaiseModal";
import { judgementGrade } from "./auditLabels";

interface Props {
  audit: AuditRow;
  items: ChecklistItem[];
  loading: boolean;
  ncs: Nonconformity[];
  auditors: AuditorStatus[];
}

/** The checklist of one department at a time, each line judged and, if nonconforming, raised as an NC. */
export function ChecklistTab({ audit, items, loading, ncs, auditors }: Props) {
  const departments = useMemo(() => {
    const seen = new Map<number, { id: number; name: string; total: number; judged: number }>();
    for (const i of items) {
      const d = seen.get(i.department_id) ?? { id: i.department_id, name: i.department_name, total: 0, judged: 0 };
      d.total += 1;
      if (i.judgement) d.judged += 1;
      seen.set(i.department_id, d);
    }
    return [...seen.values()];
  }, [items]);
  const [chosen, setChosen] = useState<number | null>(null);
  const department = chosen ?? departments[0]?.id ?? null;
  const lines = items.filter((i) => i.department_id === department);
  const judged = items.filter((i) => i.judgement).length;
  const modal = useModalState<RaiseDraft>();

  const raise = (item: ChecklistItem) =>
    modal.show({
      department_id: item.department_id,
      clause: item.clause,
      fact: item.observed,
      grade: judgementGrade(item.judgement),
    });

  return (
    <>
      <Flex align="center" gap={16} wrap className="toolbar">
        <Select
          value={department ?? undefined}
          onChange={setChosen}
          options={departments.map((d) => ({
            value: d.id,
            label: `${d.name}（${d.judged}/${d.total}）`,
          }))}
          placeholder="受审核部门"
          data-testid="checklist-department"
          virtual={false}
          style={{ width: 260 }}
        />
        <Flex align="center" gap={8} className="flex-fill">
          <Typography.Text type="secondary">{`已判定 ${judged} / ${items.length} 条`}</Typography.Text>
          <Progress
            percent={items.length ? Math.round((judged / items.length) * 100) : 0}
            size="small"
            style={{ maxWidth: 240 }}
          />
        </Flex>
        <Typography.Text type="secondary">判定用方向键切换，Ctrl+Enter 保存</Typography.Text>
      </Flex>
      <Card size="small" className="table-card" loading={loading && items.length === 0}>
        {lines.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="该审核没有检查表条目" />
        ) : (
          <div data-testid="checklist">
            {lines.map((item) => (
              <ChecklistLine
                key={`${item.id}:${item.judgement ?? ""}:${item.observed}:${item.question}`}
                item={item}
                raised={ncs.find((n) => n.department_id === item.department_id && n.clause === item.clause)}
                readOnly={audit.completed}
                onRaise={raise}
              />
            ))}
          </div>
        )}
      </Card>
      <NcRaiseModal
        key={modal.session}
        open={modal.open}
        audit={audit}
        checklist={items}
        draft={modal.editing}
        auditors={auditors}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </>
  );
}
