import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Input, Row, Statistic, Table, Tag } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useCallback, useMemo, useState } from "react";
import * as api from "../../api";
import type { AuditReport } from "../../bindings/AuditReport";
import { LoadError } from "../../components/LoadError";
import { fromDay } from "../../dates";
import { useRemote } from "../../hooks/useRemote";
import { useRefusal } from "../../hooks/useRefusal";
import { RefusedButton } from "../../components/RefusedButton";
import { asCoreError } from "../../errors";
import { maxRule, text } from "../../validation";
import { ClauseNo } from "../../standard/ClauseNo";
import type { AuditRow } from "./auditColumns";

interface Props {
  audit: AuditRow;
}

interface Values {
  summary: string;
  conclusion: string;
  on?: Dayjs;
}

/** Rows = departments, columns = clauses with nonconformities; each cell "严重/一般". */
function DistributionTable({ report }: { report: AuditReport }) {
  const { rows, clauses } = useMemo(() => {
    // In the table's order, as the core gives them.
    const clauses = [...new Set(report.distribution.map((c) => c.clause))];
    const depts = [...new Set(report.distribution.map((c) => c.department_name))];
    const rows = depts.map((d) => {
      const row: Record<string, string | number> = { department: d };
      let total = 0;
      for (const c of report.distribution.filter((x) => x.department_name === d)) {
        row[c.clause] = [c.major ? `严重 ${c.major}` : "", c.minor ? `一般 ${c.minor}` : ""].filter(Boolean).join(" / ");
        total += c.major + c.minor;
      }
      row.total = total;
      return row;
    });
    return { rows, clauses };
  }, [report.distribution]);
  if (rows.length === 0) return <Alert type="success" showIcon message="本次审核未发现不符合项" />;
  return (
    <Table
      rowKey="department"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 200 + clauses.length * 110 }}
      columns={[
        { title: "部门 \\ 条款", dataIndex: "department", width: 160, fixed: "left" },
        ...clauses.map((c) => ({ title: <ClauseNo k={c} />, dataIndex: c, width: 110, render: (v: string | undefined) => v ?? "" })),
        { title: "合计", dataIndex: "total", width: 70 },
      ]}
    />
  );
}

