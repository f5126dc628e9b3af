import { Alert, Button, Empty, Flex, Skeleton, Typography } from "antd";
import { useCallback, useMemo, useState, type ReactNode } from "react";
import * as api from "../../api";
import type { DiffLine } from "../../bindings/DiffLine";
import type { Revision } from "../../bindings/Revision";
import { useRemote } from "../../hooks/useRemote";

/** Unchanged lines kept around each change; longer unchanged runs fold. */
const CONTEXT = 3;

type Row = { kind: "line"; line: DiffLine; index: number } | { kind: "fold"; from: number; count: number };

function layout(lines: DiffLine[], expanded: ReadonlySet<number>): Row[] {
  const near = lines.map(() => false);
  lines.forEach((l, i) => {
    if (l.op === "same") return;
    for (let j = Math.max(0, i - CONTEXT); j <= Math.min(lines.length - 1, i + CONTEXT); j++) near[j] = true;
  });
  const rows: Row[] = [];
  let i = 0;
  while (i < lines.length) {
    if (near[i] || lines[i].op !== "same") {
      rows.push({ kind: "line", line: lines[i], index: i });
      i += 1;
      continue;
    }
    let j = i;
    while (j < lines.length && !near[j] && lines[j].op === "same") j += 1;
    if (j - i <= 2 || expanded.has(i)) {
      for (let k = i; k < j; k++) rows.push({ kind: "line", line: lines[k], index: k });
    } else {
      rows.push({ kind: "fold", from: i, count: j - i });
    }
    i = j;
  }
  return rows;
}

const SIGN = { same: " ", added: "+", removed: "-" } as const;

interface DiffLinesProps {
  lines: DiffLine[];
  /** Shown before the counts, e.g. "A/0 → A/1". */
  heading: ReactNode;
  /** Shown when nothing was added or removed. */
  sameText: string;
  testId?: string;
}

/** A unified diff: added lines green, removed red, long unchanged runs folded. */
export function DiffLines({ lines, heading, sameText, testId }: DiffLinesProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const rows = useMemo(() => layout(lines, expanded), [lines, expanded]);
  const added = lines.filter((l) => l.op === "added").length;
  const removed = lines.filter((l) => l.op === "removed").length;

  return (
    <div data-testid={testId}>
      <Flex align="center" gap={12} className="doc-diff-head">
        <Typography.Text strong>{heading}</Typography.Text>
        <Typography.Text className="doc-diff-added-count">{`+${added} 行`}</Typography.Text>
        <Typography.Text className="doc-diff-removed-count">{`-${removed} 行`}</Typography.Text>
      </Flex>
      {added === 0 && removed === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={sameText} />
      ) : (
        <div className="doc-diff">
          {rows.map((row) =>
            row.kind === "fold" ? (
              <Button
                key={`fold-${row.from}`}
                type="link"
                size="small"
                className="doc-diff-fold"
                onClick={() => setExpanded((s) => new Set([...s, row.from]))}
              >
                {`⋯ 展开未改动的 ${row.count} 行`}
              </Button>
            ) : (
              <div key={row.index} className={`doc-diff-line doc-diff-${row.line.op}`} data-op={row.line.op}>
                <span className="doc-diff-sign">{SIGN[row.line.op]}</span>
                <span className="doc-diff-text">{row.line.text || "\u00a0"}</span>
              </div>
            ),
          )}
        </div>
      )}
    </div>
  );
}

/** The diff of two revisions, loaded. */
export function DiffView({ older, newer }: { older: Revision; newer: Revision }) {
  const load = useCallback(() => api.revisionDiff(older.id, newer.id), [older.id, newer.id]);
  const { data, error } = useRemote(load);

  if (error) return <Alert type="error" showIcon message="无法比较这两个版本" description={error.message} />;
  if (!data) return <Skeleton active paragraph={{ rows: 4 }} />;
  return (
    <DiffLines
      lines={data}
      heading={`${older.version} → ${newer.version}`}
      sameText="两个版本的内容相同"
      testId="revision-diff"
    />
  );
}
