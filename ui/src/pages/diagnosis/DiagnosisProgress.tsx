import { Card, Flex, Progress, Tag, Tooltip, Typography } from "antd";
import type { DiagnosisOverview } from "../../bindings/DiagnosisOverview";

const percent = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) : 0);

interface Props {
  overview: DiagnosisOverview;
  /** Jumps to a chapter in the clause list. */
  onChapter: (chapter: string) => void;
}

/** Overall and per-chapter progress of the diagnosis. */
export function DiagnosisProgress({ overview, onChapter }: Props) {
  const open = overview.unassessed.length;
  return (
    <Card size="small" className="form-card diag-progress">
      <Flex align="center" gap={16} wrap>
        <Typography.Text strong data-testid="diagnosis-progress">
          {`已诊断 ${overview.assessed} / ${overview.total} 条`}
        </Typography.Text>
        <Progress
          percent={percent(overview.assessed, overview.total)}
          status={open === 0 && overview.total > 0 ? "success" : "normal"}
          className="diag-progress-bar"
        />
        <Tag color={open > 0 ? "orange" : "green"} className="inline-tag" data-testid="diagnosis-unassessed">
          {open > 0 ? `未诊断 ${open} 条` : "全部条款已诊断"}
        </Tag>
      </Flex>
      <div className="diag-chapters">
        {overview.chapters.map((ch) => (
          <Tooltip key={ch.chapter} title={`第 ${ch.number} 章 ${ch.title}：已诊断 ${ch.assessed} / ${ch.total} 条`}>
            <button
              type="button"
              className="diag-chapter"
              onClick={() => onChapter(ch.chapter)}
              data-testid={`diagnosis-chapter-${ch.chapter}`}
            >
              <Flex justify="space-between" gap={4}>
                <span className="diag-chapter-title">{`${ch.number} ${ch.title}`}</span>
                <span className="diag-chapter-count">{`${ch.assessed}/${ch.total}`}</span>
              </Flex>
              <Progress
                percent={percent(ch.assessed, ch.total)}
                showInfo={false}
                size="small"
                status={ch.total > 0 && ch.assessed === ch.total ? "success" : "normal"}
              />
            </button>
          </Tooltip>
        ))}
      </div>
    </Card>
  );
}
