import { App, Button, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import * as api from "../../api";
import type { Attachment } from "../../bindings/Attachment";
import type { Person } from "../../bindings/Person";
import type { SessionKind } from "../../bindings/SessionKind";
import type { TrainingSession } from "../../bindings/TrainingSession";
import { AttachmentField } from "../../components/AttachmentField";
import { fromDay, toDay } from "../../dates";
import { FormModal } from "../../components/FormModal";
import { personOptions } from "../../people";
import { useProject } from "../../project/projectContext";
import { maxRule, text } from "../../validation";

interface Props {
  open: boolean;
  /** `null` to add a new session. */
  editing: TrainingSession | null;
  people: Person[];
  onClose: () => void;
  onSaved: () => void;
}

interface SessionFormValues {
  held_on?: Dayjs;
  kind?: SessionKind;
  topic: string;
  trainer: string;
  hours: number | null;
  attendee_ids: number[];
  sign_in: Attachment | null;
  notes: string;
}

export function SessionModal({ open, editing, people, onClose, onSaved }: Props) {
  const { catalog } = useProject();
  const [form] = Form.useForm<SessionFormValues>();
  const { message } = App.useApp();
  const attendees = Form.useWatch("attendee_ids", form) ?? [];

  const onSubmit = async (v: SessionFormValues) => {
    const input = {
      held_on: fromDay(v.held_on),
      kind: v.kind ?? null,
      topic: text(v.topic),
      trainer: text(v.trainer),
      hours: v.hours ?? 0,
      attendee_ids: v.attendee_ids ?? [],
      sign_in_id: v.sign_in?.id ?? null,
      notes: text(v.notes),
    };
    const saved = editing ? await api.sessionUpdate(editing.id, input) : await api.sessionCreate(input);
    void message.success(editing ? `已保存培训“${saved.topic}”` : `已新增培训“${saved.topic}”`);
    onSaved();
  };

  const selectAll = () => {
    // setFieldsValue, not setFieldValue: the latter makes rc-field-form warn about circular references.
    form.setFieldsValue({ attendee_ids: people.filter((p) => !p.archived).map((p) => p.id) });
  };

  return (
    <FormModal<SessionFormValues>
      open={open}
      title={editing ? "编辑培训记录" : "新增培训记录"}
      name="session"
      form={form}
      initialValues={{
        held_on: toDay(editing?.held_on),
        kind: editing?.kind,
        topic: editing?.topic ?? "",
        trainer: editing?.trainer ?? "",
        hours: editing?.hours ?? null,
        attendee_ids: editing?.attendee_ids ?? [],
        sign_in: editing?.sign_in ?? null,
        notes: editing?.notes ?? "",
      }}
      okText={editing ? "保存" : "新增"}
      width={720}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name="held_on" label="培训日期" rules={[{ required: true, message: "请选择培训日期" }]}>
            <DatePicker className="full-width" />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="kind" label="培训类型" rules={[{ required: true, message: "请选择培训类型" }]}>
            <Select
              placeholder="请选择"
              options={catalog.session_kinds.map((k) => ({ value: k.code, label: k.label }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item
            name="hours"
            label="学时"
            rules={[
              { required: true, message: "请填写学时" },
              {
                validator: (_, v: number | null) =>
                  v === null || v === undefined || (v > 0 && v <= 24)
                    ? Promise.resolve()
                    : Promise.reject(new Error("学时应大于 0 且不超过 24")),
              },
            ]}
          >
            <InputNumber min={0} max={24} step={0.5} suffix="小时" className="full-width" />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item
            name="topic"
            label="培训主题"
            rules={[{ required: true, whitespace: true, message: "请填写培训主题" }, maxRule("培训主题", 100)]}
          >
            <Input placeholder="如 GB/T 29490 条款解读" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="trainer" label="讲师" rules={[maxRule("讲师", 50)]}>
            <Input placeholder="姓名或机构" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            label={
              <span>
                参训人员
                <Typography.Text type="secondary" className="label-note">
                  已选 {attendees.length} 人
                </Typography.Text>
              </span>
            }
          >
            <Flex gap={8} align="flex-start">
              <Form.Item name="attendee_ids" noStyle>
                <Select
                  mode="multiple"
                  allowClear
                  showSearch
                  optionFilterProp="label"
                  maxTagCount="responsive"
                  virtual={false}
                  placeholder="输入姓名搜索，可多选"
                  options={personOptions(people, editing?.attendee_ids ?? [])}
                  notFoundContent="无匹配的人员"
                  className="flex-fill"
                />
              </Form.Item>
              <Button onClick={selectAll} data-testid="session-select-all">
                全选在职人员
              </Button>
            </Flex>
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="sign_in" label="签到表">
            <AttachmentField dialogTitle="选择签到表" testId="session-sign-in" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="notes" label="备注" rules={[maxRule("备注", 2000)]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
