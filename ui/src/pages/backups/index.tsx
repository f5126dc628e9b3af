import { CloudUploadOutlined, FolderOpenOutlined, SaveOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Table, Tag } from "antd";
import * as api from "../../api";
import type { BackupEntry } from "../../bindings/BackupEntry";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { useRemote } from "../../hooks/useRemote";
import { REASON_COLORS, REASON_LABELS, formatSize } from "./backupLabels";
import { useBackupActions } from "./useBackupActions";

const loadBackups = () => api.backupList();

/** 备份与恢复: the open project's backups (automatic, before upgrades, manual, before restores), and restore. */
export function BackupsPage() {
  const backups = useRemote(loadBackups);
  const { backupNow, backupToFile, restore, restoreFromFile } = useBackupActions(backups.reload);

  const columns = [
    { title: "时间", dataIndex: "created_at", key: "created_at", width: 190 },
    {
      title: "类型",
      dataIndex: "reason",
      key: "reason",
      width: 100,
      render: (r: BackupEntry["reason"]) => <Tag color={REASON_COLORS[r]}>{REASON_LABELS[r]}</Tag>,
    },
    { title: "大小", dataIndex: "size", key: "size", width: 110, render: (s: number) => formatSize(s) },
    { title: "文件", dataIndex: "file_name", key: "file_name", ellipsis: true },
    {
      title: "操作",
      key: "actions",
      width: 100,
      render: (_: unknown, b: BackupEntry) => (
        <Button size="small" data-testid={`restore-${b.file_name}`} onClick={() => void restore(b.path)}>
          恢复
        </Button>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="备份与恢复"
        description="每天首次打开项目、每次升级数据版本前都会自动备份，保留最近 10 份。"
        extra={
          <>
            <Button type="primary" icon={<CloudUploadOutlined />} data-testid="backup-now" onClick={() => void backupNow()}>
              立即备份
            </Button>
            <Button icon={<SaveOutlined />} data-testid="backup-to-file" onClick={() => void backupToFile()}>
              备份到文件…
            </Button>
            <Button icon={<FolderOpenOutlined />} data-testid="restore-from-file" onClick={() => void restoreFromFile()}>
              从文件恢复…
            </Button>
          </>
        }
      />
      {backups.error && <LoadError error={backups.error} onRetry={backups.reload} />}
      <Card size="small">
        <Alert
          type="info"
          showIcon
          className="backups-note"
          message="恢复前会先检查备份文件（是否为贯标助手项目、数据版本、完整性），并把当前内容另存为一份“恢复前”备份。"
        />
        <div data-testid="backup-table">
        <Table<BackupEntry>
          sticky
          rowKey="path"
          size="small"
          loading={backups.loading}
          dataSource={backups.data ?? []}
          columns={columns}
          pagination={false}
          locale={{ emptyText: "还没有备份" }}
        />
        </div>
      </Card>
    </>
  );
}
