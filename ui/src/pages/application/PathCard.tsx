import { SaveOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, InputNumber, Radio, Row, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import * as api from "../../api";
import type { AcceptancePathKind } from "../../bindings/AcceptancePathKind";
import type { ApplicationSettings } from "../../bindings/ApplicationSettings";
import type { DeadlinePlan } from "../../bindings/DeadlinePlan";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { fromDay, toDay } from "../../dates";
import { useSaveShortcut } from "../../hooks/useSaveShortcut";
import { useShowError } from "../../hooks/useShowError";
import { pathName, PATHS, yuan } from "./applicationLabels";

interface Props {
  settings: ApplicationSettings;
  program: ProgramProfile | undefined;
  deadline: DeadlinePlan | undefined;
}

interface Values {
  path: AcceptancePathKind | null;
  planned_application_on?: Dayjs;
  lead_time_days: number | null;
}

/** The path (certification or provincial acceptance, not both), the planned date and the lead time. */
export function PathCard({ settings, program, deadline }: Props) {
  const [form] = Form.useForm<Values>();
  const { message } = App.useApp();
  const showError = useShowError();
  const [saving, setSaving] = useState(false);
  useSaveShortcut(!saving, () => form.submit());

  const save = async (v: Values) => {
    setSaving(true);
    try {
      await api.applicationSettingsSave({
        path: v.path ?? null,
        body_id: v.path === "certification" ? settings.body_id : null,
        planned_application_on: fromDay(v.planned_application_on),
        lead_time_days: v.lead_time_days ?? 0,
      });
      void message.success("已保存验收方式和日期");
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      title="验收方式"
      className="form-card"
      data-testid="application-path-card"
      extra={<RecordHistoryButton variant="text" entity="application_setting" recordId={1} title="验收方式" />}
    >
      <Form<Values>
        name="application-settings"
        form={form}
        layout="vertical"
        initialValues={{
          path: settings.path,
          planned_application_on: toDay(settings.planned_application_on),
          lead_time_days: settings.lead_time_days,
        }}
        onFinish={(v) => void save(v)}
      >
        <Form.Item name="path" className="path-cards-item">
          <Radio.Group className="path-cards">
            {PATHS.filter((p) => !program || program.acceptance_paths.some((x) => x.id === p)).map((p) => {
              const info = program?.acceptance_paths.find((x) => x.id === p);
              return (
                <Radio key={p} value={p} className="path-card">
                  <span className="path-card-body" data-testid={`path-${p}`}>
                    <span className="path-card-name">{pathName(p, program)}</span>
                    {info && info.subsidy_yuan > 0 && (
                      <span className="path-card-subsidy">{`补助 ${yuan(info.subsidy_yuan)}`}</span>
                    )}
                    {info?.note && <span className="path-card-note">{info.note}</span>}
                  </span>
                </Radio>
              );
            })}
          </Radio.Group>
        </Form.Item>
        {(program?.paths_exclusive ?? true) && (program?.acceptance_paths.length ?? 2) > 1 && (
          <Alert
            type="info"
            showIcon
            className="path-exclusive"
            message="认证补助和验收补助不兼得：两种方式只能选择其中一种。"
          />
        )}
        <Row gutter={16} align="bottom">
          <Col xs={24} md={8}>
            <Form.Item
              name="planned_application_on"
              label="计划申请日期"
              tooltip="用于判断申请时体系是否已运行满最短期限"
            >
              <DatePicker className="full-width" placeholder="选择日期" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="lead_time_days"
              label="验收所需时间"
              tooltip="从提交申请到取得证书（或验收结论）通常需要的天数，认证审核一般需数周"
              rules={[{ required: true, message: "请填写验收所需时间" }]}
            >
              <InputNumber min={0} max={365} suffix="天" className="full-width" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<SaveOutlined />}
                loading={saving}
                data-testid="application-settings-save"
              >
                保存
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {deadline && (
        <>
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 2, lg: 4, xl: 4, xxl: 4 }}
            data-testid="application-deadline"
            items={[
              // Without a program deadline only the earliest date means anything.
              ...(deadline.deadline === null
                ? []
                : [
                    { key: "deadline", label: "截止日期", children: deadline.deadline },
                    { key: "latest-impl", label: "最迟实施日期", children: deadline.latest_implementation_on },
                  ]),
              { key: "earliest", label: "最早申请日期", children: deadline.earliest_application_on ?? "体系尚未实施" },
              ...(deadline.latest_application_on === null
                ? []
                : [{ key: "latest-app", label: "最迟申请日期", children: deadline.latest_application_on }]),
            ]}
          />
          <Typography.Text type={deadline.fits ? "secondary" : "danger"} data-testid="application-deadline-summary">
            {deadline.summary}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
