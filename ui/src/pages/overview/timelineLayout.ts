// Geometry of the key-dates timeline: a date range, pixel positions, and
// label rows so that neighbouring labels do not overlap.
import dayjs from "dayjs";

export interface DateMarker {
  key: string;
  label: string;
  date: string;
  color: string;
  dashed?: boolean;
}

export interface PlacedMarker extends DateMarker {
  x: number;
  /** Left edge of the label box. */
  labelX: number;
  row: number;
}

export interface Range {
  start: string;
  end: string;
}

const PAD = 16;
const GAP = 8;

/** From the first of the earliest month to the end of the latest one. */
export function dateRange(dates: string[]): Range {
  const sorted = [...dates].sort();
  return {
    start: dayjs(sorted[0]).startOf("month").format("YYYY-MM-DD"),
    end: dayjs(sorted[sorted.length - 1]).endOf("month").format("YYYY-MM-DD"),
  };
}

export function scaleX(range: Range, width: number): (date: string) => number {
  const start = dayjs(range.start);
  const days = Math.max(dayjs(range.end).diff(start, "day") + 1, 1);
  const inner = Math.max(width - 2 * PAD, 1);
  return (d) => PAD + (dayjs(d).diff(start, "day") / days) * inner;
}

/** Rough width of a label in px at 12px: CJK characters are square, the rest about half. */
export function labelWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 12 : 6.8;
  return Math.ceil(w) + 4;
}

/** Places each label in the first row where it does not overlap the previous one. */
export function placeMarkers(
  markers: DateMarker[],
  x: (date: string) => number,
  width: number,
  maxRows = 4,
): { placed: PlacedMarker[]; rows: number } {
  const sorted = [...markers].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const rowEnds: number[] = [];
  const placed: PlacedMarker[] = [];
  for (const m of sorted) {
    const px = x(m.date);
    const w = Math.max(labelWidth(m.label), labelWidth(m.date));
    const left = Math.min(Math.max(px - w / 2, PAD / 2), width - PAD / 2 - w);
    let row = rowEnds.findIndex((end) => end + GAP <= left);
    if (row < 0) {
      if (rowEnds.length < maxRows) {
        row = rowEnds.length;
        rowEnds.push(0);
      } else {
        row = rowEnds.indexOf(Math.min(...rowEnds));
      }
    }
    rowEnds[row] = left + w;
    placed.push({ ...m, x: px, labelX: left, row });
  }
  return { placed, rows: Math.max(rowEnds.length, 1) };
}

export interface MonthTick {
  key: string;
  x: number;
  label: string;
}

export function monthTicks(range: Range, x: (date: string) => number): MonthTick[] {
  const ticks: MonthTick[] = [];
  const end = dayjs(range.end);
  for (let m = dayjs(range.start); !m.isAfter(end); m = m.add(1, "month")) {
    const first = ticks.length === 0 || m.month() === 0;
    ticks.push({
      key: m.format("YYYY-MM"),
      x: x(m.format("YYYY-MM-DD")),
      label: first ? m.format("YYYY年M月") : m.format("M月"),
    });
  }
  return ticks;
}
