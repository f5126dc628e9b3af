// 内审工作包 (issue 19): the IP manager makes one package per auditor and
// imports their results; on the auditor's laptop the package opens in an
// audit-only mode whose banner exports the results.
import { ExportOutlined, ImportOutlined, SendOutlined } from "@ant-design/icons";
import { Alert, App, Button, Descriptions, Empty, List, Modal, Radio, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import * as api from "../../api";
import type { AuditPackageInfo } from "../../bindings/AuditPackageInfo";
import type { AuditResultsPreview } from "../../bindings/AuditResultsPreview";
import type { ConflictSide } from "../../bindings/ConflictSide";
import type { MergeChangeKind } from "../../bindings/MergeChangeKind";
import type { MergeConflict } from "../../bindings/MergeConflict";
import { askOpenPath, askSavePath } from "../../components/fileDialogAnswers";
import { useShowError } from "../../hooks/useShowError";
import { safeFileName } from "../../project/projectName";
import type { AuditRow } from "./auditColumns";

const PACKAGE_FILTER = { name: "内审工作包", extensions: ["gbaudit"] };
const RESULTS_FILTER = { name: "内审结果", extensions: ["gbresult"] };

/** 生成内审工作包: pick the auditor, then where to save their package. */
export function PackageButton({ audit }: { audit: AuditRow }) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [picking, setPicking] = useState(false);
  const [auditor, setAuditor] = useState<number | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const make = async () => {
    if (auditor === undefined) return;
    const name = audit.auditor_names[audit.auditor_ids.indexOf(auditor)] ?? "";
    const path = await askSavePath("保存内审工作包", safeFileName(`内审工作包-${audit.number}-${name}.gbaudit`), PACKAGE_FILTER);
    if (!path) return;
    setBusy(true);
    try {
      const info = await api.auditPackageCreate(audit.id, auditor, path);
      void message.success(`已生成 ${info.auditor_name} 的内审工作包（${info.department_names.join("、")}）：${path}`);
      setPicking(false);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<SendOutlined />} onClick={() => setPicking(true)} data-testid="audit-package">
        生成内审工作包
      </Button>
      <Modal
        open={picking}
        title="生成内审工作包"
        okText="生成并保存"
        onOk={() => void make()}
        okButtonProps={{ disabled: auditor === undefined, loading: busy, ...({ "data-testid": "audit-package-ok" } as object) }}
        onCancel={() => setPicking(false)}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">
          工作包是项目的一份副本，只含该审核员负责部门的检查表条目。审核员在自己的电脑上用贯标助手打开它，记录判定、审核记录、不符合项和现场照片等审核证据，然后导出审核结果（含证据文件）交回，在这里“导入审核结果”。
        </Typography.Paragraph>
        <Select
          className="full-width"
          placeholder="选择审核员"
          value={auditor}
          onChange={setAuditor}
          options={audit.auditor_ids.map((id, i) => ({ value: id, label: audit.auditor_names[i] }))}
          id="audit_package_auditor"
          data-testid="audit-package-auditor"
        />
      </Modal>
    </>
  );
}

const KIND: Record<MergeChangeKind, { label: string; color: string }> = {
  judged: { label: "判定", color: "blue" },
  noted: { label: "记录", color: "default" },
  nc_raised: { label: "不符合项", color: "red" },
  evidence: { label: "证据", color: "purple" },
};

function conflictRows(c: MergeConflict) {
  return c.fields.map((f) => ({ key: `${c.checklist_item_id}-${f.field}`, ...f }));
}

