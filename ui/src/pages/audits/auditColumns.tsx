import { Button, Flex, Tag, Typography } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { Audit } from "../../bindings/Audit";
import { AuditDeleteButton } from "./AuditDeleteButton";

export interface AuditRow extends Audit {
  ncTotal: number;
  ncOpen: number;
  ncOverdue: number;
}

interface Handlers {
  onOpen: (a: AuditRow) => void;
  onDelete: (a: AuditRow) => void;
}

export function auditColumns({ onOpen, onDelete }: Handlers): ColumnsType<AuditRow> {
  return [
    {
      title: "审核编号",
      dataIndex: "number",
      width: 140,
      render: (n: string, a) => (
        <Typography.Link onClick={() => onOpen(a)} data-testid={`audit-number-${a.id}`}>
          {n}
        </Typography.Link>
      ),
    },
    {
      title: "审核日期",
      key: "dates",
      width: 210,
      render: (_, a) => (a.starts_on === a.ends_on ? a.starts_on : `${a.starts_on} 至 ${a.ends_on}`),
    },
    { title: "审核组长", dataIndex: "leader_name", width: 110 },
    {
      title: "审核组",
      key: "team",
      render: (_, a) => a.auditor_names.join("、"),
    },
    {
      title: "状态",
      key: "status",
      width: 170,
      render: (_, a) =>
        a.completed ? (
          <Tag color="green">{`已完成 ${a.completed_on ?? ""}`}</Tag>
        ) : (
          <Tag color="blue">进行中</Tag>
        ),
    },
    {
      title: "不符合项",
      key: "ncs",
      width: 170,
      render: (_, a) => (
        <Flex gap={4} wrap data-testid={`audit-ncs-${a.id}`}>
          <span>{`共 ${a.ncTotal} 项`}</span>
          {a.ncOpen > 0 && <Tag color="orange">{`未关闭 ${a.ncOpen}`}</Tag>}
          {a.ncOverdue > 0 && <Tag color="red">{`逾期 ${a.ncOverdue}`}</Tag>}
        </Flex>
      ),
    },
    {
      title: "操作",
      key: "actions",
      width: 130,
      fixed: "right",
      render: (_, a) => (
        <Flex gap={4}>
          <Button size="small" type="link" onClick={() => onOpen(a)} data-testid={`audit-open-${a.id}`}>
            打开
          </Button>
          <AuditDeleteButton audit={a} onDelete={onDelete} />
        </Flex>
      ),
    },
  ];
}

