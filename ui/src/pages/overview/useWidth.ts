import { useLayoutEffect, useRef, useState } from "react";

/** The width of the element `ref` is attached to, following resizes: measured before the
 *  first paint, and not while the element is hidden (a kept page elsewhere), so that
 *  leaving the page and coming back to it draws nothing again. */
export function useWidth<T extends HTMLElement>(initial = 900) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const shown = el.getBoundingClientRect().width;
      if (shown > 0) setWidth(Math.max(Math.floor(shown), 320));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { ref, width };
}
