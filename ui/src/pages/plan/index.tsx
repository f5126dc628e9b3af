import { FieldTimeOutlined, PlusOutlined, ThunderboltOutlined } from "@ant-design/icons";
import { Alert, App, Button, Card, Empty, Flex, Segmented, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import * as api from "../../api";
import type { PlanTask } from "../../bindings/PlanTask";
import { LoadError } from "../../components/LoadError";
import { PageHeader } from "../../components/PageHeader";
import { useModalState } from "../../hooks/useModalState";
import { useRemote } from "../../hooks/useRemote";
import { useShowError } from "../../hooks/useShowError";
import { ALL_PEOPLE } from "../../people";
import { planColumns } from "./planColumns";
import { GanttLegend, PlanGantt } from "./PlanGantt";
import { ShiftModal } from "./ShiftModal";
import { TaskModal } from "./TaskModal";
import { useGeneratePlan } from "./useGeneratePlan";

type View = "list" | "gantt";

const VIEW_OPTIONS = [
  { value: "list" as const, label: <span data-testid="plan-view-list">列表</span> },
  { value: "gantt" as const, label: <span data-testid="plan-view-gantt">甘特图</span> },
];

const loadPlan = () => api.planGet();
const loadPeople = () => api.personList(ALL_PEOPLE);
const loadDepartments = () => api.departmentList(true);

function rowClass(t: PlanTask): string {
  if (t.health === "overdue") return "row-overdue";
  if (t.health === "at_risk") return "row-at-risk";
  return "";
}

/** 实施计划: the tasks against the program's stages and deadline, as a list or a timeline. */
export function PlanPage() {
  const { message } = App.useApp();
  const showError = useShowError();
  const [view, setView] = useState<View>("list");
  const plan = useRemote(loadPlan);
  const people = useRemote(loadPeople);
  const departments = useRemote(loadDepartments);
  const modal = useModalState<PlanTask>();
  const showModal = modal.show;
  const { generate, busy, notice, clearNotice } = useGeneratePlan();
  const [shifting, setShifting] = useState(false);

  const columns = useMemo(
    () =>
      planColumns({
        onEdit: showModal,
        onDelete: (t) => {
          api.planTaskDelete(t.id).then(() => {
            void message.success(`已删除任务“${t.title}”`);
          }, showError);
        },
      }),
    [showModal, message, showError],
  );

  const data = plan.data;
  const tasks = data?.tasks ?? [];
  const error = plan.error ?? people.error ?? departments.error;

  return (
    <>
      <PageHeader
        title="实施计划"
        description={
          data
            ? data.deadline
              ? `按贯标计划的阶段安排任务，截止日期 ${data.deadline}（以证书记载的日期为准）`
              : "不参加政府贯标计划：按最短运行期安排任务，没有截止日期"
            : undefined
        }
        extra={
          <>
            <Button
              icon={<ThunderboltOutlined />}
              loading={busy}
              onClick={() => void generate()}
              data-testid="plan-generate"
            >
              生成默认计划
            </Button>
            <Button
              icon={<FieldTimeOutlined />}
              onClick={() => setShifting(true)}
              disabled={tasks.length === 0}
              title={tasks.length === 0 ? "还没有任务可移动" : undefined}
              data-testid="plan-shift"
            >
              整体移动
            </Button>
            <Button
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => showModal(null)}
              disabled={!data}
              data-testid="plan-task-add"
            >
              新增任务
            </Button>
          </>
        }
      />
      {error && !plan.loading && (
        <LoadError
          error={error}
          onRetry={() => {
            plan.reload();
            people.reload();
            departments.reload();
          }}
        />
      )}
      {notice && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={clearNotice}
          message={notice}
          className="page-alert"
          data-testid="plan-generated-notice"
        />
      )}
      <Flex align="center" gap={12} wrap className="toolbar">
        <Segmented<View> options={VIEW_OPTIONS} value={view} onChange={setView} />
        {data && (
          <>
            <Tag color={data.overdue > 0 ? "red" : "default"} data-testid="plan-overdue">
              {`逾期 ${data.overdue}`}
            </Tag>
            <Tag color={data.at_risk > 0 ? "orange" : "default"} data-testid="plan-at-risk">
              {`有风险 ${data.at_risk}`}
            </Tag>
            <Typography.Text type="secondary">{`共 ${tasks.length} 项任务 · 今天 ${data.today}`}</Typography.Text>
          </>
        )}
      </Flex>
      {view === "list" ? (
        <Card size="small" className="table-card">
          <div data-testid="plan-table">
            <Table<PlanTask>
              sticky
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={tasks}
              loading={plan.loading}
              pagination={false}
              scroll={{ x: 1210 }}
              rowClassName={rowClass}
              locale={{
                emptyText: plan.loading ? (
                  <span className="table-loading-placeholder" />
                ) : (
                  <Empty
                    image={Empty.PRESENTED_IMAGE_SIMPLE}
                    description="暂无任务：点击“生成默认计划”按贯标计划的阶段生成，或“新增任务”逐项添加"
                  />
                ),
              }}
            />
          </div>
        </Card>
      ) : (
        data && (
          <Card size="small">
            <PlanGantt plan={data} />
            <GanttLegend />
          </Card>
        )
      )}
      {shifting && <ShiftModal open onClose={() => setShifting(false)} />}
      <TaskModal
        key={modal.session}
        open={modal.open}
        editing={modal.editing}
        stages={data?.stages ?? []}
        people={people.data ?? []}
        departments={departments.data ?? []}
        onClose={modal.close}
        onSaved={modal.close}
      />
    </>
  );
}
