import { Alert, App, Button, Card, Checkbox, Flex, Input, Progress, Typography } from "antd";
import { useEffect, useMemo, useState } from "react";
import * as api from "../../api";
import type { ExportProgress, PackageResult } from "../../api";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { useNavigate } from "../../navigation/navigationContext";
import { pickFolder } from "./exportDialogs";

interface Props {
  onDone: (r: PackageResult) => void;
}

const loadReadiness = () => api.readinessGet();
const SHOWN = 5;

/** Choose a folder, export the package, follow its progress. */
export function PackageExportCard({ onDone }: Props) {
  const showError = useShowError();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  const readiness = useRemote(loadReadiness);
  // What still blocks the application: the package can be made (to check it), not yet submitted.
  const blockers = useMemo(
    () => (readiness.data?.rules ?? []).filter((r) => !r.passed && r.severity === "blocker"),
    [readiness.data],
  );
  const [dir, setDir] = useState("");
  const [busy, setBusy] = useState(false);
  const [separate, setSeparate] = useState(false);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  // How the last export ended: the caption says so instead of its last step.
  const [finished, setFinished] = useState<"done" | "failed" | null>(null);

  useEffect(() => {
    const unlisten = api.exportProgressListen(setProgress);
    return () => {
      void unlisten.then((f) => f());
    };
  }, []);

  const choose = async () => {
    const picked = await pickFolder();
    if (picked) setDir(picked);
  };

  const start = () => {
    if (blockers.length === 0) {
      void run();
      return;
    }
    modal.confirm({
      title: `尚有 ${blockers.length} 项阻断，仍要导出？`,
      content: "导出的材料包可用于检查和预审；阻断项解决前，认证机构或验收部门会退回申请。",
      okText: "仍然导出",
      cancelText: "取消",
      okButtonProps: { ...({ "data-testid": "export-blocked-ok" } as object) },
      onOk: () => void run(),
    });
  };

  const run = async () => {
    setBusy(true);
    setProgress(null);
    setFinished(null);
    try {
      onDone(await api.exportPackage(dir, separate));
      setFinished("done");
    } catch (e) {
      setFinished("failed");
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  const percent = progress ? Math.round((progress.step / Math.max(1, progress.total)) * 100) : 0;
  return (
    <Card title="申报材料包">
      <Typography.Paragraph type="secondary">
        一个 ZIP：申报材料 PDF（封面、目录、企业基本情况、贯标工作总结……附件清单）、三份登记表、体系文件汇编（含全部已发布文件）、按章节归类的证明材料、目录.txt
        和 manifest.json（每个文件的 SHA-256）。申报材料 PDF 另存一份在同一文件夹。
      </Typography.Paragraph>
      {blockers.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="page-alert"
          data-testid="export-blockers"
          message={`尚有 ${blockers.length} 项阻断（以下条件未满足）：现在导出的材料包还不能用于申请`}
          description={
            <>
              <ul className="export-blocker-list">
                {blockers.slice(0, SHOWN).map((r) => (
                  <li key={r.id}>{r.title}</li>
                ))}
              </ul>
              {blockers.length > SHOWN && `另有 ${blockers.length - SHOWN} 项。`}
              <Button type="link" size="small" onClick={() => navigate("overview")}>
                到概览查看全部检查项
              </Button>
            </>
          }
        />
      )}
      <Checkbox
        checked={separate}
        disabled={busy}
        onChange={(e) => setSeparate(e.target.checked)}
        data-testid="export-separate"
        style={{ marginBottom: 12 }}
      >
        另附每份受控文件的单独 PDF（汇编已包含全部文件；勾选后材料包会大很多）
      </Checkbox>
      <Flex gap={8}>
        <Input
          value={dir}
          placeholder="选择或粘贴导出文件夹"
          data-testid="export-dir"
          onChange={(e) => setDir(e.target.value)}
        />
        <Button onClick={() => void choose().catch(showError)} disabled={busy}>
          选择文件夹
        </Button>
        <Button type="primary" disabled={!dir} loading={busy} onClick={start} data-testid="export-run">
          导出材料包
        </Button>
      </Flex>
      {(busy || progress) && (
        <div style={{ marginTop: 12 }}>
          <Progress
            percent={busy || finished === "failed" ? percent : 100}
            status={busy ? "active" : finished === "failed" ? "exception" : "success"}
          />
          <Typography.Text type="secondary" data-testid="export-caption">
            {busy ? progress?.label : finished === "failed" ? "未完成" : "已完成"}
          </Typography.Text>
        </div>
      )}
    </Card>
  );
}
