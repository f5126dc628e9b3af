/**
 * How many `useRemote` loads are in flight, for the page benchmark
 * (`tests/src/bin/bench_pages.rs`): it clicks a menu item and waits until
 * this is back at zero and a frame is painted. Read as
 * `window.__guanbiaoPendingLoads`; `window.__guanbiaoLoadSettledAt` is the
 * `performance.now()` of the last load that settled, so the bench can tell
 * the wait for the data from the rendering after it; `window.__guanbiaoLoadsStarted`
 * counts every load begun (a window test tells a page shown again without
 * loading). Nothing in the app depends on any of them.
 */
declare global {
  interface Window {
    __guanbiaoPendingLoads?: number;
    __guanbiaoLoadSettledAt?: number;
    __guanbiaoLoadsStarted?: number;
  }
}

let pending = 0;

function publish() {
  if (typeof window !== "undefined") window.__guanbiaoPendingLoads = pending;
}

/** Counts `p` as in flight until it settles; returns it unchanged. */
export function trackLoad<T>(p: Promise<T>): Promise<T> {
  pending += 1;
  if (typeof window !== "undefined") window.__guanbiaoLoadsStarted = (window.__guanbiaoLoadsStarted ?? 0) + 1;
  publish();
  const done = () => {
    pending -= 1;
    if (typeof window !== "undefined") window.__guanbiaoLoadSettledAt = performance.now();
    publish();
  };
  p.then(done, done);
  return p;
}

publish();
