import { Alert, Button, Form, Modal, Steps, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useMemo, useState } from "react";
import * as api from "../../api";
import type { Audit } from "../../bindings/Audit";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import { LoadError } from "../../components/LoadError";
import { fromDay } from "../../dates";
import { asCoreError } from "../../errors";
import { text } from "../../validation";
import { AuditBasicFields } from "./AuditBasicFields";
import { nextAuditNumber } from "./auditLabels";
import { auditorLabel, auditTeam, defaultSchedule, planOf, scopeCells, slotInputs, type SlotRow } from "./auditPlan";
import { ScheduleEditor } from "./ScheduleEditor";
import { ScopeEditor } from "./ScopeEditor";
import { useClauses } from "../../clauses";
import { useAuditPlanning } from "./useAuditPlanning";

interface Props {
  open: boolean;
  /** The audit whose plan is changed; absent: a new audit. */
  editing?: Audit | null;
  audits: Audit[];
  auditors: AuditorStatus[];
  onClose: () => void;
  onSaved: (a: Audit) => void;
}

interface Values {
  number: string;
  purpose: string;
  criteria: string;
  starts_on?: Dayjs;
  ends_on?: Dayjs;
  leader_id?: number;
  auditor_ids: number[];
}

/** The default purpose and criteria name the project's edition. */
const purposeOf = (id: string) => `检查知识产权管理体系是否符合 ${id} 及公司体系文件的要求，评价体系运行的有效性`;
const criteriaOf = (id: string, name: string) => `${id}《${name}》；公司知识产权手册、程序文件；适用的法律法规`;
const BASIC_FIELDS: (keyof Values)[] = ["number", "starts_on", "ends_on", "leader_id", "auditor_ids", "purpose", "criteria"];
const STEPS = [
  { title: "基本信息", testid: "audit-step-basic" },
  { title: "审核范围", testid: "audit-step-scope" },
  { title: "审核日程", testid: "audit-step-schedule" },
];

/** The form's values for a saved audit. */
function valuesOf(a: Audit): Values {
  return {
    number: a.number,
    purpose: a.purpose,
    criteria: a.criteria,
    starts_on: dayjs(a.starts_on),
    ends_on: dayjs(a.ends_on),
    leader_id: a.leader_id,
    auditor_ids: a.auditor_ids.filter((id) => id !== a.leader_id),
  };
}

/**
 * 新建审核 in three steps: the basics (number, dates, team of qualified
 * auditors), the scope (departments × clauses, from the 职能分配表) and the
 * schedule (opening meeting, a slot per department, closing meeting).
 * 创建 works from any step: what the later steps show is their default.
 * With `editing`, the same steps change that audit's plan, starting from it.
 */
