import { Flex, Tooltip, Typography } from "antd";
import type { RuleResult } from "../../bindings/RuleResult";
import type { Stage } from "../../bindings/Stage";
import { stageName, tallyByStage } from "./overviewLabels";

/** A stacked bar per stage: passed, warnings and blockers among its rules. */
export function StageBars({ rules, stages }: { rules: RuleResult[]; stages: Stage[] }) {
  return (
    <Flex vertical gap={8} className="stage-bars" data-testid="stage-bars">
      {tallyByStage(rules).map((t) => {
        const pct = (n: number) => `${t.total ? (n / t.total) * 100 : 0}%`;
        return (
          <Flex key={t.id} align="center" gap={8}>
            <Typography.Text className="stage-bar-name">{stageName(t.id, stages)}</Typography.Text>
            <Tooltip title={`通过 ${t.passed} · 提醒 ${t.warnings} · 阻断 ${t.blockers}`}>
              <div className="stage-bar" aria-label={`${stageName(t.id, stages)}：通过 ${t.passed}/${t.total}`}>
                <div className="stage-bar-part stage-bar-passed" style={{ width: pct(t.passed) }} />
                <div className="stage-bar-part stage-bar-warning" style={{ width: pct(t.warnings) }} />
                <div className="stage-bar-part stage-bar-blocker" style={{ width: pct(t.blockers) }} />
              </div>
            </Tooltip>
            <Typography.Text type="secondary" className="stage-bar-count">{`${t.passed}/${t.total}`}</Typography.Text>
          </Flex>
        );
      })}
      <Flex gap={12} className="stage-bar-legend">
        <span>
          <i className="legend-dot stage-bar-passed" />
          通过
        </span>
        <span>
          <i className="legend-dot stage-bar-warning" />
          提醒
        </span>
        <span>
          <i className="legend-dot stage-bar-blocker" />
          阻断
        </span>
      </Flex>
    </Flex>
  );
}
