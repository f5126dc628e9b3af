import { Card } from "antd";
import type { KeyboardEvent, ReactNode } from "react";
import type { PageKey } from "../../navigation/navigation";
import { useNavigate } from "../../navigation/navigationContext";

interface Props {
  to: PageKey;
  testId: string;
  label: string;
  children: ReactNode;
}

/** A small card that opens a screen on click, Enter or Space. */
export function LinkCard({ to, testId, label, children }: Props) {
  const navigate = useNavigate();
  const onKey = (e: KeyboardEvent) => {
    if (e.key === "Enter" || e.key === " ") {
      e.preventDefault();
      navigate(to);
    }
  };
  return (
    <Card
      size="small"
      hoverable
      className="link-card"
      role="link"
      tabIndex={0}
      aria-label={label}
      onClick={() => navigate(to)}
      onKeyDown={onKey}
      data-testid={testId}
    >
      {children}
    </Card>
  );
}