export function AuditModal({ open, editing, audits, auditors, onClose, onSaved }: Props) {
  const { standard } = useClauses();
  const [form] = Form.useForm<Values>();
  const planning = useAuditPlanning();
  const [step, setStep] = useState(0);
  const [saved] = useState(() => (editing ? planOf(editing) : null));
  const [scopeEdit, setScopeEdit] = useState<Set<string> | null>(saved?.scope ?? null);
  const [scheduleEdit, setScheduleEdit] = useState<SlotRow[] | null>(saved?.rows ?? null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const qualified = auditors.filter((a) => a.qualified);
  const options = qualified.map((a) => ({ value: a.person_id, label: auditorLabel(a) }));
  const leader = Form.useWatch("leader_id", form);
  const others = Form.useWatch("auditor_ids", form);
  const startsOn = fromDay(Form.useWatch("starts_on", form));
  const endsOn = fromDay(Form.useWatch("ends_on", form));

  const scope = scopeEdit ?? planning.defaultScope;
  const scopeDepartments = useMemo(
    () => [...new Set(scopeCells(scope).map((c) => c.department_id))].sort((a, b) => a - b),
    [scope],
  );
  const teamIds = useMemo(() => auditTeam(leader, others), [leader, others]);
  const team = teamIds.map((id) => qualified.find((a) => a.person_id === id)).filter((a): a is AuditorStatus => !!a);
  const defaultRows = useMemo(
    () => (startsOn && endsOn ? defaultSchedule(scopeDepartments, teamIds, auditors, startsOn, endsOn) : []),
    [scopeDepartments, teamIds, auditors, startsOn, endsOn],
  );
  // Edited rows keep only auditors still in the team.
  const rows = scheduleEdit
    ? scheduleEdit.map((r) => ({ ...r, auditor_ids: r.auditor_ids.filter((a) => teamIds.includes(a)) }))
    : defaultRows;

  const goTo = async (next: number) => {
    if (step === 0 && next > 0) {
      try {
        await form.validateFields(BASIC_FIELDS);
      } catch {
        return;
      }
    }
    setStep(next);
  };

  const onFinish = async (v: Values) => {
    if (saving) return;
    setRefusal(null);
    if (planning.loaded && scope.size === 0) {
      setRefusal("审核范围为空：请至少勾选一个部门的一个条款");
      setStep(1);
      return;
    }
    setSaving(true);
    try {
      const input = {
        number: text(v.number),
        purpose: text(v.purpose),
        criteria: text(v.criteria),
        leader_id: v.leader_id ?? null,
        auditor_ids: v.auditor_ids.filter((id) => id !== v.leader_id),
        starts_on: fromDay(v.starts_on),
        ends_on: fromDay(v.ends_on),
        // Not loaded yet: the core's defaults, which are what the steps would show
        // (a plan being changed always sends its own).
        scope: planning.loaded || editing ? scopeCells(scope) : [],
        schedule: planning.loaded || editing ? slotInputs(rows) : [],
      };
      onSaved(editing ? await api.auditUpdate(editing.id, input) : await api.auditCreate(input));
    } catch (e) {
      // The core's refusal (independence, qualification, dates) is shown as it is, in the form.
      setRefusal(asCoreError(e).message);
    } finally {
      setSaving(false);
    }
  };

  const onValuesChange = (changed: Partial<Values>) => {
    if (changed.starts_on && !editing) {
      const current = form.getFieldValue("number") as string;
      if (/^NS-\d{4}-\d{2}$/.test(current)) form.setFieldsValue({ number: nextAuditNumber(audits, changed.starts_on.year()) });
      if (!form.getFieldValue("ends_on")) form.setFieldsValue({ ends_on: changed.starts_on.add(1, "day") });
    }
  };

  return (
    <Modal
      open={open}
      title={editing ? `修改审核计划 ${editing.number}` : "新建内部审核"}
      onCancel={onClose}
      maskClosable={false}
      width={1000}
      modalRender={(dom) => (
        <Form<Values>
          name="audit"
          form={form}
          layout="vertical"
          initialValues={
            editing
              ? valuesOf(editing)
              : {
                  number: nextAuditNumber(audits, dayjs().year()),
                  purpose: purposeOf(standard?.id ?? ""),
                  criteria: criteriaOf(standard?.id ?? "", standard?.name ?? ""),
                  auditor_ids: [],
                }
          }
          onFinish={(v) => void onFinish(v)}
          onFinishFailed={() => setStep(0)}
          onValuesChange={onValuesChange}
        >
          {dom}
        </Form>
      )}
      footer={[
        <Button key="cancel" onClick={onClose} data-testid="audit-cancel">
          取消
        </Button>,
        step > 0 && (
          <Button key="prev" onClick={() => setStep(step - 1)} data-testid="audit-prev">
            上一步
          </Button>
        ),
        step < STEPS.length - 1 && (
          <Button key="next" onClick={() => void goTo(step + 1)} data-testid="audit-next">
            下一步
          </Button>
        ),
        <Button key="ok" type="primary" htmlType="submit" loading={saving} data-testid="audit-submit">
          {editing ? "保存" : "创建"}
        </Button>,
      ]}
    >
      <Steps
        size="small"
        current={step}
        onChange={(n) => void goTo(n)}
        className="audit-steps"
        items={STEPS.map((s) => ({ title: <span data-testid={s.testid}>{s.title}</span> }))}
      />
      {planning.error && <LoadError error={planning.error} onRetry={planning.reload} />}
      <div hidden={step !== 0}>
        {qualified.length < 2 && (
          <Alert
            type="warning"
            showIcon
            className="load-error"
            message={`合格内审员 ${qualified.length} 人：审核组至少需要两名合格内审员，请先在“培训 → 内审员”中登记资格`}
          />
        )}
        <AuditBasicFields options={options} leader={leader} />
        <Typography.Paragraph type="secondary" className="card-hint">
          {editing
            ? "下一步调整审核范围和日程。新加入范围的条款生成检查表条目；已有检查记录或不符合项的条款不能移出范围；审核完成后计划不能再修改。"
            : "下一步调整审核范围（默认取“职能分配表”中全部适用条款 × 部门）和日程（首次会议、各部门一个时段、末次会议）；也可直接创建，按默认安排。"}
        </Typography.Paragraph>
      </div>
      {step === 1 && (
        <ScopeEditor
          departments={planning.departments}
          clauses={planning.clauses}
          notApplicable={planning.notApplicable}
          allocation={planning.allocation}
          value={scope}
          onChange={setScopeEdit}
          onReset={() => setScopeEdit(null)}
        />
      )}
      {step === 2 && (
        <ScheduleEditor
          rows={rows}
          onChange={setScheduleEdit}
          departments={planning.departments}
          scopeDepartments={scopeDepartments}
          team={team}
          startsOn={startsOn}
          endsOn={endsOn}
          onReset={() => setScheduleEdit(null)}
        />
      )}
      {refusal && <Alert type="error" showIcon message={refusal} className="audit-refusal" data-testid="audit-form-error" />}
    </Modal>
  );
}
