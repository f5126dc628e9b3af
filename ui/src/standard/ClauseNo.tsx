import { Alert, Flex, Tag, Tooltip } from "antd";
import { useContext } from "react";
import { ClauseTableStatus } from "./ClauseTableStatus";
import { StandardContext } from "./standardContext";
import { clauseNumber, isProvisional, provisionalExplanation } from "./clauseTable";
import "./standard.css";

interface Props {
  /** The clause key (what records hold). */
  k: string;
  /** Also the title after the number. */
  title?: boolean;
  /** “暂定编号” spelled out (detail headers); a ※ with the same tooltip otherwise (lists, tables). */
  full?: boolean;
}

/** A clause number from the project's table; a provisional one is marked 暂定编号 with a one-line explanation. */
export function ClauseNo({ k, title, full }: Props) {
  const standard = useContext(StandardContext);
  const number = clauseNumber(standard, k);
  const clause = standard?.clauses.find((c) => c.key === k);
  const text = title && clause ? `${number} ${clause.title}` : number;
  if (!isProvisional(standard, k)) return <span className="clause-no">{text}</span>;
  const why = provisionalExplanation(standard, k);
  return (
    <span className="clause-no" data-provisional="true">
      {text}
      <Tooltip title={why}>
        {full ? (
          <Tag className="clause-provisional-tag" color="orange" data-testid="clause-provisional">
            暂定编号
          </Tag>
        ) : (
          <sup className="clause-provisional-mark" aria-label="暂定编号" data-testid="clause-provisional">
            ※
          </sup>
        )}
      </Tooltip>
    </span>
  );
}

/** Said once on a page that shows clause numbers when the edition's table is provisional. */
export function ProvisionalNotice({ testId }: { testId?: string }) {
  const standard = useContext(StandardContext);
  if (!standard?.provisional) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="provisional-notice"
      data-testid={testId ?? "provisional-notice"}
      message={`${standard.id} 的条款表为暂定表：标“※”或“暂定编号”的条款号和标题由本软件据公开资料重建，不是标准原文，可能有误。`}
      description={
        // The button under the text, not beside it: at 1024–1280 px the action
        // column squeezed it to "按正式文本更正条款表…" cut in half.
        <Flex vertical gap={8} align="start">
          <span>{`正式文本：${standard.official_text}。导出的文件和申报材料同样标注暂定编号。持有正式文本时可据以更正条款表，所有记录和文件随之显示正式的条款号和标题。`}</span>
          <ClauseTableStatus compact />
        </Flex>
      }
    />
  );
}
