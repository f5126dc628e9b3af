import { Alert } from "antd";
import { memo, useEffect, useState } from "react";
import { DocPreview } from "./DocPreview";
import { renderNotes } from "./renderNotes";
import { useRendered } from "./useRendered";

interface Props {
  /** The stored text (a draft's content, or an issued revision's issued text). */
  text: string;
  testId?: string;
}

/** How long the preview waits for the core's first answer before it shows the stored text
 *  as it is. The answer takes milliseconds; showing the stored text first laid a long
 *  document out twice, once as stored and again as rendered. */
const FIRST_ANSWER_WAIT_MS = 250;

/**
 * The text as it prints: project references rendered by the core (debounced while it
 * changes), clause references by `DocPreview`; what was left out or did not resolve
 * is listed above it. Until the first answer an empty page is shown, then, if the
 * answer is late (FIRST_ANSWER_WAIT_MS), the stored text as it is.
 * Memoised like `DocPreview`: its props are strings.
 */
export const RenderedPreview = memo(function RenderedPreview({ text, testId }: Props) {
  const rendered = useRendered(text);
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    const t = window.setTimeout(() => setWaited(true), FIRST_ANSWER_WAIT_MS);
    return () => window.clearTimeout(t);
  }, []);
  const notes = renderNotes(rendered);
  const shown = rendered?.text ?? (waited ? text : null);
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
      {shown === null ? (
        <div className="doc-page" data-testid={testId} aria-busy="true" />
      ) : (
        <DocPreview text={shown} testId={testId} />
      )}
    </>
  );
});