/** 导入审核结果: pick a results file, see what it adds and changes and its conflicts, decide, import. */
export function ImportResultsButton() {
  const { message } = App.useApp();
  const showError = useShowError();
  const [path, setPath] = useState<string | null>(null);
  const [preview, setPreview] = useState<AuditResultsPreview | null>(null);
  const [decisions, setDecisions] = useState<Record<number, ConflictSide>>({});
  const [busy, setBusy] = useState(false);
  const start = async () => {
    const file = await askOpenPath("导入审核结果", RESULTS_FILTER);
    if (!file) return;
    try {
      const p = await api.auditResultsPreview(file);
      setPath(file);
      setDecisions({});
      setPreview(p);
    } catch (e) {
      showError(e);
    }
  };
  const close = () => {
    setPreview(null);
    setPath(null);
  };
  const undecided = preview ? preview.conflicts.filter((c) => !decisions[c.checklist_item_id]).length : 0;
  const merge = async () => {
    if (!preview || !path) return;
    setBusy(true);
    try {
      const r = await api.auditResultsMerge(
        path,
        preview.conflicts.map((c) => ({ checklist_item_id: c.checklist_item_id, keep: decisions[c.checklist_item_id] })),
      );
      const ncs = r.nonconformities.length > 0 ? `，不符合项 ${r.nonconformities.join("、")}` : "";
      const files = r.evidence_files > 0 ? `，审核证据 ${r.evidence_files} 份` : "";
      void message.success(`已导入 ${r.auditor_name} 的审核结果：${r.lines_changed} 条检查表条目${ncs}${files}`);
      close();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<ImportOutlined />} onClick={() => void start()} data-testid="audit-results-import">
        导入审核结果
      </Button>
      {preview && (
        <Modal
          open
          width={880}
          title={`导入 ${preview.package.auditor_name} 的审核结果（${preview.package.audit_number}）`}
          okText={undecided > 0 ? `还有 ${undecided} 处冲突未决定` : "导入"}
          okButtonProps={{ disabled: undecided > 0, loading: busy, ...({ "data-testid": "audit-results-merge" } as object) }}
          onOk={() => void merge()}
          onCancel={close}
        >
          <Descriptions size="small" column={2}>
            <Descriptions.Item label="审核员">{preview.package.auditor_name}</Descriptions.Item>
            <Descriptions.Item label="审核部门">{preview.package.department_names.join("、")}</Descriptions.Item>
            <Descriptions.Item label="工作包生成">{preview.package.created_at.replace("T", " ").slice(0, 19)}</Descriptions.Item>
            <Descriptions.Item label="结果导出">{preview.exported_at.replace("T", " ").slice(0, 19)}</Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>新增和修改（{preview.changes.length}）</Typography.Title>
          <List
            size="small"
            bordered
            data-testid="audit-results-changes"
            dataSource={preview.changes}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有新的内容" /> }}
            renderItem={(c) => (
              <List.Item>
                <Space>
                  <Tag color={KIND[c.kind].color}>{KIND[c.kind].label}</Tag>
                  <span>
                    {c.department_name} {c.clause}
                  </span>
                  <Typography.Text type="secondary">{c.summary}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
          {preview.conflicts.length > 0 && (
            <>
              <Typography.Title level={5}>冲突（{preview.conflicts.length}）</Typography.Title>
              <Alert
                type="warning"
                showIcon
                message="这些检查表条目在工作包生成后已在项目中改动（或已由另一份审核结果改动）。请逐条决定保留哪一方，不会自动覆盖。"
              />
              {preview.conflicts.map((c) => (
                <div key={c.checklist_item_id} className="merge-conflict" data-testid="audit-results-conflict">
                  <Space className="merge-conflict-head">
                    <strong>
                      {c.department_name} {c.clause}
                    </strong>
                    <Typography.Text type="secondary">{c.missing ? "该条目已从检查表删除" : c.question}</Typography.Text>
                    <Radio.Group
                      value={decisions[c.checklist_item_id]}
                      onChange={(e) => setDecisions((d) => ({ ...d, [c.checklist_item_id]: e.target.value as ConflictSide }))}
                    >
                      <Radio value="project">保留项目</Radio>
                      <Radio value="package" disabled={c.missing}>
                        采用工作包
                      </Radio>
                    </Radio.Group>
                  </Space>
                  <Table
                    size="small"
                    pagination={false}
                    dataSource={conflictRows(c)}
                    columns={[
                      { title: "", dataIndex: "label", width: 90 },
                      { title: "生成工作包时", dataIndex: "base" },
                      { title: "项目中现在", dataIndex: "project" },
                      { title: "工作包中", dataIndex: "package" },
                    ]}
                  />
                </div>
              ))}
            </>
          )}
        </Modal>
      )}
    </>
  );
}

/** The audit-only mode's banner: whose package this is, and 导出审核结果. */
export function PackageBanner({ pkg }: { pkg: AuditPackageInfo }) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const exportResults = async () => {
    const path = await askSavePath(
      "导出审核结果",
      safeFileName(`审核结果-${pkg.audit_number}-${pkg.auditor_name}.gbresult`),
      RESULTS_FILTER,
    );
    if (!path) return;
    setBusy(true);
    try {
      const r = await api.auditResultsExport(path);
      void message.success(
        `已导出审核结果（${r.lines_changed} 条检查表条目，${r.nonconformities} 个不符合项，${r.evidence_files} 份审核证据）：${path}`,
      );
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert
      type="info"
      banner
      className="package-banner"
      data-testid="package-banner"
      message={
        <span>
          内审工作包 · {pkg.audit_number} · 审核员 <strong>{pkg.auditor_name}</strong> · 审核部门 {pkg.department_names.join("、")}
          <Typography.Text type="secondary">
            {" "}
            （只能记录本人负责部门的检查表判定、审核记录、审核证据和不符合项；其他内容只读）
          </Typography.Text>
        </span>
      }
      action={
        <Button size="small" type="primary" icon={<ExportOutlined />} loading={busy} onClick={() => void exportResults()} data-testid="package-export">
          导出审核结果
        </Button>
      }
    />
  );
}
