import { Button, Popconfirm } from "antd";
import { RefusedButton } from "../../components/RefusedButton";
import { useRefusal } from "../../hooks/useRefusal";
import type { AuditRow } from "./auditColumns";

/** 删除: disabled, with the core's reason on hover, when the audit must be kept. */
export function AuditDeleteButton({ audit, onDelete }: { audit: AuditRow; onDelete: (a: AuditRow) => void }) {
  const refusal = useRefusal({ kind: "audit_delete", id: audit.id });
  return (
    <RefusedButton refusal={refusal} testId={`audit-delete-${audit.id}`}>
      <Popconfirm
        title={`删除审核 ${audit.number}？`}
        description="删除后检查表和审核计划一并删除，不能恢复"
        okText="删除"
        cancelText="取消"
        okButtonProps={{ danger: true, ...({ "data-testid": "audit-delete-confirm" } as object) }}
        onConfirm={() => onDelete(audit)}
        disabled={refusal !== null}
      >
        <Button size="small" type="link" danger disabled={refusal !== null} data-testid={`audit-delete-${audit.id}`}>
          删除
        </Button>
      </Popconfirm>
    </RefusedButton>
  );
}
