import { PlusOutlined } from "@ant-design/icons";
import { App, Button, Card, Col, DatePicker, Form, Input, Row, Select, Table, Tag, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Person } from "../../bindings/Person";
import type { PlanTask } from "../../bindings/PlanTask";
import type { TaskHealth } from "../../bindings/TaskHealth";
import { fromDay } from "../../dates";
import { useShowError } from "../../hooks/useShowError";
import { ownerOptions, parseOwner } from "../../owners";
import { maxRule, text } from "../../validation";
import { HEALTH_LABELS, HEALTH_TAG_COLORS } from "../plan/planLabels";

interface FormValues {
  title: string;
  owner?: string;
  due_on?: Dayjs;
}

interface Props {
  clause: string;
  clauseTitle: string;
  /** The clause's number, as the back end writes it into the task's title. */
  clauseNumber: string;
  actions: PlanTask[];
  people: Person[];
  departments: Department[];
}

/** Corrective actions of a clause; each is a task in the 实施计划. */
export function ActionsSection({ clause, clauseTitle, clauseNumber, actions, people, departments }: Props) {
  const [form] = Form.useForm<FormValues>();
  const [adding, setAdding] = useState(false);
  const { message } = App.useApp();
  const showError = useShowError();
  // The back end titles the task "4.2.2 文件控制：…"; here the clause is known already.
  const prefix = `${clauseNumber} ${clauseTitle}：`;
  const shortTitle = (t: string) => (t.startsWith(prefix) ? t.slice(prefix.length) : t);

  const add = async (v: FormValues) => {
    if (adding) return;
    const owner = parseOwner(v.owner);
    setAdding(true);
    try {
      await api.diagnosisActionAdd(clause, {
        title: text(v.title),
        owner_person_id: owner.person,
        owner_department_id: owner.department,
        due_on: fromDay(v.due_on),
      });
      void message.success("已添加整改措施，并列入实施计划");
      form.resetFields();
    } catch (e) {
      showError(e);
    } finally {
      setAdding(false);
    }
  };

  return (
    <Card size="small" className="form-card" title={`整改措施（${actions.length}）`}>
      {actions.length > 0 && (
        <div data-testid="action-table">
          <Table<PlanTask>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={actions}
            className="diag-table"
            columns={[
              { title: "整改措施", dataIndex: "title", ellipsis: true, render: (t: string) => shortTitle(t) },
              {
                title: "负责人",
                dataIndex: "owner_name",
                width: 120,
                ellipsis: true,
                render: (v: string | null) => v || <Typography.Text type="secondary">—</Typography.Text>,
              },
              { title: "完成期限", dataIndex: "planned_end", width: 100 },
              {
                title: "进度",
                dataIndex: "health",
                width: 72,
                render: (h: TaskHealth) => <Tag color={HEALTH_TAG_COLORS[h]}>{HEALTH_LABELS[h]}</Tag>,
              },
            ]}
          />
        </div>
      )}
      <Form<FormValues>
        name="action"
        form={form}
        layout="vertical"
        initialValues={{ title: "" }}
        onFinish={(v) => void add(v)}
        className="diag-add-form"
      >
        <Row gutter={12} align="top">
          <Col flex="auto">
            <Form.Item
              name="title"
              label="整改措施"
              rules={[{ required: true, whitespace: true, message: "请填写整改措施" }, maxRule("整改措施", 100)]}
            >
              <Input placeholder="如 编制文件控制程序并发布" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="owner" label="负责人">
              <Select
                allowClear
                showSearch
                optionFilterProp="label"
                placeholder="人员或部门"
                virtual={false}
                options={ownerOptions(people, departments)}
                notFoundContent="无匹配的人员或部门"
              />
            </Form.Item>
          </Col>
          <Col span={5}>
            <Form.Item name="due_on" label="完成期限" rules={[{ required: true, message: "请选择完成期限" }]}>
              <DatePicker className="full-width" />
            </Form.Item>
          </Col>
          <Col flex="none">
            <Form.Item label=" " colon={false}>
              <Button htmlType="submit" icon={<PlusOutlined />} loading={adding} data-testid="action-add">
                添加
              </Button>
            </Form.Item>
          </Col>
        </Row>
        <Typography.Paragraph type="secondary" className="diag-hint">
          整改措施会作为任务列入“实施计划”的实施阶段，在那里跟踪进度和完成情况。
        </Typography.Paragraph>
      </Form>
    </Card>
  );
}
