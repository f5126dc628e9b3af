/**
 * The system's file dialogs cannot be driven through WebDriver. An end-to-end
 * test queues the paths the next dialogs answer in
 * `window.__guanbiaoDialogAnswers` (tests/src/app.rs `answer_file_dialogs`);
 * each dialog asked records its title and default name in
 * `window.__guanbiaoDialogsAsked`. With nothing queued (always, outside the
 * tests) the system's dialog opens.
 */
declare global {
  interface Window {
    __guanbiaoDialogAnswers?: (string | null)[];
    __guanbiaoDialogsAsked?: { title: string; defaultPath: string | null }[];
  }
}

/** The path a test queued for this dialog, else what `ask` (the system's dialog) answers. */
export async function answerOr(
  asked: { title: string; defaultPath?: string },
  ask: () => Promise<string | null>,
): Promise<string | null> {
  const queued = typeof window !== "undefined" ? window.__guanbiaoDialogAnswers : undefined;
  if (queued && queued.length > 0) {
    (window.__guanbiaoDialogsAsked ??= []).push({ title: asked.title, defaultPath: asked.defaultPath ?? null });
    return queued.shift() ?? null;
  }
  return ask();
}
