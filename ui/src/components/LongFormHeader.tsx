import { SaveOutlined } from "@ant-design/icons";
import { Button, Typography } from "antd";
import dayjs from "dayjs";
import type { Table } from "../bindings/Table";
import { PageHeader } from "./PageHeader";
import { RecordHistoryButton } from "./RecordHistory";

interface Props {
  title: string;
  /** `data-testid` prefix: `${testId}-saved-at` and `${testId}-save`. */
  testId: string;
  /** The single record the form edits (id 1), for its 变更记录. */
  entity: Table;
  dirty: boolean;
  /** When the record was last saved; empty when never. */
  updatedAt: string;
  saving: boolean;
}

function savedAtText(updatedAt: string): string {
  if (!updatedAt) return "尚未保存";
  const t = dayjs(updatedAt);
  return `上次保存时间：${t.isValid() ? t.format("YYYY-MM-DD HH:mm:ss") : updatedAt}`;
}

/** The sticky title line of a long form (see `useDirtyForm`): unsaved edits and the
 *  last save on the left, 变更记录 and the form's submit button (Ctrl+S) on the right. */
export function LongFormHeader({ title, testId, entity, dirty, updatedAt, saving }: Props) {
  return (
    <PageHeader
      sticky
      title={title}
      description={
        <span data-testid={`${testId}-saved-at`}>
          {dirty ? <Typography.Text type="warning">有未保存的修改 · </Typography.Text> : null}
          {savedAtText(updatedAt)}
        </span>
      }
      extra={
        <>
          <RecordHistoryButton variant="text" entity={entity} recordId={1} title={title} />
          <Button
            type="primary"
            htmlType="submit"
            icon={<SaveOutlined />}
            loading={saving}
            data-testid={`${testId}-save`}
            title="保存（Ctrl+S）"
          >
            保存
          </Button>
        </>
      }
    />
  );
}
