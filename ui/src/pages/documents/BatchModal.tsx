import { Alert, App, Button, DatePicker, Form, Modal, Progress, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import * as api from "../../api";
import type { BatchDone } from "../../bindings/BatchDone";
import type { BatchOutcome } from "../../bindings/BatchOutcome";
import type { Department } from "../../bindings/Department";
import type { Document } from "../../bindings/Document";
import type { Person } from "../../bindings/Person";
import { fromDay } from "../../dates";
import { asCoreError } from "../../errors";
import { personOptions } from "../../people";
import { holdChanges } from "../../project/changes";
import { batchName, runInChunks, summaryLine, type BatchActionSpec } from "./batch";

interface Props {
  spec: BatchActionSpec;
  /** The selected documents at this step. */
  docs: Document[];
  /** Selected documents not at this step: left alone. */
  skipped: number;
  people: Person[];
  departments: Department[];
  onClose: () => void;
}

interface Values {
  on?: Dayjs;
  reviewer?: number;
  approver?: number;
  departments?: number[];
}

const DATE_LABELS: Record<string, string> = {
  review: "审核日期",
  approve: "批准日期",
  publish: "发布日期",
  distribute: "发放日期",
};

type Phase = { kind: "form" } | { kind: "running"; through: number } | { kind: "result"; outcome: BatchOutcome; error?: string };

/** One step for many documents: its fields, its progress, then what was done and what was refused, and why. */
export function BatchModal({ spec, docs, skipped, people, departments, onClose }: Props) {
  const [form] = Form.useForm<Values>();
  const [phase, setPhase] = useState<Phase>({ kind: "form" });
  const { message } = App.useApp();
  const dateLabel = DATE_LABELS[spec.key];
  const total = docs.length;

  const run = async (v: Values) => {
    if (phase.kind !== "form") return;
    const ids = docs.map((d) => d.id);
    const on = fromDay(v.on);
    setPhase({ kind: "running", through: 0 });
    const started = performance.now();
    // The list reloads once, after the batch, not after every chunk.
    const release = holdChanges();
    const { outcome, error } = await runInChunks(
      ids,
      (chunk) =>
        spec.key === "distribute"
          ? api.documentsBatchDistribute({ document_ids: chunk, department_ids: v.departments ?? [], issued_on: on })
          : api.documentsBatchStep({
              step: spec.key,
              document_ids: chunk,
              on,
              reviewer_id: v.reviewer ?? null,
              approver_id: v.approver ?? null,
            }),
      (through) => setPhase({ kind: "running", through }),
    ).finally(release);
    // Kept for the record of how long a batch takes (read by the window test).
    document.body.dataset.lastBatchMs = String(Math.round(performance.now() - started));
    if (error && outcome.done.length + outcome.refused.length + outcome.unchanged.length === 0) {
      // Nothing was sent through (e.g. the date refused): back to the fields.
      setPhase({ kind: "form" });
      void message.error(asCoreError(error).message);
      return;
    }
    setPhase({ kind: "result", outcome, error: error ? asCoreError(error).message : undefined });
  };

  const running = phase.kind === "running";
  const footer =
    phase.kind === "result"
      ? [
          <Button key="close" type="primary" autoFocus onClick={onClose} data-testid="batch-close">
            关闭
          </Button>,
        ]
      : [
          <Button key="cancel" onClick={onClose} disabled={running} data-testid="batch-cancel">
            取消
          </Button>,
          <Button key="ok" type="primary" htmlType="submit" loading={running} data-testid="batch-confirm">
            {`${spec.label} ${total} 份`}
          </Button>,
        ];

  return (
    <Modal
      open
      title={phase.kind === "result" ? `批量${spec.label}：结果` : `批量${spec.label}`}
      onCancel={running ? undefined : onClose}
      closable={!running}
      keyboard={!running}
      maskClosable={false}
      width={phase.kind === "result" ? 640 : 480}
      destroyOnHidden
      modalRender={(dom) => (
        <Form<Values>
          name="batch"
          form={form}
          layout="vertical"
          initialValues={{ on: dayjs() }}
          onFinish={(v) => void run(v)}
        >
          {dom}
        </Form>
      )}
      footer={footer}
    >
      <div data-testid="batch-modal">
        {phase.kind === "result" ? (
          <BatchResult spec={spec} outcome={phase.outcome} error={phase.error} />
        ) : (
          <>
            <Typography.Paragraph>
              {`将${spec.label} ${total} 份文件，每份的检查与逐份操作相同；未通过的文件不受影响，完成后列出原因。`}
              {skipped > 0 && (
                <Typography.Text type="secondary">{`所选的另外 ${skipped} 份不在这一步，不处理。`}</Typography.Text>
              )}
            </Typography.Paragraph>
            {spec.key === "submit" && (
              <>
                <Form.Item name="reviewer" label="审核人">
                  <Select
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    placeholder="各文件原定的审核人（默认管理者代表）"
                    options={personOptions(people)}
                    notFoundContent="无匹配的人员"
                    disabled={running}
                  />
                </Form.Item>
                <Form.Item name="approver" label="批准人">
                  <Select
                    allowClear
                    showSearch
                    optionFilterProp="label"
                    placeholder="各文件原定的批准人（默认最高管理者）"
                    options={personOptions(people)}
                    notFoundContent="无匹配的人员"
                    disabled={running}
                  />
                </Form.Item>
              </>
            )}
            {spec.key === "distribute" && (
              <Form.Item
                name="departments"
                label="领用部门"
                extra="每个部门领用一份，发放编号接各文件已有的编号；已持有现行版本的部门不重复发放。"
                rules={[{ required: true, message: "请选择领用部门" }]}
              >
                <Select
                  mode="multiple"
                  allowClear
                  optionFilterProp="label"
                  placeholder="选择部门"
                  options={departments.filter((d) => !d.archived).map((d) => ({ value: d.id, label: d.name }))}
                  disabled={running}
                  data-testid="batch-departments"
                />
              </Form.Item>
            )}
            {dateLabel && (
              <Form.Item name="on" label={dateLabel} rules={[{ required: true, message: `请选择${dateLabel}` }]}>
                <DatePicker className="full-width" disabled={running} data-testid="batch-date" />
              </Form.Item>
            )}
            {running && (
              <div data-testid="batch-progress">
                <Progress percent={Math.round((phase.through / Math.max(total, 1)) * 100)} />
                <Typography.Text type="secondary">{`正在${spec.label}：${phase.through} / ${total}`}</Typography.Text>
              </div>
            )}
          </>
        )}
      </div>
    </Modal>
  );
}

/** What was done, what was refused and why, and what was done with a warning: to read, not a toast. */
function BatchResult({ spec, outcome, error }: { spec: BatchActionSpec; outcome: BatchOutcome; error?: string }) {
  const warned = outcome.done.filter((d) => d.warnings.length > 0);
  return (
    <div className="batch-result" data-testid="batch-result">
      <Alert
        type={outcome.refused.length > 0 || error ? "warning" : "success"}
        showIcon
        message={<span data-testid="batch-result-summary">{summaryLine(spec, outcome)}</span>}
      />
      {outcome.refused.length > 0 && (
        <div className="batch-result-section">
          <Typography.Text strong>未通过：</Typography.Text>
          <ul className="batch-result-list" data-testid="batch-result-refused">
            {outcome.refused.map((r) => (
              <li key={r.document_id} data-testid={`batch-refused-${r.document_id}`}>
                <span className="doc-code">{batchName(r)}</span>
                {" — "}
                {r.error.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <NotedList title={`无需${spec.label}：`} docs={outcome.unchanged} testId="batch-result-unchanged" />
      <NotedList title="已完成，但请留意：" docs={warned} testId="batch-result-warnings" />
      {error && (
        <Alert
          type="error"
          showIcon
          className="batch-result-section"
          message={`其余文件未处理：${error}`}
          data-testid="batch-result-error"
        />
      )}
    </div>
  );
}

/** Documents with the notes the core gave them (nothing to do, or done with a warning). */
function NotedList({ title, docs, testId }: { title: string; docs: BatchDone[]; testId: string }) {
  if (docs.length === 0) return null;
  return (
    <div className="batch-result-section">
      <Typography.Text strong>{title}</Typography.Text>
      <ul className="batch-result-list" data-testid={testId}>
        {docs.map((d) => (
          <li key={d.document_id}>
            {batchName(d)}
            {" — "}
            {d.warnings.join("；")}
          </li>
        ))}
      </ul>
    </div>
  );
}
