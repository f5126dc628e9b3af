import { PlusOutlined } from "@ant-design/icons";
import { Button, Empty, Flex, Segmented, Tag, Typography } from "antd";
import { useState } from "react";
import type { AuditEvidence } from "../../bindings/AuditEvidence";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import type { ChecklistItem } from "../../bindings/ChecklistItem";
import type { Nonconformity } from "../../bindings/Nonconformity";
import type { Person } from "../../bindings/Person";
import { useModalState } from "../../hooks/useModalState";
import { useProject } from "../../project/projectContext";
import type { AuditRow } from "./auditColumns";
import { NcCard } from "./NcCard";
import { NcRaiseModal, type RaiseDraft } from "./NcRaiseModal";
import { NcStepModal, type NcStep } from "./NcStepModal";

interface Props {
  audit: AuditRow;
  ncs: Nonconformity[];
  /** The audit's evidence; each card shows its nonconformity's. */
  evidence: AuditEvidence[];
  loading: boolean;
  checklist: ChecklistItem[];
  auditors: AuditorStatus[];
  people: Person[];
  /** Show the ones not yet closed first (arriving from a 概览 link about them). */
  openFirst?: boolean;
}

type Filter = "open" | "all";

/** The audit's nonconformities with their corrective actions; raising one by hand. */
export function NcTab({ audit, ncs, evidence, loading, checklist, auditors, people, openFirst }: Props) {
  const [filter, setFilter] = useState<Filter>(openFirst ? "open" : "all");
  const raise = useModalState<RaiseDraft>();
  const pkg = useProject().project.package;
  const stepModal = useModalState<{ nc: Nonconformity; step: NcStep }>();
  const team = auditors.filter((a) => a.qualified && audit.auditor_ids.includes(a.person_id));
  const shown = filter === "open" ? ncs.filter((n) => n.status !== "closed") : ncs;
  const overdue = ncs.filter((n) => n.overdue).length;

  return (
    <>
      <Flex align="center" gap={12} wrap className="toolbar">
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={[
            { value: "all", label: `全部 ${ncs.length}` },
            { value: "open", label: `未关闭 ${ncs.filter((n) => n.status !== "closed").length}` },
          ]}
        />
        {overdue > 0 && <Tag color="red">{`逾期 ${overdue}`}</Tag>}
        <Typography.Text type="secondary" className="flex-fill">
          确认 → 原因分析 → 纠正及纠正措施 → 完成 → 内审员验证有效 → 关闭；未经验证不能关闭。
        </Typography.Text>
        {!audit.completed && (
          <Button icon={<PlusOutlined />} onClick={() => raise.show(null)} data-testid="nc-add">
            手动开具
          </Button>
        )}
      </Flex>
      {shown.length === 0 && !loading ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无不符合项：在检查表中判为不符合后可直接开具" />
      ) : (
        <div data-testid="nc-list">
          {shown.map((nc) => (
            <NcCard
              key={nc.id}
              nc={nc}
              evidence={evidence.filter((e) => e.nonconformity_id === nc.id)}
              // In a work package only the NCs raised in it are the auditor's.
              readOnly={pkg !== null && nc.id <= pkg.nc_base_id}
              onStep={(n, step) => stepModal.show({ nc: n, step })}
            />
          ))}
        </div>
      )}
      <NcRaiseModal
        key={`raise-${raise.session}`}
        open={raise.open}
        audit={audit}
        checklist={checklist}
        draft={raise.editing}
        auditors={auditors}
        onClose={raise.close}
        onSaved={raise.close}
      />
      <NcStepModal
        key={`step-${stepModal.session}`}
        open={stepModal.open}
        step={stepModal.editing?.step ?? "confirm"}
        nc={stepModal.editing?.nc ?? null}
        team={team}
        people={people}
        onClose={stepModal.close}
        onSaved={stepModal.close}
      />
    </>
  );
}
