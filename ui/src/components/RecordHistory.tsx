import { HistoryOutlined } from "@ant-design/icons";
import { Alert, Button, Drawer, Empty, Space, Spin, Timeline, Tooltip, Typography } from "antd";
import { useCallback, useState } from "react";
import * as api from "../api";
import type { Table } from "../bindings/Table";
import type { ChangeEntry } from "../bindings/ChangeEntry";
import { formatAt, operatorName } from "../history/changeFormat";
import { ActionTag, FieldChangeLine } from "../history/ChangeParts";
import { useRemote } from "../hooks/useRemote";
import { LoadError } from "./LoadError";
import "../history/history.css";

interface DrawerProps {
  open: boolean;
  entity: Table;
  recordId: string | number;
  /** What the record is called, for the title. */
  title: string;
  onClose: () => void;
}

function EntryItem({ e, entity }: { e: ChangeEntry; entity: string }) {
  const own = e.entity === entity;
  return (
    <div className="change-entry" data-testid="change-entry">
      <Space size={6} wrap>
        <ActionTag action={e.action} />
        {!own && (
          <Typography.Text strong>
            {e.entity_label}
            {e.record_label && !e.record_label.startsWith("#") ? `「${e.record_label}」` : ""}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">{formatAt(e.at)}</Typography.Text>
        <Typography.Text data-testid="change-operator">
          操作人：{operatorName(e)}
        </Typography.Text>
        {e.source && (
          <Typography.Text type="secondary" data-testid="change-source">
            来源：{e.source}
          </Typography.Text>
        )}
      </Space>
      {e.changes.length > 0 && (
        <div className="change-fields">
          {e.changes.map((c) => (
            <FieldChangeLine key={c.field} change={c} action={e.action} />
          ))}
        </div>
      )}
    </div>
  );
}

/** The change history of one record (and the rows that belong to it), newest first. */
export function RecordHistoryDrawer({ open, entity, recordId, title, onClose }: DrawerProps) {
  const load = useCallback(
    () => (open ? api.historyFor(entity, recordId) : Promise.resolve<ChangeEntry[]>([])),
    [open, entity, recordId],
  );
  const history = useRemote(load);
  const entries = history.data ?? [];
  const unset = entries.some((e) => !e.operator);

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width={520}
      title={`变更记录 · ${title}`}
      destroyOnHidden
    >
      <div data-testid="record-history">
        {history.error && <LoadError error={history.error} onRetry={history.reload} />}
        {unset && (
          <Alert
            type="info"
            showIcon
            className="change-hint"
            message="部分记录未填写操作人：可在“文件 → 设置”中填写操作人姓名，此后的变更都会记录。"
          />
        )}
        {history.loading && entries.length === 0 ? (
          <Spin />
        ) : entries.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无变更记录" />
        ) : (
          <Timeline
            items={entries.map((e) => ({
              key: e.id,
              color: e.action === "delete" ? "red" : e.action === "create" ? "green" : "blue",
              children: <EntryItem e={e} entity={entity} />,
            }))}
          />
        )}
      </div>
    </Drawer>
  );
}

interface ButtonProps {
  entity: Table;
  recordId: string | number;
  title: string;
  /** `icon` for a table row, `text` for a toolbar. */
  variant?: "icon" | "text";
}

/** A 变更记录 button that opens the record's history. */
export function RecordHistoryButton({ entity, recordId, title, variant = "icon" }: ButtonProps) {
  const [open, setOpen] = useState(false);
  // Controlled, so the tip closes when the drawer opens instead of staying over it.
  const [tip, setTip] = useState(false);
  const show = () => {
    setTip(false);
    setOpen(true);
  };
  const testId = `history-${entity}-${recordId}`;
  return (
    <>
      {variant === "icon" ? (
        <Tooltip title="变更记录" open={tip && !open} onOpenChange={setTip}>
          <Button
            type="link"
            size="small"
            icon={<HistoryOutlined />}
            aria-label="变更记录"
            onClick={show}
            data-testid={testId}
          />
        </Tooltip>
      ) : (
        <Button icon={<HistoryOutlined />} onClick={show} data-testid={testId}>
          变更记录
        </Button>
      )}
      {open && (
        <RecordHistoryDrawer
          open={open}
          entity={entity}
          recordId={recordId}
          title={title}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
