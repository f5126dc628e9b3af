// Dates cross the boundary as "YYYY-MM-DD"; antd's pickers want dayjs values.
import dayjs, { type Dayjs } from "dayjs";

export const DATE_FORMAT = "YYYY-MM-DD";

/** A picker value from a stored date; `undefined` when there is none (an empty picker). */
export function toDay(s: string | null | undefined): Dayjs | undefined {
  if (!s) return undefined;
  const d = dayjs(s);
  return d.isValid() ? d : undefined;
}

/** A stored date from a picker value; `null` when empty. */
export function fromDay(d: Dayjs | null | undefined): string | null {
  return d ? d.format(DATE_FORMAT) : null;
}
