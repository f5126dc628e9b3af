import { useEffect, useState } from "react";
import type { PageKey } from "../navigation/navigation";
import { useArrival, type Arrival } from "../navigation/navigationContext";

const HIGHLIGHT_MS = 2500;

/** A table row this page was opened at (from the 概览 dashboard): once `ids` holds it,
 *  it is scrolled into view and returned for a few seconds, for `rowClassName` to mark. */
export function useArrivalHighlight(page: PageKey, ids: number[] | undefined): number | null {
  const { arrival, done } = useArrival(page);
  const [honoured, setHonoured] = useState<Arrival | null>(null);
  const [highlighted, setHighlighted] = useState<number | null>(null);
  if (arrival && ids && arrival !== honoured) {
    setHonoured(arrival);
    if (ids.includes(arrival.recordId)) setHighlighted(arrival.recordId);
  }

  useEffect(() => {
    if (honoured) done();
  }, [honoured, done]);

  useEffect(() => {
    if (highlighted === null) return;
    document.querySelector(`tr[data-row-key="${highlighted}"]`)?.scrollIntoView({ block: "center" });
    const timer = window.setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
    return () => window.clearTimeout(timer);
  }, [highlighted]);

  return highlighted;
}
