import { useContext, useEffect, useRef } from "react";
import { PageActivityContext } from "../layout/pageActivity";

/** Ctrl+S (⌘S on macOS) calls `onSave` while `enabled` and its page is the one shown (pages
 *  stay mounted, hidden, once visited: a hidden page's form is not saved by the shortcut);
 *  the browser's own 保存网页 is suppressed. */
export function useSaveShortcut(enabled: boolean, onSave: () => void): void {
  const activity = useContext(PageActivityContext);
  const latest = useRef(onSave);
  useEffect(() => {
    latest.current = onSave;
  }, [onSave]);

  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (!activity.isActive()) return;
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "s") {
        e.preventDefault();
        if (!e.repeat) latest.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled, activity]);
}
