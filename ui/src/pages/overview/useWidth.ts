import { useEffect, useRef, useState } from "react";

/** The width of the element `ref` is attached to, following resizes. */
export function useWidth<T extends HTMLElement>(initial = 900) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(Math.max(Math.floor(el.getBoundingClientRect().width), 320));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return { ref, width };
}
