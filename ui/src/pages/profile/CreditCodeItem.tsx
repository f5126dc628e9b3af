import { Form, Input, Space, Tag, type FormItemProps } from "antd";
import * as api from "../../api";
import { useCreditCodeStatus } from "./useCreditCodeStatus";

interface Props {
  code: string;
  /** The saved profile's code was confirmed despite a failing check digit. */
  confirmedCode: string | null;
}

const upper = (v: string | undefined) => (v ?? "").toUpperCase();

/** 统一社会信用代码 with the back end's check shown under the field as the user types. */
export function CreditCodeItem({ code, confirmedCode }: Props) {
  const status = useCreditCodeStatus(code);
  const showConfirmed = confirmedCode !== null && confirmedCode === code.trim().toUpperCase();

  let validateStatus: FormItemProps["validateStatus"];
  let hint: string | undefined;
  if (status) {
    if (!status.well_formed) {
      validateStatus = "error";
      hint = status.message;
    } else if (!status.valid) {
      validateStatus = "warning";
      hint = status.message;
    } else {
      validateStatus = "success";
      hint = "校验通过";
    }
  }

  return (
    <Form.Item
      name="credit_code"
      label={
        <Space size={8}>
          统一社会信用代码
          {showConfirmed && (
            <Tag color="gold" className="inline-tag" data-testid="credit-code-confirmed">
              校验位不符，已确认
            </Tag>
          )}
        </Space>
      }
      normalize={upper}
      validateTrigger="onBlur"
      validateStatus={validateStatus}
      hasFeedback
      help={hint ? <span data-testid="credit-code-hint">{hint}</span> : undefined}
      rules={[
        {
          validator: async (_, value: string | undefined) => {
            const v = (value ?? "").trim();
            if (!v) return;
            const s = await api.creditCodeCheck(v);
            if (!s.well_formed) throw new Error(s.message);
          },
        },
      ]}
    >
      {/* A constant suffix keeps the input element in place while the feedback icon comes and goes
          (antd otherwise re-creates it, and the user loses focus mid-typing). */}
      <Input
        placeholder="18 位，如 91610131MA6TXXXX0X"
        autoComplete="off"
        spellCheck={false}
        suffix={<span />}
      />
    </Form.Item>
  );
}
