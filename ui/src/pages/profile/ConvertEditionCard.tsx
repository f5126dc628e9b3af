import { Alert, App, Button, Card, DatePicker, Form, Modal, Radio, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import * as api from "../../api";
import type { ConversionReport } from "../../bindings/ConversionReport";
import type { ConversionRoute } from "../../bindings/ConversionRoute";
import { CONVERSION_ROUTE_LABEL } from "../../bindings/labels";
import { fromDay } from "../../dates";
import { useShowError } from "../../hooks/useShowError";
import { useProject } from "../../project/projectContext";

interface Props {
  /** The project's edition as saved. */
  edition: string;
}

const ROUTES: ConversionRoute[] = ["surveillance", "recertification", "transition_audit"];

/** 换版: shown while the project's edition has a successor; converts after a confirmation that says what happens. */
export function ConvertEditionCard({ edition }: Props) {
  const { catalog, refreshProject } = useProject();
  const { modal } = App.useApp();
  const showError = useShowError();
  const [open, setOpen] = useState(false);
  const [route, setRoute] = useState<ConversionRoute | null>(null);
  const [deadline, setDeadline] = useState<Dayjs | null>(null);
  const [busy, setBusy] = useState(false);
  const current = catalog.standards.find((s) => s.id === edition);
  const next = catalog.standards.find((s) => s.id === current?.successor);
  if (!current || !next) return null;

  const convert = async () => {
    setBusy(true);
    try {
      const r: ConversionReport = await api.editionConvert({ to: next.code, route, deadline: fromDay(deadline) });
      setOpen(false);
      void refreshProject();
      modal.success({
        title: `已转换为 ${r.conversion.to_edition}`,
        content: (
          <div data-testid="convert-edition-result">
            <p>换版前备份：{r.conversion.backup_file}</p>
            <p>
              差距诊断沿用 {r.diagnoses_carried} 个条款的结论；{r.new_clauses.length} 个新增条款待诊断，已列入贯标计划。
            </p>
            <p>
              原体系文件 {r.documents_archived} 份作废留存；新生成文件草稿 {r.documents_created} 份（其中{" "}
              {r.documents_kept_text.length} 份沿用企业修改过的正文）。
            </p>
            {r.warnings.map((w) => (
              <p key={w}>注意：{w}</p>
            ))}
          </div>
        ),
      });
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title="换版" size="small" className="form-card" data-testid="convert-edition-card">
      <Typography.Paragraph>
        本项目按 {current.id} 建立。{current.validity_source}：{next.id} 已代替 {current.id}
        {current.certificates_until ? `，未转换的证书在 ${current.certificates_until} 后暂停或撤销` : ""}。
      </Typography.Paragraph>
      <Button onClick={() => setOpen(true)} data-testid="convert-edition-open">
        转换为 {next.id}…
      </Button>
      <Modal
        open={open}
        title={`将项目转换为 ${next.id}？`}
        okText="备份并转换"
        cancelText="取消"
        confirmLoading={busy}
        onOk={() => void convert()}
        onCancel={() => setOpen(false)}
        okButtonProps={{ ...({ "data-testid": "convert-edition-ok" } as object) }}
      >
        <Alert
          type="info"
          showIcon
          message="转换前先自动备份项目文件（可在“备份与恢复”中恢复）。转换时："
          description={
            <ul>
              <li>差距诊断和证据按新旧条款对应关系沿用：多个原条款对应一个新条款时取最弱的结论并保留全部证据；新增条款从未诊断开始。</li>
              <li>原体系文件作废并留存为历史；按 {next.id} 生成整套文件草稿，一一对应且企业改过的文件沿用其正文。</li>
              <li>职能分配、文件覆盖条款、未完成内审的范围、计划任务等按新条款调整；已完成的内审及其不符合项保持原样。</li>
              <li>新增条款列入贯标计划；人员、培训、内审、管理评审和运行记录均不改变。</li>
            </ul>
          }
        />
        <Form layout="vertical" style={{ marginTop: 16 }}>
          <Form.Item label="转换方式（与认证机构商定；可暂不选择）">
            <Radio.Group value={route} onChange={(e) => setRoute(e.target.value as ConversionRoute)}>
              {ROUTES.map((r) => (
                <Radio key={r} value={r}>
                  {CONVERSION_ROUTE_LABEL[r]}
                </Radio>
              ))}
            </Radio.Group>
          </Form.Item>
          <Form.Item
            label="转换截止日期（与认证机构商定；不填按原版本证书的最后有效日）"
            extra={current.certificates_until ? `${current.id} 证书最后有效日：${current.certificates_until}` : undefined}
          >
            <DatePicker value={deadline} onChange={setDeadline} data-testid="convert-edition-deadline" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
