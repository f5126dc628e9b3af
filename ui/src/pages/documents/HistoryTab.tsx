import { Button, Flex, Modal, Table, Tooltip, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import type { Revision } from "../../bindings/Revision";
import type { RevisionStatus } from "../../bindings/RevisionStatus";
import { RenderedPreview } from "../../doctext/RenderedPreview";
import { DiffView } from "./DiffView";
import { RevisionStatusTag } from "./RevisionStatusTag";

const dash = <Typography.Text type="secondary">—</Typography.Text>;
const orDash = (v: string | null) => v || dash;

function columns(onView: (r: Revision) => void): TableColumnsType<Revision> {
  return [
    { title: "版本", dataIndex: "version", width: 64 },
    {
      title: "状态",
      dataIndex: "status",
      width: 80,
      render: (s: RevisionStatus) => <RevisionStatusTag status={s} />,
    },
    {
      title: "修订说明",
      dataIndex: "change_note",
      ellipsis: { showTitle: false },
      render: (v: string) =>
        v ? (
          <Tooltip title={v} placement="topLeft">
            {v}
          </Tooltip>
        ) : (
          dash
        ),
    },
    {
      title: "编制",
      key: "drafted",
      width: 150,
      render: (_, r) => (r.drafted_by_name || r.drafted_on ? `${r.drafted_by_name ?? ""} ${r.drafted_on ?? ""}`.trim() : dash),
    },
    { title: "审核", dataIndex: "reviewed_on", width: 100, render: orDash },
    { title: "批准", dataIndex: "approved_on", width: 100, render: orDash },
    { title: "发布", dataIndex: "published_on", width: 100, render: orDash },
    { title: "作废", dataIndex: "obsolete_on", width: 100, render: orDash },
    {
      title: "内容摘要",
      dataIndex: "content_hash",
      width: 96,
      render: (h: string | null) =>
        h ? (
          <Tooltip title={`SHA-256：${h}`}>
            <Typography.Text code className="doc-hash">
              {h.slice(0, 8)}
            </Typography.Text>
          </Tooltip>
        ) : (
          dash
        ),
    },
    {
      title: "操作",
      key: "actions",
      width: 64,
      render: (_, r) => (
        <Button type="link" size="small" onClick={() => onView(r)} data-testid={`revision-view-${r.id}`}>
          查看
        </Button>
      ),
    },
  ];
}

/** 版本历史: every revision; choose two to see what changed. */
export function HistoryTab({ revisions, loading }: { revisions: Revision[]; loading: boolean }) {
  const [selected, setSelected] = useState<number[]>([]);
  const [viewing, setViewing] = useState<Revision | null>(null);
  const rows = [...revisions].reverse();
  const chosen = revisions.filter((r) => selected.includes(r.id));
  const [older, newer] = chosen.length === 2 ? chosen : [undefined, undefined];

  return (
    <>
      <Typography.Paragraph type="secondary">
        {revisions.length > 1
          ? "勾选两个版本，查看它们之间的改动。已发布版本的内容摘要（SHA-256）在发布时固定，可用于核对文本未被改动。"
          : "文件只有一个版本；新建修订版后可在此比较版本之间的改动。"}
      </Typography.Paragraph>
      <div data-testid="revision-table">
        <Table<Revision>
          rowKey="id"
          size="small"
          columns={columns(setViewing)}
          dataSource={rows}
          loading={loading}
          pagination={false}
          scroll={{ x: 900 }}
          rowSelection={{
            selectedRowKeys: selected,
            hideSelectAll: true,
            columnWidth: 36,
            onChange: (keys) => setSelected((keys as number[]).slice(-2)),
            getCheckboxProps: (r) => ({
              disabled: selected.length >= 2 && !selected.includes(r.id),
              "aria-label": `选择 ${r.version} 版`,
            }),
          }}
        />
      </div>
      {older && newer ? (
        <div className="doc-diff-wrap">
          <DiffView key={`${older.id}-${newer.id}`} older={older} newer={newer} />
        </div>
      ) : (
        revisions.length > 1 && (
          <Flex className="doc-diff-wrap">
            <Typography.Text type="secondary">{`已选 ${selected.length} / 2 个版本`}</Typography.Text>
          </Flex>
        )
      )}
      <Modal
        open={viewing !== null}
        title={viewing ? `${viewing.version} 版` : ""}
        onCancel={() => setViewing(null)}
        footer={null}
        width={860}
      >
        {viewing && (
          <div className="doc-preview-scroll doc-preview-modal">
            <RenderedPreview text={viewing.issued_text ?? viewing.content} />
          </div>
        )}
      </Modal>
    </>
  );
}
