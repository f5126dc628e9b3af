import { Tag, Typography } from "antd";
import type { ChangeAction } from "../bindings/ChangeAction";
import type { FieldChange } from "../bindings/FieldChange";
import { ACTION_COLORS, ACTION_LABELS } from "./changeFormat";

export function ActionTag({ action }: { action: ChangeAction }) {
  return (
    <Tag color={ACTION_COLORS[action]} data-testid="change-action">
      {ACTION_LABELS[action]}
    </Tag>
  );
}

const empty = <Typography.Text type="secondary">（空）</Typography.Text>;

/** One field's change: `label：old → new`, or only the side that exists. */
export function FieldChangeLine({ change, action }: { change: FieldChange; action: ChangeAction }) {
  const value = (v: string | null) => (v == null ? empty : <span className="change-value">{v}</span>);
  let body;
  if (action === "create") body = value(change.new);
  else if (action === "delete") body = value(change.old);
  else
    body = (
      <>
        <Typography.Text delete type="secondary" className="change-value">
          {change.old ?? "（空）"}
        </Typography.Text>
        <span className="change-arrow"> → </span>
        {value(change.new)}
      </>
    );
  return (
    <div className="change-field" data-testid={`change-field-${change.field}`}>
      <Typography.Text type="secondary">{change.label}：</Typography.Text>
      {body}
    </div>
  );
}
