import { PrinterOutlined } from "@ant-design/icons";
import { App, Button, Tooltip } from "antd";
import { useState } from "react";
import * as api from "../../api";
import { sizeLabel } from "../../fileSize";
import { useShowError } from "../../hooks/useShowError";
import { pickPdfPath } from "../export/exportDialogs";
import type { AuditRow } from "./auditColumns";

/** 打印审核文件: the PDF the auditors carry and sign, saved where the user chooses. */
export function PrintButton({ audit }: { audit: AuditRow }) {
  const { message } = App.useApp();
  const showError = useShowError();
  const [busy, setBusy] = useState(false);
  const print = async () => {
    const path = await pickPdfPath(`内审文件-${audit.number}.pdf`);
    if (!path) return;
    setBusy(true);
    try {
      const size = await api.exportAuditPapers(audit.id, path);
      void message.success(`已导出 ${path}（${sizeLabel(size)}）`);
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title="审核计划、首末次会议签到表、各部门空白和已填检查表、不符合项报告（供签字），导出为一份 PDF">
      <Button icon={<PrinterOutlined />} loading={busy} onClick={() => void print()} data-testid="audit-print">
        打印审核文件
      </Button>
    </Tooltip>
  );
}
