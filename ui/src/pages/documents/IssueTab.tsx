import { CheckCircleFilled, CloseCircleFilled, SendOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Form, Modal, Row, Skeleton, Table, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import * as api from "../../api";
import type { Document } from "../../bindings/Document";
import { LoadError } from "../../components/LoadError";
import { fromDay } from "../../dates";
import { asCoreError } from "../../errors";
import { useRemote } from "../../hooks/useRemote";
import { useRefusal } from "../../hooks/useRefusal";
import { RefusedButton } from "../../components/RefusedButton";
import { DOC_TYPE_LABELS } from "./docLabels";
import { RevisionStatusTag } from "./RevisionStatusTag";

const loadIssue = () => api.systemIssueGet();
const loadDocuments = () => api.documentList();

interface Values {
  issued_on?: Dayjs;
  implemented_on?: Dayjs;
}

/** Whether a core document can go out with the system, and if not why. */
function readiness(d: Document): { ready: boolean; note: string } {
  const w = d.working;
  if (!w) return d.published ? { ready: true, note: "已发布" } : { ready: false, note: "没有可发布的版本" };
  if (w.status !== "approved") return { ready: false, note: "尚未批准" };
  if (w.unfilled.length > 0) return { ready: false, note: `占位符未填写（${w.unfilled.join("、")}）` };
  return { ready: true, note: "已批准，待发布" };
}

const isCore = (d: Document) =>
  !d.archived && (d.doc_type === "policy" || d.doc_type === "manual" || d.doc_type === "procedure");

/** 体系发布: publishes the policy, manual and all procedures together, and starts the operation period. */
export function IssueTab() {
  const { message } = App.useApp();
  const issue = useRemote(loadIssue);
  const documents = useRemote(loadDocuments);
  const [form] = Form.useForm<Values>();
  const [confirming, setConfirming] = useState<{ issued: string; implemented: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const refusal = useRefusal({ kind: "system_issue" });

  const open = (v: Values) => {
    const issued = fromDay(v.issued_on);
    const implemented = fromDay(v.implemented_on);
    if (issued && implemented) setConfirming({ issued, implemented });
  };

  const run = async () => {
    if (!confirming || busy) return;
    setBusy(true);
    try {
      const done = await api.systemIssue(confirming.issued, confirming.implemented);
      setFailure(null);
      void message.success(`体系已发布，${done.implemented_on} 起实施`);
    } catch (e) {
      setFailure(asCoreError(e).message);
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  };

  const error = issue.error ?? documents.error;
  const core = (documents.data ?? []).filter(isCore);
  const blocked = core.filter((d) => !readiness(d).ready).length;

  return (
    <>
      {error && (
        <LoadError
          error={error}
          onRetry={() => {
            issue.reload();
            documents.reload();
          }}
        />
      )}
      <Alert
        type="info"
        showIcon
        className="form-card"
        message="体系发布将同时发布方针目标、手册和全部程序文件；需全部已批准且无未填写的占位符。"
        description="发布日期为这些文件的发布日期；实施日期起体系开始运行，运行期从实施日期起算（内审、管理评审等须在运行期内进行）。体系发布后，单份文件的修订逐份发布。"
      />
      {issue.data === undefined ? (
        !error && <Skeleton active paragraph={{ rows: 3 }} />
      ) : issue.data ? (
        <Card size="small" className="form-card" title="体系已发布">
          <Descriptions
            column={2}
            size="small"
            data-testid="system-issue-info"
            items={[
              { key: "issued", label: "发布日期", children: issue.data.issued_on },
              {
                key: "implemented",
                label: "实施日期",
                children: (
                  <span>
                    {issue.data.implemented_on}
                    <Typography.Text type="secondary" className="label-note">
                      体系运行期自此日起算
                    </Typography.Text>
                  </span>
                ),
              },
            ]}
          />
        </Card>
      ) : (
        <Card size="small" className="form-card" title="发布体系">
          <Form<Values>
            name="system_issue"
            form={form}
            layout="vertical"
            initialValues={{ issued_on: dayjs(), implemented_on: dayjs() }}
            onFinish={open}
          >
            <Row gutter={16} align="bottom">
              <Col span={7}>
                <Form.Item name="issued_on" label="发布日期" rules={[{ required: true, message: "请选择发布日期" }]}>
                  <DatePicker className="full-width" />
                </Form.Item>
              </Col>
              <Col span={7}>
                <Form.Item
                  name="implemented_on"
                  label="实施日期"
                  tooltip="体系开始运行的日期，运行期自此起算"
                  dependencies={["issued_on"]}
                  rules={[
                    { required: true, message: "请选择实施日期" },
                    ({ getFieldValue }) => ({
                      validator: (_, v: Dayjs | undefined) => {
                        const issued = getFieldValue("issued_on") as Dayjs | undefined;
                        return v && issued && v.isBefore(issued, "day")
                          ? Promise.reject(new Error("实施日期不能早于发布日期"))
                          : Promise.resolve();
                      },
                    }),
                  ]}
                >
                  <DatePicker className="full-width" />
                </Form.Item>
              </Col>
              <Col span={10}>
                <Form.Item>
                  <RefusedButton refusal={refusal} testId="system-issue-open">
                    <Button
                      type="primary"
                      htmlType="submit"
                      icon={<SendOutlined />}
                      disabled={refusal !== null}
                      data-testid="system-issue-open"
                    >
                      发布体系
                    </Button>
                  </RefusedButton>
                </Form.Item>
              </Col>
            </Row>
          </Form>
          {refusal && !failure && (
            <Alert
              type="warning"
              showIcon
              className="form-card"
              message="暂不能发布体系"
              description={<RefusalLines refusal={refusal} />}
              data-testid="system-issue-refusal"
            />
          )}
          {failure && (
            <Alert
              type="error"
              showIcon
              closable
              onClose={() => setFailure(null)}
              className="form-card"
              message="体系未发布"
              description={<div className="pre-wrap">{failure}</div>}
              data-testid="system-issue-error"
            />
          )}
          {documents.data && (
            <>
              <Typography.Text strong className="subsection-title">
                {blocked > 0 ? `随体系发布的文件（${blocked} 份尚未就绪）` : "随体系发布的文件"}
              </Typography.Text>
              <Table<Document>
                sticky
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={core}
                locale={{ emptyText: "尚无方针目标、手册或程序文件，可在“文件清单”中按模板生成" }}
                columns={[
                  { title: "文件编号", dataIndex: "code", width: 128 },
                  { title: "名称", dataIndex: "title", ellipsis: true },
                  { title: "类型", dataIndex: "doc_type", width: 110, render: (t: Document["doc_type"]) => DOC_TYPE_LABELS[t] },
                  {
                    title: "状态",
                    key: "status",
                    width: 90,
                    render: (_, d) => {
                      const r = d.working ?? d.published;
                      return r ? <RevisionStatusTag status={r.status} /> : "—";
                    },
                  },
                  {
                    title: "就绪",
                    key: "ready",
                    width: 260,
                    render: (_, d) => {
                      const { ready, note } = readiness(d);
                      return (
                        <span className={ready ? "issue-ready" : "issue-blocked"}>
                          {ready ? <CheckCircleFilled /> : <CloseCircleFilled />} {note}
                        </span>
                      );
                    },
                  },
                ]}
              />
            </>
          )}
        </Card>
      )}
      <Modal
        open={confirming !== null}
        title="发布体系？"
        onCancel={() => setConfirming(null)}
        maskClosable={false}
        transitionName=""
        maskTransitionName=""
        footer={[
          <Button key="cancel" onClick={() => setConfirming(null)}>
            取消
          </Button>,
          <Button key="ok" type="primary" loading={busy} onClick={() => void run()} data-testid="system-issue-confirm">
            发布体系
          </Button>,
        ]}
      >
        {confirming && (
          <div className="confirm-text">
            <p>{`发布日期 ${confirming.issued}，实施日期 ${confirming.implemented}。`}</p>
            <p>
              方针目标、手册和全部程序文件将以发布日期同时发布，成为受控版本，原现行版本作废；自实施日期起体系开始运行。此操作不能撤销。
            </p>
          </div>
        )}
      </Modal>
    </>
  );
}

/** The core's reasons, one a line: the first five, then how many more (the table below lists each document). */
function RefusalLines({ refusal }: { refusal: string }) {
  const lines = refusal.split("\n").slice(1);
  const shown = lines.length > 0 ? lines.slice(0, 5) : [refusal];
  return (
    <div className="pre-wrap">
      {shown.join("\n")}
      {lines.length > 5 && `\n……共 ${lines.length} 项，见下表`}
    </div>
  );
}
