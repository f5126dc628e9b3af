import { DeleteOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { Button, Card, Empty, Flex, Popconfirm, Table, Tag, Tooltip, Typography } from "antd";
import * as api from "../../api";
import type { Department } from "../../bindings/Department";
import type { Objective } from "../../bindings/Objective";
import type { ObjectiveMeasurement } from "../../bindings/ObjectiveMeasurement";
import type { Person } from "../../bindings/Person";
import { RecordHistoryButton } from "../../components/RecordHistory";
import { useAction } from "../../hooks/useAction";
import { useModalState } from "../../hooks/useModalState";
import { MeasurementModal, type MeasurementTarget } from "./MeasurementModal";
import { ObjectiveModal } from "./ObjectiveModal";
import { latestMeasurement, objectivesSummary } from "./objectives";

interface Props {
  objectives: Objective[];
  departments: Department[];
  people: Person[];
  loading: boolean;
}

function AchievedTag({ m }: { m: ObjectiveMeasurement }) {
  return <Tag color={m.achieved ? "green" : "orange"}>{m.achieved ? "达成" : "未达成"}</Tag>;
}

/** The measurements of one objective, oldest first, each editable. */
function Measurements({ objective, onEdit }: { objective: Objective; onEdit: (m: ObjectiveMeasurement) => void }) {
  const { busy, run } = useAction();
  return (
    <Table<ObjectiveMeasurement>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={objective.measurements}
      columns={[
        { title: "考核日期", dataIndex: "measured_on", width: 110 },
        { title: "实际完成情况", dataIndex: "actual" },
        { title: "结论", key: "achieved", width: 90, render: (_, m) => <AchievedTag m={m} /> },
        { title: "考核人", dataIndex: "measured_by_name", width: 100 },
        { title: "备注", dataIndex: "note", width: 160 },
        {
          title: "操作",
          key: "actions",
          width: 80,
          render: (_, m) => (
            <Flex gap={4}>
              <Button type="text" size="small" icon={<EditOutlined />} aria-label="编辑考核" onClick={() => onEdit(m)} />
              <Popconfirm
                title="删除这次考核？"
                okText="删除"
                okButtonProps={{ danger: true }}
                cancelText="取消"
                onConfirm={() => run(`m-${m.id}`, () => api.objectiveMeasurementDelete(m.id), "已删除考核")}
              >
                <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label="删除考核" loading={busy === `m-${m.id}`} />
              </Popconfirm>
            </Flex>
          ),
        },
      ]}
    />
  );
}

/** 知识产权目标与考核: each objective measured in the operation period, before the management review reviews it. */
export function ObjectivesCard({ objectives, departments, people, loading }: Props) {
  const objectiveModal = useModalState<Objective>();
  const measurementModal = useModalState<MeasurementTarget>();
  const { busy, run } = useAction();
  return (
    <Card
      size="small"
      className="form-card after-table"
      title="知识产权目标与考核"
      data-testid="objectives-card"
      extra={
        <Button icon={<PlusOutlined />} onClick={() => objectiveModal.show(null)} data-testid="objective-add">
          新增目标
        </Button>
      }
    >
      <Typography.Paragraph type="secondary">
        {`${objectivesSummary(objectives)}。每项目标须在体系运行期内、管理评审前完成考核，管理评审收集输入时列出各目标的考核结果。体系文件中的方针目标文字在“体系文件 → 设置”中维护。`}
      </Typography.Paragraph>
      <div data-testid="objective-table">
        <Table<Objective>
          rowKey="id"
          size="middle"
          loading={loading}
          pagination={false}
          dataSource={objectives}
          expandable={{
            rowExpandable: (o) => o.measurements.length > 0,
            expandedRowRender: (o) => (
              <Measurements objective={o} onEdit={(m) => measurementModal.show({ objective: o, measurement: m })} />
            ),
          }}
          columns={[
            { title: "目标", dataIndex: "description" },
            { title: "目标值", dataIndex: "target", width: 150 },
            { title: "责任部门", dataIndex: "department_name", width: 110 },
            { title: "期间", dataIndex: "period", width: 100 },
            {
              title: "最近考核",
              key: "latest",
              width: 300,
              render: (_, o) => {
                const m = latestMeasurement(o);
                return m ? (
                  <Flex gap={6} align="center" wrap data-testid={`objective-latest-${o.id}`}>
                    <AchievedTag m={m} />
                    <Typography.Text>{`${m.measured_on}：${m.actual}`}</Typography.Text>
                  </Flex>
                ) : (
                  <Tag color="red" data-testid={`objective-latest-${o.id}`}>
                    尚未考核
                  </Tag>
                );
              },
            },
            {
              title: "操作",
              key: "actions",
              width: 170,
              render: (_, o) => (
                <Flex gap={4}>
                  <Button
                    size="small"
                    onClick={() => measurementModal.show({ objective: o, measurement: null })}
                    data-testid={`objective-measure-${o.id}`}
                  >
                    考核
                  </Button>
                  <Tooltip title="编辑目标">
                    <Button
                      type="text"
                      size="small"
                      icon={<EditOutlined />}
                      aria-label="编辑目标"
                      onClick={() => objectiveModal.show(o)}
                    />
                  </Tooltip>
                  <RecordHistoryButton entity="objective" recordId={o.id} title={o.description} />
                  <Popconfirm
                    title="删除这项目标？"
                    description="它的考核记录一并删除；删除前的内容仍保留在变更记录中。"
                    okText="删除"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    onConfirm={() => run(`o-${o.id}`, () => api.objectiveDelete(o.id), "已删除目标")}
                  >
                    <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label="删除目标" loading={busy === `o-${o.id}`} />
                  </Popconfirm>
                </Flex>
              ),
            },
          ]}
          locale={{
            emptyText: (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未登记知识产权目标；登记后在管理评审前逐项考核" />
            ),
          }}
        />
      </div>
      <ObjectiveModal
        key={`o-${objectiveModal.session}`}
        open={objectiveModal.open}
        editing={objectiveModal.editing}
        departments={departments}
        onClose={objectiveModal.close}
        onSaved={objectiveModal.close}
      />
      <MeasurementModal
        key={`m-${measurementModal.session}`}
        open={measurementModal.open}
        target={measurementModal.editing}
        people={people}
        onClose={measurementModal.close}
        onSaved={measurementModal.close}
      />
    </Card>
  );
}
