import { Empty, Flex, Tooltip, Typography } from "antd";
import dayjs from "dayjs";
import { useLayoutEffect, useRef } from "react";
import type { PlanTask } from "../../bindings/PlanTask";
import type { PlanView } from "../../bindings/PlanView";
import { buildScale, type Scale } from "./ganttScale";
import { HEALTH_COLORS, HEALTH_LABELS, STATUS_LABELS } from "./planLabels";
import "./gantt.css";

const STAGE_COLORS = ["#13c2c2", "#722ed1", "#eb2f96", "#faad14", "#2f54eb"];

/** The actual bar: start to end; a task under way runs to today; a finish without a start is one day. */
function actualSpan(t: PlanTask, today: string): [string, string] | null {
  if (t.actual_start && t.actual_end) return [t.actual_start, t.actual_end];
  if (t.actual_start) return [t.actual_start, today > t.actual_start ? today : t.actual_start];
  if (t.actual_end) return [t.actual_end, t.actual_end];
  return null;
}

function TaskBars({ task, scale, today }: { task: PlanTask; scale: Scale; today: string }) {
  const color = HEALTH_COLORS[task.health];
  const actual = actualSpan(task, scale.clamp(today));
  return (
    <div className="gantt-row">
      <Tooltip title={`计划：${task.planned_start} ~ ${task.planned_end}`}>
        <div
          className="gantt-bar gantt-bar-planned"
          style={{
            left: `${scale.at(task.planned_start)}%`,
            width: `${scale.span(task.planned_start, task.planned_end)}%`,
            borderColor: color,
            background: `${color}2e`,
          }}
        />
      </Tooltip>
      {actual && (
        <Tooltip title={`实际：${task.actual_start ?? "未填开始日期"} ~ ${task.actual_end ?? "进行中"}`}>
          <div
            className="gantt-bar gantt-bar-actual"
            style={{
              left: `${scale.at(actual[0])}%`,
              width: `${scale.span(actual[0], actual[1])}%`,
              background: color,
            }}
          />
        </Tooltip>
      )}
    </div>
  );
}

function Marker({ left, label, kind }: { left: number; label: string; kind: "deadline" | "today" }) {
  return (
    <div className={`gantt-marker gantt-marker-${kind}`} style={{ left: `${left}%` }}>
      <span className="gantt-marker-label">{label}</span>
    </div>
  );
}

/** A Gantt-style timeline: stage bands, deadline and today, planned and actual bars per task. */
export function PlanGantt({ plan }: { plan: PlanView }) {
  const scroller = useRef<HTMLDivElement>(null);
  const scale = buildScale(plan);
  const todayAt = plan.tasks.length === 0 ? null : scale.at(plan.today);
  // Opens at today (a third from the left): on a long range, today's work is what matters.
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || todayAt === null) return;
    el.scrollLeft = Math.max(0, (todayAt / 100) * el.scrollWidth - el.clientWidth / 3);
  }, [todayAt]);
  if (plan.tasks.length === 0) {
    return (
      <div data-testid="plan-gantt" className="gantt-empty">
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无任务，可先生成默认计划" />
      </div>
    );
  }
  const deadline = plan.deadline;
  const deadlineLeft = deadline ? scale.at(deadline) + scale.span(deadline, deadline) : null;
  const stageLanes = plan.stages.length;

  return (
    <div className="gantt" data-testid="plan-gantt">
      <div className="gantt-labels">
        <div className="gantt-corner">任务</div>
        {stageLanes > 0 && (
          <div className="gantt-stage-caption" style={{ height: stageLanes * 24 }}>
            贯标阶段
          </div>
        )}
        {plan.tasks.map((t) => (
          <Tooltip
            key={t.id}
            placement="right"
            title={
              <div>
                <div>{t.title}</div>
                <div>
                  {t.stage_name} · {t.owner_name ?? "未指定负责人"} · {STATUS_LABELS[t.status]} ·{" "}
                  {HEALTH_LABELS[t.health]}
                </div>
              </div>
            }
          >
            <div className="gantt-label">
              <span className="gantt-dot" style={{ background: HEALTH_COLORS[t.health] }} />
              <span className="gantt-label-text">{t.title}</span>
            </div>
          </Tooltip>
        ))}
      </div>
      <div className="gantt-scroll" ref={scroller}>
        <div className="gantt-canvas" style={{ minWidth: scale.months.length * 60 }}>
          <div className="gantt-markers-row" />
          <div className="gantt-scale">
            {scale.months.map((m) => (
              <div key={m.key} className="gantt-month" style={{ left: `${m.left}%`, width: `${m.width}%` }}>
                {m.label}
              </div>
            ))}
          </div>
          {plan.stages.map((s, i) => (
            <div key={s.id} className={i === stageLanes - 1 ? "gantt-lane gantt-lane-last" : "gantt-lane"}>
              <Tooltip title={`${s.name}：${s.start} ~ ${s.end}`}>
                <div
                  className="gantt-stage"
                  style={{
                    left: `${scale.at(s.start)}%`,
                    width: `${scale.span(s.start, s.end)}%`,
                    background: `${STAGE_COLORS[i % STAGE_COLORS.length]}26`,
                    borderColor: `${STAGE_COLORS[i % STAGE_COLORS.length]}80`,
                  }}
                >
                  {s.name}
                </div>
              </Tooltip>
            </div>
          ))}
          {plan.tasks.map((t) => (
            <TaskBars key={t.id} task={t} scale={scale} today={plan.today} />
          ))}
          {scale.months.map((m) => (
            <div key={m.key} className="gantt-gridline" style={{ left: `${m.left}%` }} />
          ))}
          {deadline && deadlineLeft !== null && (
            <Marker left={deadlineLeft} label={`截止 ${dayjs(deadline).format("M-D")}`} kind="deadline" />
          )}
          {scale.contains(plan.today) && <Marker left={scale.at(plan.today)} label="今天" kind="today" />}
        </div>
      </div>
    </div>
  );
}

/** What the colours and lines mean. */
export function GanttLegend() {
  return (
    <Flex gap={16} wrap className="gantt-legend">
      <Flex align="center" gap={6}>
        <span className="gantt-swatch gantt-swatch-planned" />
        <Typography.Text type="secondary">计划</Typography.Text>
      </Flex>
      <Flex align="center" gap={6}>
        <span className="gantt-swatch gantt-swatch-actual" />
        <Typography.Text type="secondary">实际</Typography.Text>
      </Flex>
      {(["on_track", "at_risk", "overdue", "done"] as const).map((h) => (
        <Flex key={h} align="center" gap={6}>
          <span className="gantt-dot" style={{ background: HEALTH_COLORS[h] }} />
          <Typography.Text type="secondary">{HEALTH_LABELS[h]}</Typography.Text>
        </Flex>
      ))}
      <Flex align="center" gap={6}>
        <span className="gantt-line-swatch gantt-line-deadline" />
        <Typography.Text type="secondary">截止日期</Typography.Text>
      </Flex>
      <Flex align="center" gap={6}>
        <span className="gantt-line-swatch gantt-line-today" />
        <Typography.Text type="secondary">今天</Typography.Text>
      </Flex>
    </Flex>
  );
}
