/** Where each page was scrolled to, so the menu brings the user back to the same
 *  place (a link opens a page at its top instead). The page area (`.app-content`)
 *  is the one scroller all pages share. */
const positions = new Map<string, number>();

function content(): HTMLElement | null {
  return document.querySelector<HTMLElement>(".app-content");
}

export function rememberScroll(key: string): void {
  const el = content();
  if (el) positions.set(key, el.scrollTop);
}

export function forgetScroll(key: string): void {
  positions.delete(key);
}

/** How long a page may take to load the rows its scroll position needs. */
const RESTORE_FOR_MS = 2000;

/** Scrolls the page area back to where `key` was left. A page that loads afresh is
 *  short until its data is in: the position is retried until it can be reached, for
 *  up to two seconds, unless the user scrolls first. Answers the cancel call. */
export function restoreScroll(key: string): () => void {
  const el = content();
  if (!el) return () => undefined;
  const top = positions.get(key) ?? 0;
  el.scrollTop = top;
  if (top === 0 || Math.abs(el.scrollTop - top) < 2) return () => undefined;
  let frame = 0;
  const started = performance.now();
  const stop = () => {
    window.cancelAnimationFrame(frame);
    el.removeEventListener("wheel", stop);
    el.removeEventListener("keydown", stop);
    el.removeEventListener("mousedown", stop);
  };
  el.addEventListener("wheel", stop, { passive: true });
  el.addEventListener("keydown", stop);
  el.addEventListener("mousedown", stop);
  const tick = () => {
    el.scrollTop = top;
    if (Math.abs(el.scrollTop - top) < 2 || performance.now() - started > RESTORE_FOR_MS) stop();
    else frame = window.requestAnimationFrame(tick);
  };
  frame = window.requestAnimationFrame(tick);
  return stop;
}
