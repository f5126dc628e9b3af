import { Col, DatePicker, Form, Input, Row, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import * as api from "../../api";
import type { AuditorStatus } from "../../bindings/AuditorStatus";
import type { Nonconformity } from "../../bindings/Nonconformity";
import type { Person } from "../../bindings/Person";
import { FormModal } from "../../components/FormModal";
import { fromDay, toDay } from "../../dates";
import { personOptions } from "../../people";
import { ClauseNo } from "../../standard/ClauseNo";
import { maxRule, text } from "../../validation";

export type NcStep = "confirm" | "cause" | "plan" | "done" | "verify" | "reopen" | "close";

interface Props {
  open: boolean;
  step: NcStep;
  nc: Nonconformity | null;
  /** The audit team, who may verify. */
  team: AuditorStatus[];
  people: Person[];
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  person_id?: number;
  on?: Dayjs;
  cause: string;
  correction: string;
  action: string;
  owner_id?: number;
  due_on?: Dayjs;
  note: string;
}

const TITLES: Record<NcStep, string> = {
  confirm: "受审核方确认",
  cause: "原因分析",
  plan: "纠正及纠正措施",
  done: "纠正措施完成",
  verify: "验证纠正措施：有效",
  reopen: "验证纠正措施：无效，重新实施",
  close: "关闭不符合项",
};

const OK: Record<NcStep, string> = {
  confirm: "确认",
  cause: "保存",
  plan: "保存",
  done: "标记完成",
  verify: "验证有效",
  reopen: "退回重新实施",
  close: "关闭",
};

const required = (message: string) => [{ required: true, message }];

/** One step of the corrective-action cycle; the core refuses a step out of order, and says why. */
export function NcStepModal({ open, step, nc, team, people, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  if (!nc) return null;
  const head = people.find((p) => p.department_id === nc.department_id && p.roles.includes("department_head"));
  const deptPeople = people.filter((p) => p.department_id === nc.department_id);
  const others = people.filter((p) => p.department_id !== nc.department_id);
  const personSelect = (
    <Select
      showSearch
      optionFilterProp="label"
      virtual={false}
      options={[
        { label: nc.department_name, title: nc.department_name, options: personOptions(deptPeople) },
        { label: "其他人员", title: "其他人员", options: personOptions(others) },
      ]}
    />
  );

  const onSubmit = async (v: Values) => {
    const on = fromDay(v.on);
    switch (step) {
      case "confirm":
        await api.ncConfirm(nc.id, { person_id: v.person_id ?? 0, on });
        break;
      case "cause":
        await api.ncCause(nc.id, text(v.cause));
        break;
      case "plan":
        await api.ncPlanAction(nc.id, {
          correction: text(v.correction),
          corrective_action: text(v.action),
          owner_id: v.owner_id ?? null,
          due_on: fromDay(v.due_on),
        });
        break;
      case "done":
        await api.ncDone(nc.id, on);
        break;
      case "verify":
      case "reopen":
        await api.ncVerify(nc.id, {
          auditor_id: v.person_id ?? 0,
          on,
          effective: step === "verify",
          note: text(v.note),
        });
        break;
      case "close":
        await api.ncClose(nc.id, on);
        break;
    }
    onSaved();
  };

  const dateLabel = { confirm: "确认日期", done: "完成日期", verify: "验证日期", reopen: "验证日期", close: "关闭日期" } as Partial<
    Record<NcStep, string>
  >;

  return (
    <FormModal<Values>
      open={open}
      title={`${TITLES[step]} · ${nc.number}`}
      name="nc_step"
      form={form}
      initialValues={{
        person_id: step === "confirm" ? head?.id : team[0]?.person_id,
        on: dayjs(),
        cause: nc.cause,
        correction: nc.correction,
        action: nc.corrective_action,
        owner_id: nc.owner_id ?? head?.id,
        due_on: toDay(nc.due_on),
        note: "",
      }}
      okText={OK[step]}
      width={640}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Typography.Paragraph type="secondary" className="card-hint">
        {`${nc.department_name} · `}
        <ClauseNo k={nc.clause} />
        {` · ${nc.fact}`}
      </Typography.Paragraph>
      <Row gutter={16}>
        {step === "confirm" && (
          <Col span={14}>
            <Form.Item name="person_id" label="受审核方确认人" rules={required("请选择确认人")}>
              {personSelect}
            </Form.Item>
          </Col>
        )}
        {(step === "verify" || step === "reopen") && (
          <Col span={14}>
            <Form.Item name="person_id" label="验证人（内审员）" rules={required("请选择验证的内审员")}>
              <Select
                virtual={false}
                options={team.map((a) => ({
                  value: a.person_id,
                  label: a.department_name ? `${a.person_name}（${a.department_name}）` : a.person_name,
                }))}
              />
            </Form.Item>
          </Col>
        )}
        {dateLabel[step] && (
          <Col span={10}>
            <Form.Item name="on" label={dateLabel[step]} rules={required(`请选择${dateLabel[step]}`)}>
              <DatePicker className="full-width" />
            </Form.Item>
          </Col>
        )}
        {step === "cause" && (
          <Col span={24}>
            <Form.Item
              name="cause"
              label="原因分析"
              rules={[{ required: true, whitespace: true, message: "请填写原因分析" }, maxRule("原因分析", 2000)]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} autoFocus placeholder="为什么会发生：制度、培训、执行、资源……" />
            </Form.Item>
          </Col>
        )}
        {step === "plan" && (
          <>
            <Col span={24}>
              <Form.Item
                name="correction"
                label="纠正（就事论事的处置）"
                rules={[{ required: true, whitespace: true, message: "请填写纠正" }, maxRule("纠正", 2000)]}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus />
              </Form.Item>
            </Col>
            <Col span={24}>
              <Form.Item
                name="action"
                label="纠正措施（消除原因、防止再发生）"
                rules={[{ required: true, whitespace: true, message: "请填写纠正措施" }, maxRule("纠正措施", 2000)]}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
              </Form.Item>
            </Col>
            <Col span={14}>
              <Form.Item name="owner_id" label="措施责任人" rules={required("请指定纠正措施责任人")}>
                {personSelect}
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name="due_on" label="完成期限" rules={required("请选择完成期限")}>
                <DatePicker className="full-width" />
              </Form.Item>
            </Col>
          </>
        )}
        {(step === "verify" || step === "reopen") && (
          <Col span={24}>
            <Form.Item
              name="note"
              label={step === "verify" ? "验证情况" : "未通过的原因"}
              rules={[{ required: true, whitespace: true, message: "请填写验证情况" }, maxRule("验证情况", 2000)]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormModal>
  );
}
