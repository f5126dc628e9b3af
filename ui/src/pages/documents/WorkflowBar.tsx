import { RollbackOutlined, SendOutlined } from "@ant-design/icons";
import { Alert, App, Button, Flex, Form, Select, Tooltip, Typography } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { Person } from "../../bindings/Person";
import type { Revision } from "../../bindings/Revision";
import { useShowError } from "../../hooks/useShowError";
import { personOptions } from "../../people";
import { StepDateModal, type StepConfig } from "./StepDateModal";

interface Props {
  /** The working revision, else the published one. */
  revision: Revision;
  people: Person[];
  /** Saves the editor's text first, when it has unsaved changes; `false` when that failed. */
  saveDraft: () => Promise<boolean>;
  /** Warnings of the last approval (e.g. the author approving their own draft). */
  onWarnings: (warnings: string[]) => void;
}

interface SubmitValues {
  reviewer?: number;
  approver?: number;
}

/** What the revision waits for, in a few words. */
function waitingFor(r: Revision): string {
  switch (r.status) {
    case "draft":
      return `${r.version} 版草稿：提交审核后内容不可修改`;
    case "in_review":
      return r.reviewed_on
        ? `${r.version} 版已审核，待 ${r.approver_name ?? "批准人"} 批准`
        : `${r.version} 版待 ${r.reviewer_name ?? "审核人"} 审核`;
    case "approved":
      return `${r.version} 版已批准，待发布`;
    case "published":
      return `${r.version} 版为现行受控版本（${r.published_on ?? ""} 发布）；修改请新建修订版`;
    case "obsolete":
      return `${r.version} 版已作废`;
  }
}

/** The workflow step the revision's status allows: 提交审核, 审核, 批准, 发布 or 退回草稿. */
export function WorkflowBar({ revision: r, people, saveDraft, onWarnings }: Props) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<SubmitValues>();
  const [busy, setBusy] = useState(false);
  const [step, setStep] = useState<{ open: boolean; config: StepConfig | null }>({ open: false, config: null });

  const openStep = (config: StepConfig) => setStep({ open: true, config });

  /** Runs a step; errors are shown as they come from the back end. */
  const attempt = async (action: () => Promise<string>): Promise<boolean> => {
    try {
      void message.success(await action());
      return true;
    } catch (e) {
      showError(e);
      return false;
    }
  };

  const submit = async (v: SubmitValues) => {
    if (busy) return;
    setBusy(true);
    try {
      if (!(await saveDraft())) return;
      onWarnings([]);
      await attempt(async () => {
        await api.revisionSubmit(r.id, { reviewer_id: v.reviewer ?? null, approver_id: v.approver ?? null });
        return "已提交审核";
      });
    } finally {
      setBusy(false);
    }
  };

  const returnToDraft = async () => {
    if (busy) return;
    setBusy(true);
    try {
      onWarnings([]);
      await attempt(async () => {
        await api.revisionReturn(r.id);
        return "已退回草稿";
      });
    } finally {
      setBusy(false);
    }
  };

  const reviewPass = () =>
    openStep({
      title: `审核通过：${r.version} 版`,
      dateLabel: "审核日期",
      okText: "审核通过",
      description: `审核人：${r.reviewer_name ?? "未指定"}`,
      run: (on) =>
        attempt(async () => {
          await api.revisionReview(r.id, { on, passed: true });
          return "审核通过";
        }),
    });

  const reviewReject = () =>
    openStep({
      title: `退回修改：${r.version} 版`,
      dateLabel: "审核日期",
      okText: "退回修改",
      danger: true,
      description: "审核不通过：版本退回草稿，由编制人修改后重新提交审核。",
      run: (on) =>
        attempt(async () => {
          await api.revisionReview(r.id, { on, passed: false });
          return "已退回修改";
        }),
    });

  const approve = () =>
    openStep({
      title: `批准：${r.version} 版`,
      dateLabel: "批准日期",
      okText: "批准",
      description: `批准人：${r.approver_name ?? "未指定"}；批准日期不得早于审核日期 ${r.reviewed_on ?? ""}。`,
      run: async (on) => {
        try {
          const outcome = await api.revisionApprove(r.id, on);
          void message.success("已批准");
          for (const w of outcome.warnings) void message.warning(w);
          onWarnings(outcome.warnings);
          return true;
        } catch (e) {
          showError(e);
          return false;
        }
      },
    });

  const publish = () =>
    openStep({
      title: `发布：${r.version} 版`,
      dateLabel: "发布日期",
      okText: "发布",
      description: (
        <>
          发布后该版本成为受控版本，内容不可再修改；原现行版本同时作废。
          {r.unfilled.length > 0 && (
            <Alert
              type="warning"
              showIcon
              className="card-alert"
              message={`还有未填写的占位符：${r.unfilled.join("、")}，不能发布`}
            />
          )}
        </>
      ),
      run: (on) =>
        attempt(async () => {
          await api.revisionPublish(r.id, on);
          return `已发布 ${r.version} 版`;
        }),
    });

  const inApproval = r.status === "in_review" || r.status === "approved";

  return (
    <Flex align="center" gap={8} wrap className="doc-workflow" data-testid="revision-workflow">
      <Typography.Text type="secondary" className="doc-workflow-state">
        {waitingFor(r)}
      </Typography.Text>
      <div className="toolbar-spacer" />
      {r.status === "draft" && (
        <Form<SubmitValues>
          name="submit"
          form={form}
          layout="inline"
          initialValues={{ reviewer: r.reviewer_id ?? undefined, approver: r.approver_id ?? undefined }}
          onFinish={(v) => void submit(v)}
          className="doc-submit-form"
        >
          <Form.Item name="reviewer" label="审核人">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="默认：管理者代表"
              virtual={false}
              options={personOptions(people, r.reviewer_id ? [r.reviewer_id] : [])}
              notFoundContent="无匹配的人员"
              className="doc-signer-select"
            />
          </Form.Item>
          <Form.Item name="approver" label="批准人">
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              placeholder="默认：最高管理者"
              virtual={false}
              options={personOptions(people, r.approver_id ? [r.approver_id] : [])}
              notFoundContent="无匹配的人员"
              className="doc-signer-select"
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" icon={<SendOutlined />} loading={busy} data-testid="revision-submit">
            提交审核
          </Button>
        </Form>
      )}
      {inApproval && (
        <Tooltip title="撤回审批、回到草稿以便修改内容；已有的审核、批准记录将清除">
          <Button icon={<RollbackOutlined />} loading={busy} onClick={() => void returnToDraft()} data-testid="revision-return">
            退回草稿
          </Button>
        </Tooltip>
      )}
      {r.status === "in_review" && !r.reviewed_on && (
        <>
          <Button danger onClick={reviewReject} data-testid="revision-review-reject">
            退回修改
          </Button>
          <Button type="primary" onClick={reviewPass} data-testid="revision-review-pass">
            审核通过
          </Button>
        </>
      )}
      {r.status === "in_review" && r.reviewed_on && (
        <Button type="primary" onClick={approve} data-testid="revision-approve">
          批准
        </Button>
      )}
      {r.status === "approved" && (
        <Button type="primary" onClick={publish} data-testid="revision-publish">
          发布
        </Button>
      )}
      <StepDateModal step={step.config} open={step.open} onClose={() => setStep((s) => ({ ...s, open: false }))} />
    </Flex>
  );
}
