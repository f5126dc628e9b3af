import { Alert } from "antd";
import { memo } from "react";
import { DocPreview } from "./DocPreview";
import { renderNotes } from "./renderNotes";
import { useRendered } from "./useRendered";

interface Props {
  /** The stored text (a draft's content, or an issued revision's issued text). */
  text: string;
  testId?: string;
}

/**
 * The text as it prints: project references rendered by the core (debounced while it
 * changes), clause references by `DocPreview`; what was left out or did not resolve
 * is listed above it. Until the first answer the stored text is shown as it is.
 * Memoised like `DocPreview`: its props are strings.
 */
export const RenderedPreview = memo(function RenderedPreview({ text, testId }: Props) {
  const rendered = useRendered(text);
  const notes = renderNotes(rendered);
  return (
    <>
      {notes.title && (
        <Alert
          type="warning"
          showIcon
          className="doc-render-notes"
          message={notes.title}
          data-testid="render-notes"
          description={
            <ul className="alert-list">
              {notes.lines.map((l, i) => (
                <li key={i}>{l}</li>
              ))}
            </ul>
          }
        />
      )}
      <DocPreview text={rendered?.text ?? text} testId={testId} />
    </>
  );
});
