import { Tooltip } from "antd";
import { memo, useMemo } from "react";
import type { Block } from "../bindings/Block";
import { ClauseNo } from "../standard/ClauseNo";
import { clauseRef, parseDocument, segments } from "./parse";
import "./doctext.css";

/** Inline text with any placeholder left in it highlighted. */
const Inline = memo(function Inline({ text }: { text: string }) {
  const parts = segments(text);
  if (parts.length === 1 && !parts[0].placeholder) return <>{text}</>;
  return (
    <>
      {parts.map((s, i) => {
        const ref = s.placeholder ? clauseRef(s.name) : null;
        // A clause reference renders from the project's table, as it prints.
        if (ref) return <ClauseNo key={i} k={ref.key} title={ref.full} />;
        return s.placeholder ? (
          <Tooltip key={i} title="未填写的占位符">
            <mark className="doc-placeholder" data-placeholder={s.name}>
              {s.text}
            </mark>
          </Tooltip>
        ) : (
          <span key={i}>{s.text}</span>
        );
      })}
    </>
  );
});

function Cell({ text, header }: { text: string; header?: boolean }) {
  const content = text ? <Inline text={text} /> : "\u00a0";
  return header ? <th>{content}</th> : <td>{content}</td>;
}

/** Blocks that read the same: the preview first shows the stored text, then the text with
 *  the project's references rendered, and only the blocks those changed are laid out again. */
function sameBlock(a: { block: Block }, b: { block: Block }): boolean {
  return a.block === b.block || JSON.stringify(a.block) === JSON.stringify(b.block);
}

const BlockView = memo(function BlockView({ block }: { block: Block }) {
  switch (block.kind) {
    case "heading": {
      const content = <Inline text={block.text} />;
      if (block.level === 1) return <h1 className="doc-h1">{content}</h1>;
      if (block.level === 2) return <h2 className="doc-h2">{content}</h2>;
      return <h3 className="doc-h3">{content}</h3>;
    }
    case "paragraph":
      return (
        <p className="doc-p">
          <Inline text={block.text} />
        </p>
      );
    case "bullets":
      return (
        <ul className="doc-ul">
          {block.items.map((item, i) => (
            <li key={i}>
              <Inline text={item} />
            </li>
          ))}
        </ul>
      );
    case "numbered":
      return (
        <ol className="doc-ol">
          {block.items.map((item, i) => (
            <li key={i}>
              <Inline text={item} />
            </li>
          ))}
        </ol>
      );
    case "table": {
      // A ragged row keeps its extra cells; the header is widened to match.
      const width = Math.max(block.header.length, ...block.rows.map((r) => r.length));
      const header = [...block.header, ...Array<string>(width - block.header.length).fill("")];
      return (
        <table className="doc-table">
          <thead>
            <tr>
              {header.map((h, i) => (
                <Cell key={i} text={h} header />
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>
                {Array.from({ length: width }, (_, i) => (
                  <Cell key={i} text={row[i] ?? ""} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}, sameBlock);

interface Props {
  text: string;
  /** Shown when the text is empty. */
  emptyText?: string;
  className?: string;
  testId?: string;
}

/** The document text laid out as printed: headings by level, indented paragraphs, lists and ruled tables.
 *  Memoised (its props are strings): a long document's thousands of elements are not
 *  reconciled again when the drawer around it re-renders (people loaded, a tab switched). */
export const DocPreview = memo(function DocPreview({ text, emptyText = "（正文为空）", className, testId }: Props) {
  const { blocks } = useMemo(() => parseDocument(text), [text]);
  return (
    <div className={className ? `doc-page ${className}` : "doc-page"} data-testid={testId}>
      {blocks.length === 0 ? (
        <p className="doc-empty">{emptyText}</p>
      ) : (
        blocks.map((b, i) => <BlockView key={i} block={b} />)
      )}
    </div>
  );
});
