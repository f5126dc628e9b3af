import { Alert, App, Col, DatePicker, Form, Input, Radio, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import * as api from "../../api";
import type { AcceptancePathKind } from "../../bindings/AcceptancePathKind";
import type { ApplicationRecord } from "../../bindings/ApplicationRecord";
import type { ApplicationResult } from "../../bindings/ApplicationResult";
import type { CertificationBody } from "../../bindings/CertificationBody";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import { FormModal } from "../../components/FormModal";
import { fromDay, toDay } from "../../dates";
import { maxRule, text } from "../../validation";
import { bodyReason, MISSES_SUBSIDY, pathName, PATHS, RESULT_LABELS } from "./applicationLabels";

interface Props {
  open: boolean;
  /** `null` to add a new record. */
  editing: ApplicationRecord | null;
  defaultPath: AcceptancePathKind | null;
  defaultBodyId: number | null;
  bodies: CertificationBody[];
  program: ProgramProfile | undefined;
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  path: AcceptancePathKind | null;
  body_id: number | null;
  submitted_on?: Dayjs;
  stage1_on?: Dayjs;
  stage2_on?: Dayjs;
  result: ApplicationResult;
  certificate_no: string;
  certificate_on?: Dayjs;
  note: string;
}

const RESULTS: ApplicationResult[] = ["pending", "passed", "failed"];

export function RecordModal(props: Props) {
  const { open, editing, defaultPath, defaultBodyId, bodies, program, onClose, onSaved } = props;
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const path = Form.useWatch("path", form);
  const certOn = Form.useWatch("certificate_on", form);
  const deadline = program?.deadline;
  const late = !!(certOn && deadline && fromDay(certOn)! > deadline);

  const onSubmit = async (v: Values) => {
    const saved = await api.applicationRecordSave(editing?.id ?? null, {
      path: v.path ?? null,
      body_id: v.path === "certification" ? (v.body_id ?? null) : null,
      submitted_on: fromDay(v.submitted_on),
      stage1_on: fromDay(v.stage1_on),
      stage2_on: fromDay(v.stage2_on),
      result: v.result,
      certificate_no: text(v.certificate_no),
      certificate_on: fromDay(v.certificate_on),
      note: text(v.note),
    });
    if (saved.misses_subsidy) void message.warning(`已保存申请记录：${MISSES_SUBSIDY}`);
    else void message.success(editing ? "已保存申请记录" : "已新增申请记录");
    onSaved();
  };

  return (
    <FormModal<Values>
      open={open}
      title={editing ? "编辑申请记录" : "登记申请"}
      name="record"
      form={form}
      width={720}
      initialValues={{
        path: editing?.path ?? defaultPath,
        body_id: editing ? editing.body_id : defaultBodyId,
        submitted_on: toDay(editing?.submitted_on),
        stage1_on: toDay(editing?.stage1_on),
        stage2_on: toDay(editing?.stage2_on),
        result: editing?.result ?? "pending",
        certificate_no: editing?.certificate_no ?? "",
        certificate_on: toDay(editing?.certificate_on),
        note: editing?.note ?? "",
      }}
      okText={editing ? "保存" : "登记"}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Form.Item name="path" label="验收方式" rules={[{ required: true, message: "请选择验收方式" }]}>
        <Radio.Group>
          {PATHS.map((p) => (
            <Radio key={p} value={p}>
              <span data-testid={`record-path-${p}`}>{pathName(p, program)}</span>
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {path === "certification" && (
        <Form.Item name="body_id" label="认证机构" rules={[{ required: true, message: "第三方认证请选择认证机构" }]}>
          <Select
            placeholder="选择符合要求的认证机构"
            options={bodies
              .filter((b) => !b.archived || b.id === editing?.body_id)
              .map((b) => ({
                value: b.id,
                label: b.qualifies ? b.name : `${b.name}（不可选用：${bodyReason(b)}）`,
                disabled: !b.qualifies,
              }))}
          />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="submitted_on" label="申请日期" rules={[{ required: true, message: "请选择申请日期" }]}>
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="stage1_on" label={path === "certification" ? "第一阶段审核" : "材料审查"}>
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="stage2_on" label={path === "certification" ? "第二阶段审核" : "现场验收"}>
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="result" label="结果">
            <Select options={RESULTS.map((r) => ({ value: r, label: RESULT_LABELS[r] }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="certificate_no"
            label={path === "certification" ? "证书编号" : "验收证书编号"}
            rules={[maxRule("证书编号", 60)]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="certificate_on" label="证书日期" tooltip={deadline ? `截止日期 ${deadline}，以证书记载的日期为准` : undefined}>
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
      </Row>
      {late && <Alert type="error" showIcon className="record-late" message={MISSES_SUBSIDY} />}
      <Form.Item name="note" label="备注" rules={[maxRule("备注", 1000)]}>
        <Input.TextArea rows={2} />
      </Form.Item>
    </FormModal>
  );
}
