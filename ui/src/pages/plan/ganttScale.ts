// Date arithmetic for the timeline: positions are percentages of the whole range.
import dayjs, { type Dayjs } from "dayjs";
import type { PlanView } from "../../bindings/PlanView";

export interface Month {
  key: string;
  label: string;
  left: number;
  width: number;
}

export interface Scale {
  start: Dayjs;
  /** Days in the range, both ends included. */
  days: number;
  months: Month[];
  /** Left edge of a day, in %. */
  at: (date: string | Dayjs) => number;
  /** Width of a span of days, both ends included, in %. */
  span: (from: string | Dayjs, to: string | Dayjs) => number;
  contains: (date: string) => boolean;
  /** The date, moved into the range. */
  clamp: (date: string) => string;
}

/** From the first of the earliest month to a little after the deadline (or the latest task, or today). */
export function buildScale(plan: PlanView): Scale {
  const starts = [
    ...plan.stages.map((s) => s.start),
    ...plan.tasks.flatMap((t) => [t.planned_start, t.actual_start ?? t.planned_start]),
  ];
  const ends = [
    ...plan.stages.map((s) => s.end),
    ...plan.tasks.flatMap((t) => [t.planned_end, t.actual_end ?? t.planned_end]),
  ];
  // Without a program there is no deadline: the tasks alone set the range.
  const anchor = plan.deadline ?? plan.today;
  // Today is always on the timeline: a plan left in the past shows how far.
  const min = [...starts, plan.today].reduce((a, b) => (b < a ? b : a), anchor);
  const max = [...ends, plan.today].reduce((a, b) => (b > a ? b : a), anchor);
  const start = dayjs(min).startOf("month");
  const end = dayjs(max).add(10, "day").endOf("month").startOf("day");
  const days = end.diff(start, "day") + 1;

  const at = (d: string | Dayjs) => (dayjs(d).diff(start, "day") / days) * 100;
  const span = (from: string | Dayjs, to: string | Dayjs) =>
    (Math.max(dayjs(to).diff(dayjs(from), "day") + 1, 1) / days) * 100;

  const months: Month[] = [];
  for (let m = start; !m.isAfter(end); m = m.add(1, "month")) {
    const first = months.length === 0 || m.month() === 0;
    months.push({
      key: m.format("YYYY-MM"),
      label: first ? m.format("YYYY年M月") : m.format("M月"),
      left: at(m),
      width: span(m, m.endOf("month")),
    });
  }

  return {
    start,
    days,
    months,
    at,
    span,
    contains: (d) => {
      const x = dayjs(d);
      return !x.isBefore(start) && !x.isAfter(end);
    },
    clamp: (d) => {
      const x = dayjs(d);
      if (x.isBefore(start)) return start.format("YYYY-MM-DD");
      if (x.isAfter(end)) return end.format("YYYY-MM-DD");
      return d;
    },
  };
}
