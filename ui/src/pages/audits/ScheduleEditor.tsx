import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, ReloadOutlined } from "@ant-design/icons";
import { Alert, Button, DatePicker, Flex, Input, Select, Table, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import type { Department } from "../../bindings/Department";
import type { SlotKind } from "../../bindings/SlotKind";
import { fromDay, toDay } from "../../dates";
import { auditorLabel, newSlotKey, SLOT_LABEL, type SlotRow } from "./auditPlan";

interface Props {
  rows: SlotRow[];
  onChange: (rows: SlotRow[]) => void;
  /** Active departments. */
  departments: Department[];
  /** Departments in the scope, in order. */
  scopeDepartments: number[];
  /** The audit team (leader first). */
  team: AuditorStatus[];
  startsOn: string | null;
  endsOn: string | null;
  /** Regenerates the schedule from the scope and team. */
  onReset: () => void;
}

const KIND_OPTIONS = (Object.keys(SLOT_LABEL) as SlotKind[]).map((k) => ({ value: k, label: SLOT_LABEL[k] }));
const TIME_RANGE = /^\d{2}:\d{2}-\d{2}:\d{2}$/;

/** 审核日程: opening meeting, a slot per department, closing meeting; every row editable, rows added, moved and removed. */
export function ScheduleEditor({ rows, onChange, departments, scopeDepartments, team, startsOn, endsOn, onReset }: Props) {
  const deptName = new Map(departments.map((d) => [d.id, d.name]));
  const teamOptions = team.map((a) => ({ value: a.person_id, label: auditorLabel(a) }));
  const deptOptions = departments.map((d) => ({ value: d.id, label: d.name }));

  const update = (key: number, patch: Partial<SlotRow>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (i: number, by: number) => {
    const next = [...rows];
    const [r] = next.splice(i, 1);
    next.splice(i + by, 0, r);
    onChange(next);
  };
  const add = () => {
    const closing = rows.findIndex((r) => r.kind === "closing");
    const at = closing < 0 ? rows.length : closing;
    const missing = scopeDepartments.find((d) => !rows.some((r) => r.department_id === d));
    const next = [...rows];
    next.splice(at, 0, {
      key: newSlotKey(),
      kind: "department",
      department_id: missing ?? null,
      on_date: rows[at - 1]?.on_date ?? startsOn,
      time_range: "",
      auditor_ids: [],
    });
    onChange(next);
  };

  const outside = (d: dayjs.Dayjs) =>
    (startsOn !== null && d.isBefore(startsOn, "day")) || (endsOn !== null && d.isAfter(endsOn, "day"));

  // Hints only: the core has the last word when the audit is created.
  const slotted = new Set(rows.filter((r) => r.kind === "department").map((r) => r.department_id));
  const unscheduled = scopeDepartments.filter((d) => !slotted.has(d)).map((d) => deptName.get(d) ?? `部门 ${d}`);
  const outOfScope = [...slotted]
    .filter((d): d is number => d !== null && !scopeDepartments.includes(d))
    .map((d) => deptName.get(d) ?? `部门 ${d}`);
  const ownDept = rows.flatMap((r, i) =>
    r.kind !== "department"
      ? []
      : team
          .filter((a) => r.auditor_ids.includes(a.person_id) && a.department_id === r.department_id)
          .map((a) => `第 ${i + 1} 行 ${a.person_name} 来自“${a.department_name ?? ""}”`),
  );

  return (
    <>
      <Flex align="center" gap={8} wrap className="schedule-toolbar">
        <Typography.Text type="secondary">
          {startsOn && endsOn ? `审核期间 ${startsOn} 至 ${endsOn}；内审员须来自审核组，且不审核本部门。` : "请先在“基本信息”中选择审核日期。"}
        </Typography.Text>
        <div className="toolbar-spacer" />
        <Button size="small" icon={<PlusOutlined />} onClick={add} data-testid="schedule-add">
          添加部门时段
        </Button>
        <Button size="small" icon={<ReloadOutlined />} onClick={onReset} data-testid="schedule-reset">
          按范围重新生成
        </Button>
      </Flex>
      <div data-testid="schedule-editor">
        <Table<SlotRow>
          rowKey="key"
          size="small"
          className="schedule-table"
          pagination={false}
          dataSource={rows}
          scroll={{ y: "42vh" }}
          onRow={(r, i) => ({ "data-testid": `schedule-row-${i ?? 0}`, "data-department": r.department_id ?? "" }) as object}
          columns={[
            { title: "序", key: "n", width: 40, render: (_, __, i) => i + 1 },
            {
              title: "内容",
              key: "kind",
              width: 124,
              render: (_, r) => (
                <Select<SlotKind>
                  value={r.kind}
                  options={KIND_OPTIONS}
                  popupMatchSelectWidth={false}
                  className="full-width"
                  aria-label="内容"
                  onChange={(kind) => update(r.key, { kind, department_id: kind === "department" ? r.department_id : null })}
                />
              ),
            },
            {
              title: "日期",
              key: "date",
              width: 136,
              render: (_, r, i) => (
                <DatePicker
                  id={`audit_slot_${i}_date`}
                  value={toDay(r.on_date)}
                  disabledDate={outside}
                  allowClear={false}
                  status={r.on_date && outside(dayjs(r.on_date)) ? "error" : undefined}
                  onChange={(d) => update(r.key, { on_date: fromDay(d) })}
                />
              ),
            },
            {
              title: "时间",
              key: "time",
              width: 120,
              render: (_, r, i) => (
                <Input
                  id={`audit_slot_${i}_time`}
                  value={r.time_range}
                  placeholder="09:00-10:00"
                  maxLength={30}
                  status={r.time_range && !TIME_RANGE.test(r.time_range.trim()) ? "warning" : undefined}
                  onChange={(e) => update(r.key, { time_range: e.target.value })}
                />
              ),
            },
            {
              title: "受审核部门",
              key: "dep",
              width: 150,
              render: (_, r, i) => (
                <Select<number>
                  id={`audit_slot_${i}_department`}
                  value={r.kind === "department" ? (r.department_id ?? undefined) : undefined}
                  disabled={r.kind !== "department"}
                  placeholder={r.kind === "department" ? "选择部门" : "全体"}
                  options={deptOptions}
                  showSearch
                  optionFilterProp="label"
                  className="full-width"
                  virtual={false}
                  status={r.kind === "department" && r.department_id === null ? "warning" : undefined}
                  onChange={(department_id) => update(r.key, { department_id })}
                />
              ),
            },
            {
              title: "内审员",
              key: "who",
              render: (_, r, i) => (
                <Select<number[]>
                  id={`audit_slot_${i}_auditors`}
                  mode="multiple"
                  value={r.auditor_ids}
                  options={teamOptions}
                  optionFilterProp="label"
                  placeholder="审核组成员"
                  className="full-width"
                  virtual={false}
                  status={r.kind === "department" && r.auditor_ids.length === 0 ? "warning" : undefined}
                  onChange={(auditor_ids) => update(r.key, { auditor_ids })}
                />
              ),
            },
            {
              title: "操作",
              key: "ops",
              width: 100,
              render: (_, r, i) => (
                <Flex gap={2}>
                  <Tooltip title="上移">
                    <Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label="上移" />
                  </Tooltip>
                  <Tooltip title="下移">
                    <Button
                      type="text"
                      size="small"
                      icon={<ArrowDownOutlined />}
                      disabled={i === rows.length - 1}
                      onClick={() => move(i, 1)}
                      aria-label="下移"
                    />
                  </Tooltip>
                  <Tooltip title="删除">
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      onClick={() => onChange(rows.filter((x) => x.key !== r.key))}
                      aria-label="删除"
                      data-testid={`schedule-remove-${i}`}
                    />
                  </Tooltip>
                </Flex>
              ),
            },
          ]}
        />
      </div>
      <div className="schedule-hints" data-testid="schedule-hints">
        {unscheduled.length > 0 && (
          <Alert type="warning" showIcon message={`范围内尚未安排日程的部门：${unscheduled.join("、")}`} />
        )}
        {outOfScope.length > 0 && (
          <Alert type="warning" showIcon message={`日程中的部门不在审核范围内：${outOfScope.join("、")}`} />
        )}
        {ownDept.length > 0 && <Alert type="warning" showIcon message={`提示：内审员不审核本部门，创建时会被拒绝——${ownDept.join("；")}`} />}
      </div>
    </>
  );
}
