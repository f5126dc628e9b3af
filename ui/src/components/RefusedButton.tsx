import { Tooltip } from "antd";
import type { ReactElement } from "react";

interface Props {
  /** Why the action would be refused (from `useRefusal`); null when it would not. */
  refusal: string | null;
  /** The button, already disabled when `refusal` is set. */
  children: ReactElement;
  /** The reason also written beside the button, not only on hover. */
  beside?: boolean;
  testId?: string;
}

/** A button the core would refuse: disabled, the reason on hover and, with `beside`, next to it. */
export function RefusedButton({ refusal, children, beside, testId }: Props) {
  if (!refusal) return children;
  const lines = refusal.split("\n");
  return (
    <>
      <Tooltip
        title={<span className="pre-wrap">{lines.length > 8 ? [...lines.slice(0, 8), "……"].join("\n") : refusal}</span>}
      >
        <span className="refused-button" data-testid={testId ? `${testId}-refused` : undefined} data-refusal={refusal}>
          {children}
        </span>
      </Tooltip>
      {beside && (
        <span className="refusal-beside" data-testid={testId ? `${testId}-reason` : undefined}>
          {lines[0]}
        </span>
      )}
    </>
  );
}
