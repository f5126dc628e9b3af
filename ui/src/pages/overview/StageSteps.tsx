import { Card, Steps, type StepsProps } from "antd";
import type { RuleResult } from "../../bindings/RuleResult";
import type { Stage } from "../../bindings/Stage";
import { stageName, tallyByStage } from "./overviewLabels";

/** Where the enterprise stands in each program stage: done when nothing in it blocks. */
export function StageSteps({ rules, stages }: { rules: RuleResult[]; stages: Stage[] }) {
  const tallies = tallyByStage(rules);
  const current = tallies.findIndex((t) => t.blockers > 0);
  const items: StepsProps["items"] = tallies.map((t, i) => {
    const stage = stages.find((s) => s.id === t.id);
    const status = t.blockers === 0 ? "finish" : i === current ? "process" : "wait";
    const state = t.blockers === 0 ? "已完成" : i === current ? "进行中" : "未开始";
    return {
      title: <span data-testid={`stage-${t.id}`}>{`${stageName(t.id, stages)} · ${state}`}</span>,
      status,
      description: (
        <>
          {stage && <div>{`${stage.start} ~ ${stage.end}`}</div>}
          <div>
            {`通过 ${t.passed}/${t.total}`}
            {t.blockers > 0 && <span className="text-danger">{` · 阻断 ${t.blockers}`}</span>}
            {t.warnings > 0 && <span className="text-warning">{` · 提醒 ${t.warnings}`}</span>}
          </div>
        </>
      ),
    };
  });
  return (
    <Card size="small" title="贯标进度" className="overview-card overview-stages" data-testid="overview-stages">
      <Steps items={items} current={current < 0 ? tallies.length : current} />
    </Card>
  );
}
