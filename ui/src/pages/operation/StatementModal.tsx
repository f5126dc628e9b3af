import { DatePicker, Form, Input, Select, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import * as api from "../../api";
import type { ClauseEvidence } from "../../bindings/ClauseEvidence";
import type { Person } from "../../bindings/Person";
import { FormModal } from "../../components/FormModal";
import { fromDay, toDay } from "../../dates";
import { personOptions } from "../../people";
import { useClauses } from "../../clauses";
import { maxRule, text } from "../../validation";

interface Props {
  open: boolean;
  /** The clause stated (with its statement when editing). */
  clause: ClauseEvidence | null;
  people: Person[];
  onClose: () => void;
  onSaved: () => void;
}

interface Values {
  reason: string;
  stated_by?: number;
  stated_on?: Dayjs;
}

/** 本期未发生说明: the clause had nothing to record this operation period, and why. */
export function StatementModal({ open, clause, people, onClose, onSaved }: Props) {
  const [form] = Form.useForm<Values>();
  const s = clause?.statement ?? null;
  const { label } = useClauses();
  return (
    <FormModal<Values>
      open={open}
      title={s ? "编辑“本期未发生”说明" : "填写“本期未发生”说明"}
      name="statement"
      form={form}
      initialValues={{
        reason: s?.reason ?? "",
        stated_by: s?.stated_by ?? undefined,
        stated_on: toDay(s?.stated_on) ?? dayjs(),
      }}
      width={600}
      onClose={onClose}
      onSubmit={async (v) => {
        await api.operationStatementSave({
          clause: clause?.clause ?? "",
          reason: text(v.reason),
          stated_by: v.stated_by ?? null,
          stated_on: fromDay(v.stated_on),
        });
        onSaved();
      }}
    >
      <Typography.Paragraph type="secondary">
        {`条款 ${clause ? label(clause.clause) : ""}：运行期内确未发生相关活动（如企业重组、合同纠纷）时，说明理由，由负责人确认。该条款在申请前自查中视为已有运行证据；有运行记录时以记录为准。`}
      </Typography.Paragraph>
      <Form.Item
        name="reason"
        label="未发生的理由"
        rules={[{ required: true, whitespace: true, message: "请填写未发生的理由" }, maxRule("未发生的理由", 1000)]}
      >
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} autoFocus placeholder="如 本期公司未发生合并、分立、收购等重组事项" />
      </Form.Item>
      <Form.Item name="stated_by" label="说明人" rules={[{ required: true, message: "请指定说明人" }]}>
        <Select
          showSearch
          optionFilterProp="label"
          virtual={false}
          options={personOptions(people, s ? [s.stated_by] : [])}
        />
      </Form.Item>
      <Form.Item name="stated_on" label="说明日期" rules={[{ required: true, message: "请选择说明日期" }]}>
        <DatePicker />
      </Form.Item>
    </FormModal>
  );
}
