import { Alert, Button } from "antd";
import type { Readiness } from "../../bindings/Readiness";
import type { RuleId } from "../../bindings/RuleId";
import { useNavigate } from "../../navigation/navigationContext";

/** The rules that time alone breaks (their explanations say what to do). */
const TIME_RULES: readonly RuleId[] = ["program_open", "edition_certifiable"];

/**
 * Shown when the program has ended or the edition can no longer be
 * certified on the day judged: the project tells an old story, and what
 * to do about it.
 */
export function TimeBanner({ readiness }: { readiness: Readiness }) {
  const navigate = useNavigate();
  const broken = readiness.rules.filter((r) => !r.passed && TIME_RULES.includes(r.id));
  if (broken.length === 0) return null;
  return (
    <Alert
      className="overview-verdict"
      type="error"
      showIcon
      data-testid="time-banner"
      message={`按 ${readiness.judged_on} 判定：本项目的贯标计划或标准版本已不能用于申请`}
      description={
        <ul className="time-banner-list">
          {broken.map((r) => (
            <li key={r.id} data-testid={`time-banner-${r.id}`}>
              {r.explanation}
              <Button type="link" size="small" onClick={() => navigate(r.fix.screen)}>
                前往处理
              </Button>
            </li>
          ))}
        </ul>
      }
    />
  );
}
