import { Alert, App, Button, Modal, Space, Steps, Table, Tag, Typography } from "antd";
import { useContext, useState } from "react";
import * as api from "../api";
import type { ClauseChange } from "../bindings/ClauseChange";
import { useShowError } from "../hooks/useShowError";
import { CHANGE_COLORS, CHANGE_LABELS, changeSummary, changesToShow, changeText } from "./clauseChanges";
import { pickCheckedTable, pickTableSavePath } from "./clauseTableDialogs";
import { StandardContext } from "./standardContext";

interface Props {
  open: boolean;
  onClose: () => void;
}

/** 按正式文本更正条款表: export the table, check it against the official text,
 *  import it — the differences are listed, and nothing changes until 应用更正. */
export function ClauseTableDialog({ open, onClose }: Props) {
  const standard = useContext(StandardContext);
  const { message } = App.useApp();
  const showError = useShowError();
  const [file, setFile] = useState<string | null>(null);
  const [changes, setChanges] = useState<ClauseChange[] | null>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setFile(null);
    setChanges(null);
    onClose();
  };
  const run = async (f: () => Promise<void>) => {
    setBusy(true);
    try {
      await f();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  const exportTable = () =>
    run(async () => {
      const path = await pickTableSavePath();
      if (!path) return;
      await api.clauseTableExport(path);
      void message.success(`已导出到 ${path}`);
    });
  const chooseFile = () =>
    run(async () => {
      const path = await pickCheckedTable();
      if (!path) return;
      setChanges(await api.clauseTablePreview(path));
      setFile(path);
    });
  const apply = () =>
    run(async () => {
      if (!file) return;
      await api.clauseTableApply(file);
      void message.success("条款表已按正式文本更正");
      close();
    });

  const shown = changes ? changesToShow(changes) : [];
  return (
    <Modal
      open={open}
      title="按正式文本更正条款表"
      width={760}
      onCancel={close}
      footer={[
        <Button key="cancel" onClick={close}>
          取消
        </Button>,
        <Button key="apply" type="primary" disabled={!changes} loading={busy} onClick={() => void apply()} data-testid="clause-table-apply">
          应用更正
        </Button>,
      ]}
    >
      <Steps
        size="small"
        direction="vertical"
        current={changes ? 2 : 1}
        items={[
          {
            title: "导出当前条款表",
            description: (
              <Space direction="vertical">
                <Typography.Text type="secondary">
                  三列：条款号、标题、上级。对照正式文本（{standard?.official_text ?? "标准正式文本"}）改正条款号和标题，可增删行。
                </Typography.Text>
                <Button onClick={() => void exportTable()} disabled={busy}>
                  导出条款表…
                </Button>
              </Space>
            ),
          },
          {
            title: "选择核对后的条款表",
            description: (
              <Space direction="vertical">
                <Typography.Text type="secondary">Excel、CSV 或制表符分隔文本；有误的行会指出行号与原因，不会写入。</Typography.Text>
                <Button onClick={() => void chooseFile()} disabled={busy} data-testid="clause-table-choose">
                  选择文件…
                </Button>
              </Space>
            ),
          },
          {
            title: "核对差异后应用",
            description: changes && (
              <Space direction="vertical" style={{ width: "100%" }}>
                <Alert
                  type={shown.some((c) => c.kind === "removed") ? "warning" : "info"}
                  showIcon
                  message={changeSummary(changes)}
                  description="标题相同且上级相同的条款视为同一条款（改号），条款号与上级相同的视为同一条款（改名）；应用后所有记录和文件显示新的条款号和标题。"
                />
                <Table<ClauseChange>
                  size="small"
                  rowKey="key"
                  pagination={false}
                  scroll={{ y: 260 }}
                  dataSource={shown}
                  locale={{ emptyText: "与当前条款表完全一致：应用后条款表标为已按正式文本核对" }}
                  columns={[
                    {
                      title: "变化",
                      dataIndex: "kind",
                      width: 110,
                      render: (k: ClauseChange["kind"]) => <Tag color={CHANGE_COLORS[k]}>{CHANGE_LABELS[k]}</Tag>,
                    },
                    { title: "条款", render: (_, c) => changeText(c) },
                  ]}
                />
              </Space>
            ),
          },
        ]}
      />
    </Modal>
  );
}
