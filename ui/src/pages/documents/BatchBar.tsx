import { Button, Flex, Typography } from "antd";
import { useMemo, useState } from "react";
import type { Department } from "../../bindings/Department";
import type { Document } from "../../bindings/Document";
import type { Person } from "../../bindings/Person";
import { RefusedButton } from "../../components/RefusedButton";
import { BATCH_ACTIONS, type BatchActionSpec } from "./batch";
import { BatchModal } from "./BatchModal";

interface Props {
  /** The selected documents (on every page, and outside the filter too). */
  selected: Document[];
  /** Documents the list shows (filtered), for “全选”. */
  shown: number;
  /** Of them, selected. */
  shownSelected: number;
  /** The list is filtered. */
  filtered: boolean;
  onSelectShown: () => void;
  onClear: () => void;
  people: Person[];
  departments: Department[];
}

/** 批量操作: what the selection is, and each step with how many selected documents it applies to. */
export function BatchBar({ selected, shown, shownSelected, filtered, onSelectShown, onClear, people, departments }: Props) {
  const [open, setOpen] = useState<{ spec: BatchActionSpec; docs: Document[] } | null>(null);
  const hidden = selected.length - shownSelected;
  const counts = useMemo(
    () => BATCH_ACTIONS.map((spec) => ({ spec, docs: selected.filter(spec.applies) })),
    [selected],
  );

  return (
    <Flex align="center" gap={8} wrap className="batch-bar" data-testid="batch-bar">
      <Typography.Text strong data-testid="batch-selected">{`已选 ${selected.length} 份`}</Typography.Text>
      {hidden > 0 && <Typography.Text type="secondary">{`（其中 ${hidden} 份不在当前筛选中）`}</Typography.Text>}
      {shownSelected < shown && (
        <Button type="link" size="small" onClick={onSelectShown} data-testid="batch-select-all">
          {filtered ? `全选筛选出的 ${shown} 份` : `全选 ${shown} 份`}
        </Button>
      )}
      <Button type="link" size="small" onClick={onClear} data-testid="batch-clear">
        清除选择
      </Button>
      <div className="toolbar-spacer" />
      {counts.map(({ spec, docs }) => (
        <RefusedButton key={spec.key} refusal={docs.length === 0 ? spec.noneText : null} testId={`batch-${spec.key}`}>
          <Button
            disabled={docs.length === 0}
            onClick={() => setOpen({ spec, docs })}
            data-testid={`batch-${spec.key}`}
          >
            {`${spec.label} (${docs.length})`}
          </Button>
        </RefusedButton>
      ))}
      {open && (
        <BatchModal
          spec={open.spec}
          docs={open.docs}
          skipped={selected.length - open.docs.length}
          people={people}
          departments={departments}
          onClose={() => setOpen(null)}
        />
      )}
    </Flex>
  );
}
