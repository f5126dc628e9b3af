import { InfoCircleOutlined, RightOutlined, SaveOutlined } from "@ant-design/icons";
import { App, Button, Card, Flex, Form, Input, Radio, Typography } from "antd";
import { useEffect, useState } from "react";
import * as api from "../../api";
import type { Clause } from "../../bindings/Clause";
import type { ClauseDiagnosis } from "../../bindings/ClauseDiagnosis";
import type { DiagnosisResult } from "../../bindings/DiagnosisResult";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { useSaveShortcut } from "../../hooks/useSaveShortcut";
import { useShowError } from "../../hooks/useShowError";
import { maxRule, text } from "../../validation";
import { RESULT_OPTIONS } from "./diagnosisLabels";
import { ClauseNo } from "../../standard/ClauseNo";
import { ResultTag } from "./ResultTag";

interface FormValues {
  result?: DiagnosisResult;
  reason: string;
  current_practice: string;
  gap: string;
}

interface Props {
  item: ClauseDiagnosis;
  /** The clause in the library: summary and typical evidence. */
  clause: Clause | undefined;
  notice: string;
  dirty: boolean;
  setDirty: (dirty: boolean) => void;
  hasNext: boolean;
  onNext: () => void;
  /** Focus the result on mount (after choosing the clause from the list or with 下一条). */
  autoFocus: boolean;
}

/** The requirement of one clause and its diagnosis form (key it by clause). */
export function ClauseDetail({
  item,
  clause,
  notice,
  dirty,
  setDirty,
  hasNext,
  onNext,
  autoFocus,
}: Props) {
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const showError = useShowError();
  const result = Form.useWatch("result", form);

  useEffect(() => {
    if (!autoFocus) return;
    const group = document.getElementById("diagnosis_result");
    const input =
      group?.querySelector<HTMLInputElement>("input:checked") ?? group?.querySelector<HTMLInputElement>("input");
    input?.focus({ preventScroll: true });
  }, [autoFocus]);

  const save = async (): Promise<boolean> => {
    if (saving) return false;
    let v: FormValues;
    try {
      v = await form.validateFields();
    } catch {
      void message.error("请先修正标红的内容");
      return false;
    }
    setSaving(true);
    try {
      await api.diagnosisSave(item.clause, {
        result: v.result ?? null,
        reason: v.result === "not_applicable" ? text(v.reason) : "",
        current_practice: text(v.current_practice),
        gap: text(v.gap),
      });
      void message.success(`已保存条款 ${item.number} 的诊断`);
      setDirty(false);
      return true;
    } catch (e) {
      showError(e);
      return false;
    } finally {
      setSaving(false);
    }
  };

  const next = async () => {
    if (dirty && !(await save())) return;
    onNext();
  };

  useSaveShortcut(true, () => void save());

  return (
    <Card
      size="small"
      className="form-card"
      title={
        <Flex align="center" gap={8}>
          <span className="diag-detail-number">
            <ClauseNo k={item.clause} full />
          </span>
          <span>{item.title}</span>
          <ResultTag result={item.result} testId="diagnosis-current-result" />
        </Flex>
      }
      extra={
        <Flex align="center" gap={8}>
          {dirty && <Typography.Text type="warning">有未保存的修改</Typography.Text>}
          <Button
            type="primary"
            icon={<SaveOutlined />}
            loading={saving}
            onClick={() => void save()}
            title="保存（Ctrl+S）"
            data-testid="diagnosis-save"
          >
            保存
          </Button>
          <Button
            onClick={() => void next()}
            disabled={!hasNext || saving}
            title={dirty ? "保存并转到下一条" : "转到下一条"}
            data-testid="diagnosis-next"
          >
            下一条 <RightOutlined />
          </Button>
          <RecordHistoryButton entity="diagnosis" recordId={item.clause} title={`${item.number} ${item.title}`} />
        </Flex>
      }
    >
      <div className="diag-requirement">
        <div className="diag-requirement-row">
          <span className="diag-requirement-label">要求摘要</span>
          <span>{clause?.summary || "—"}</span>
        </div>
        <div className="diag-requirement-row">
          <span className="diag-requirement-label">典型证据</span>
          <span>{clause?.typical_evidence || "—"}</span>
        </div>
        {notice && (
          <Typography.Text type="secondary" className="diag-notice">
            <InfoCircleOutlined /> {notice}
          </Typography.Text>
        )}
      </div>
      <Form<FormValues>
        name="diagnosis"
        form={form}
        layout="vertical"
        initialValues={{
          result: item.result ?? undefined,
          reason: item.reason,
          current_practice: item.current_practice,
          gap: item.gap,
        }}
        onValuesChange={() => setDirty(true)}
      >
        <Form.Item name="result" label="诊断结论" rules={[{ required: true, message: "请选择诊断结论" }]}>
          <Radio.Group options={RESULT_OPTIONS} />
        </Form.Item>
        {result === "not_applicable" && (
          <Form.Item
            name="reason"
            label="不适用理由"
            rules={[
              { required: true, whitespace: true, message: "判为不适用时，请填写理由" },
              maxRule("不适用理由", 1000),
            ]}
            extra="不适用的条款不计入文件覆盖缺口；理由应能向审核员说明（如企业不涉及该业务）。"
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} placeholder="如 企业无涉外贸易业务" />
          </Form.Item>
        )}
        <Form.Item name="current_practice" label="现状" rules={[maxRule("现状", 4000)]}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 10 }}
            placeholder="企业目前的做法：已有的制度、流程、记录，由谁负责……"
          />
        </Form.Item>
        <Form.Item name="gap" label="差距" rules={[maxRule("差距", 4000)]}>
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 10 }}
            placeholder="与条款要求相比还缺什么：文件、职责、记录或执行……"
          />
        </Form.Item>
      </Form>
    </Card>
  );
}
