import { Tag, Tooltip } from "antd";

/** Marks a record dated before the implementation date: it does not count toward operation. */
export function BeforeOperationTag({ show, testId }: { show: boolean; testId?: string }) {
  if (!show) return null;
  return (
    <Tooltip title="日期早于体系实施日期，不能作为体系运行的证据">
      <Tag color="red" data-testid={testId}>
        早于实施日期 — 不计入运行期
      </Tag>
    </Tooltip>
  );
}
