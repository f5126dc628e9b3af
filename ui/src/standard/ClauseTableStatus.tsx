import { Button, Flex, Typography } from "antd";
import { useContext, useState } from "react";
import { ClauseTableDialog } from "./ClauseTableDialog";
import { StandardContext } from "./standardContext";

/** The project's clause table — provisional, shipped, or checked against the
 *  official text (when and from which file) — and 按正式文本更正. */
export function ClauseTableStatus({ compact, edition }: { compact?: boolean; edition?: string }) {
  const standard = useContext(StandardContext);
  const [open, setOpen] = useState(false);
  // Only the project's own edition: a form may show another one, not saved yet.
  if (!standard || (edition !== undefined && edition !== standard.id)) return null;
  // A table shipped from the official text (2013) has nothing to correct.
  if (!standard.provisional && !standard.checked) return null;
  const state = standard.checked
    ? `条款表已于 ${standard.checked.checked_on} 按正式文本核对（${standard.checked.source || "导入的条款表"}）`
    : standard.provisional
      ? "条款表为据公开资料重建的暂定表"
      : "条款表随程序提供";
  return (
    <Flex align="center" gap={8} wrap>
      {!compact && (
        <Typography.Text type="secondary" data-testid="clause-table-state">
          {state}
        </Typography.Text>
      )}
      <Button size="small" onClick={() => setOpen(true)} data-testid="clause-table-correct">
        按正式文本更正条款表…
      </Button>
      <ClauseTableDialog open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}