/** 审核报告: statistics, the NC distribution, coverage of clauses and departments, and completion. */
export function ReportTab({ audit }: Props) {
  const { message } = App.useApp();
  const load = useCallback(() => api.auditReport(audit.id), [audit.id]);
  const { data: report, error, reload } = useRemote(load);
  const [form] = Form.useForm<Values>();
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const refusal = useRefusal({ kind: "audit_complete", id: audit.id });

  const complete = async (v: Values) => {
    setSaving(true);
    setFailure(null);
    try {
      await api.auditComplete(audit.id, {
        summary: text(v.summary),
        conclusion: text(v.conclusion),
        on: fromDay(v.on),
      });
      void message.success(`审核 ${audit.number} 已完成`);
    } catch (e) {
      setFailure(asCoreError(e).message);
    } finally {
      setSaving(false);
    }
  };

  if (error) return <LoadError error={error} onRetry={reload} />;
  if (!report) return <Card loading size="small" />;
  const ncOpen = report.nonconformities.filter((n) => n.status !== "closed").length;

  return (
    <div data-testid="audit-report">
      <Card size="small" title="审核统计" className="form-card">
        <Row gutter={16}>
          <Col span={5}>
            <Statistic title="检查表已判定" value={report.checklist_judged} suffix={`/ ${report.checklist_total}`} />
          </Col>
          <Col span={4}>
            <Statistic title="符合" value={report.conform} />
          </Col>
          <Col span={4}>
            <Statistic title="观察项" value={report.observations} />
          </Col>
          <Col span={4}>
            <Statistic title="严重不符合" value={report.major} valueStyle={report.major ? { color: "#cf1322" } : undefined} />
          </Col>
          <Col span={4}>
            <Statistic title="一般不符合" value={report.minor} valueStyle={report.minor ? { color: "#d46b08" } : undefined} />
          </Col>
          <Col span={3}>
            <Statistic title="未关闭" value={ncOpen} />
          </Col>
        </Row>
      </Card>
      <Card size="small" title="覆盖情况" className="form-card">
        <CoverageAlerts report={report} />
      </Card>
      <Card size="small" title="不符合项分布（部门 × 条款）" className="form-card">
        <div data-testid="audit-distribution">
          <DistributionTable report={report} />
        </div>
      </Card>
      <Card size="small" title={audit.completed ? "审核综述与结论" : "完成审核"} className="form-card">
        {report.audit.completed ? (
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label="完成日期">{report.audit.completed_on}</Descriptions.Item>
            <Descriptions.Item label="审核综述">
              <span className="pre-wrap">{report.audit.summary}</span>
            </Descriptions.Item>
            <Descriptions.Item label="审核结论">
              <span className="pre-wrap" data-testid="audit-conclusion">
                {report.audit.conclusion}
              </span>
            </Descriptions.Item>
          </Descriptions>
        ) : (
          <Form<Values>
            name="audit_complete"
            form={form}
            layout="vertical"
            initialValues={{ summary: "", conclusion: "", on: dayjs().isAfter(audit.ends_on) ? dayjs(audit.ends_on) : dayjs() }}
            onFinish={(v) => void complete(v)}
          >
            {refusal && (
              <Alert
                type="warning"
                showIcon
                className="card-hint"
                message={refusal}
                description="可以先填写综述和结论；检查表全部判定后即可完成审核。"
                data-testid="audit-complete-reason"
              />
            )}
            <Form.Item
              name="summary"
              label="审核综述"
              rules={[{ required: true, whitespace: true, message: "请填写审核综述" }, maxRule("审核综述", 8000)]}
            >
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} placeholder="审核过程、抽样情况、主要发现" />
            </Form.Item>
            <Form.Item
              name="conclusion"
              label="审核结论"
              rules={[{ required: true, whitespace: true, message: "请填写审核结论" }, maxRule("审核结论", 4000)]}
            >
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} placeholder="体系是否符合标准要求、是否得到有效实施和保持" />
            </Form.Item>
            <Row gutter={16} align="bottom">
              <Col span={8}>
                <Form.Item name="on" label="完成日期" rules={[{ required: true, message: "请选择完成日期" }]}>
                  <DatePicker className="full-width" />
                </Form.Item>
              </Col>
              <Col span={16}>
                <Form.Item>
                  <RefusedButton refusal={refusal} testId="audit-complete">
                    <Button
                      type="primary"
                      htmlType="submit"
                      loading={saving}
                      disabled={refusal !== null}
                      data-testid="audit-complete"
                    >
                      完成审核
                    </Button>
                  </RefusedButton>
                </Form.Item>
              </Col>
            </Row>
            {failure && (
              <Alert type="error" showIcon message={failure} data-testid="audit-complete-error" />
            )}
          </Form>
        )}
      </Card>
    </div>
  );
}

/** Whether the audit covered every applicable clause and every department, and fell inside the operation period. */
function CoverageAlerts({ report }: { report: AuditReport }) {
  const clausesOk = report.clauses_not_covered.length === 0;
  const deptsOk = report.departments_not_covered.length === 0;
  return (
    <div data-testid="audit-coverage">
      <Alert
        type={clausesOk ? "success" : "warning"}
        showIcon
        className="card-hint"
        message={clausesOk ? "已覆盖全部适用条款" : `有 ${report.clauses_not_covered.length} 个适用条款未纳入审核范围`}
        description={
          clausesOk ? undefined : (
            <div>
              {report.clauses_not_covered.map((c) => (
                <Tag key={c}>{c}</Tag>
              ))}
            </div>
          )
        }
      />
      <Alert
        type={deptsOk ? "success" : "warning"}
        showIcon
        className="card-hint"
        message={deptsOk ? "已覆盖全部部门" : `未纳入审核的部门：${report.departments_not_covered.join("、")}`}
      />
      <Alert
        type={report.inside_operation ? "success" : "error"}
        showIcon
        message={report.inside_operation ? "审核在体系运行期内进行" : "审核日期早于体系实施日期：不在运行期内"}
      />
    </div>
  );
}
