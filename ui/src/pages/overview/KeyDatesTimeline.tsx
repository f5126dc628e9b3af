import { Flex, Typography } from "antd";
import type { DeadlinePlan } from "../../bindings/DeadlinePlan";
import type { ProgramProfile } from "../../bindings/ProgramProfile";
import type { SystemIssue } from "../../bindings/SystemIssue";
import { dateRange, monthTicks, placeMarkers, scaleX, type DateMarker } from "./timelineLayout";
import { useWidth } from "./useWidth";

interface Props {
  program: ProgramProfile;
  deadline: DeadlinePlan;
  issue: SystemIssue | null;
  today: string;
}

const STAGE_COLORS: Record<string, [string, string]> = {
  training: ["#e6f4ff", "#1677ff"],
  implementation: ["#f9f0ff", "#722ed1"],
  acceptance: ["#fff0f6", "#c41d7f"],
};
const OPERATION_COLORS: [string, string] = ["#f6ffed", "#389e0d"];

const ROW_H = 34;
const LANE_H = 18;
const LANE_GAP = 4;

function markersOf({ deadline, issue }: Props): DateMarker[] {
  const m: DateMarker[] = [];
  if (issue && issue.issued_on !== issue.implemented_on) {
    m.push({ key: "issued", label: "体系发布", date: issue.issued_on, color: "#389e0d" });
  }
  if (issue) m.push({ key: "implemented", label: "体系实施", date: issue.implemented_on, color: "#389e0d" });
  if (deadline.earliest_application_on) {
    m.push({ key: "earliest", label: "运行期满·最早申请", date: deadline.earliest_application_on, color: "#08979c" });
  }
  if (deadline.planned_application_on) {
    m.push({ key: "planned", label: "计划申请", date: deadline.planned_application_on, color: "#531dab" });
  }
  // Without a program there is no deadline, nor the latest dates derived from it.
  if (deadline.latest_implementation_on) {
    m.push({ key: "latest-implementation", label: "最迟实施", date: deadline.latest_implementation_on, color: "#d46b08" });
  }
  if (deadline.latest_application_on) {
    m.push({ key: "latest-application", label: "最迟申请", date: deadline.latest_application_on, color: "#d46b08" });
  }
  if (deadline.deadline) m.push({ key: "deadline", label: "截止日期", date: deadline.deadline, color: "#cf1322" });
  return m;
}

/** The key dates on one horizontal line: program stages, operation period, deadline and the dates derived from it. */
export function KeyDatesTimeline(props: Props) {
  const { program, deadline, issue, today } = props;
  const { ref, width } = useWidth<HTMLDivElement>();
  const markers = markersOf(props);
  const range = dateRange([
    ...program.stages.flatMap((s) => [s.start, s.end]),
    ...markers.map((m) => m.date),
  ]);
  const todayShown = today >= range.start && today <= range.end;
  if (todayShown) markers.push({ key: "today", label: "今天", date: today, color: "#8c8c8c", dashed: true });
  const x = scaleX(range, width);
  const { placed, rows } = placeMarkers(markers, x, width);

  const lanes: { key: string; name: string; from: string; to: string; colors: [string, string] }[] =
    program.stages.map((s) => ({
      key: s.id,
      name: s.name,
      from: s.start,
      to: s.end,
      colors: STAGE_COLORS[s.id] ?? ["#fafafa", "#595959"],
    }));
  if (issue && deadline.earliest_application_on) {
    lanes.push({
      key: "operation",
      name: `最短运行期 ${deadline.min_months} 个月`,
      from: issue.implemented_on,
      to: deadline.earliest_application_on,
      colors: OPERATION_COLORS,
    });
  }

  const lanesTop = rows * ROW_H + 8;
  const axisY = lanesTop + lanes.length * (LANE_H + LANE_GAP) + 6;
  const height = axisY + 26;
  const ticks = monthTicks(range, x);
  const sparse = ticks.length > 1 && width / ticks.length < 56;

  return (
    <div ref={ref} className="timeline" data-testid="overview-timeline">
      <svg width={width} height={height} role="img" aria-label="关键日期时间轴">
        {lanes.map((l, i) => {
          const y = lanesTop + i * (LANE_H + LANE_GAP);
          const left = x(l.from);
          const w = Math.max(x(l.to) - left, 2);
          return (
            <g key={l.key}>
              <rect x={left} y={y} width={w} height={LANE_H} rx={4} fill={l.colors[0]} stroke={l.colors[1]} />
              <text x={left + 6} y={y + 13} fontSize={12} fill={l.colors[1]}>
                {l.name}
              </text>
            </g>
          );
        })}
        <line x1={x(range.start)} x2={x(range.end)} y1={axisY} y2={axisY} stroke="#bfbfbf" />
        {ticks.map((t, i) => (
          <g key={t.key}>
            <line x1={t.x} x2={t.x} y1={axisY} y2={axisY + 4} stroke="#bfbfbf" />
            {(!sparse || i % 2 === 0) && (
              <text x={t.x + 3} y={axisY + 17} fontSize={11} fill="#8c8c8c">
                {t.label}
              </text>
            )}
          </g>
        ))}
        {/* The lines first, then the labels on a white halo: a line never runs through another label. */}
        {placed.map((m) => (
          <g key={m.key}>
            <line
              x1={m.x}
              x2={m.x}
              y1={m.row * ROW_H + 30}
              y2={axisY}
              stroke={m.color}
              strokeWidth={m.key === "deadline" ? 2 : 1}
              strokeDasharray={m.dashed ? "4 3" : undefined}
            />
            <circle cx={m.x} cy={axisY} r={4} fill={m.color} />
          </g>
        ))}
        {placed.map((m) => {
          const top = m.row * ROW_H;
          return (
            <g key={m.key} data-testid={`timeline-${m.key}`} className="timeline-label">
              <text x={m.labelX} y={top + 12} fontSize={12} fill={m.color} fontWeight={600}>
                {m.label}
              </text>
              <text x={m.labelX} y={top + 26} fontSize={11} fill="#595959">
                {m.date}
              </text>
            </g>
          );
        })}
      </svg>
      {!todayShown && (
        <Flex justify="flex-end">
          <Typography.Text type="secondary" className="timeline-note">
            {today > range.end ? `今天（${today}）已在时间轴之后` : `今天（${today}）在时间轴之前`}
          </Typography.Text>
        </Flex>
      )}
    </div>
  );
}
