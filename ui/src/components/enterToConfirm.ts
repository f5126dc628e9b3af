import type { KeyboardEvent } from "react";

/**
 * A modal's keydown handler (on a wrapper in `modalRender`): Enter confirms, except where the
 * focused control uses Enter itself (a button, link, text field, select) or while an input method
 * is composing.
 */
export function enterToConfirm(confirm: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key !== "Enter" || e.defaultPrevented || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement | null;
    if (target?.closest("button, a, input, textarea, select, [role=combobox], [contenteditable=true]")) return;
    e.preventDefault();
    confirm();
  };
}
