import { Alert } from "antd";
import type { Readiness } from "../../bindings/Readiness";

/** The one-line answer: can the application go in, and can the deadline still be met. */
export function VerdictBanner({ readiness }: { readiness: Readiness }) {
  const { ready, blockers, warnings, deadline, judged_on } = readiness;
  // Past the program's deadline its date arithmetic is history, not a forecast.
  const ended = deadline.deadline !== null && judged_on > deadline.deadline;
  const message = ready
    ? warnings > 0
      ? `可以申请：阻断项均已通过（另有 ${warnings} 项提醒）`
      : "可以申请：所有检查项均已通过"
    : `暂不能申请：尚有 ${blockers} 项阻断`;
  const sentence = deadline.deadline === null
    ? deadline.summary
    : ended
    ? `截止日期 ${deadline.deadline} 已过（判定日期 ${judged_on}），以下日期测算仅供回顾。${deadline.summary}`
    : deadline.fits
    ? `按目前的日期，能够在截止日期 ${deadline.deadline} 前完成。${deadline.summary}`
    : `按目前的日期，无法在截止日期 ${deadline.deadline} 前完成。${deadline.summary}`;
  return (
    <Alert
      className="overview-verdict"
      type={ended ? "error" : ready && deadline.fits ? "success" : deadline.fits ? "warning" : "error"}
      showIcon
      message={<span data-testid="overview-verdict">{message}</span>}
      description={<span data-testid="deadline-sentence">{sentence}</span>}
    />
  );
}
