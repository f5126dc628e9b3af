/**
 * The system's file dialogs cannot be driven through WebDriver. An end-to-end
 * test queues the paths the next dialogs answer in
 * `window.__guanbiaoDialogAnswers` (tests/src/app.rs `answer_file_dialogs`);
 * each dialog asked records its title and default name in
 * `window.__guanbiaoDialogsAsked`. With nothing queued (always, outside the
 * tests) the system's dialog opens.
 */
import { open, save } from "@tauri-apps/plugin-dialog";
import { withExtension } from "../word/wordFiles";

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

/** A file type offered in a dialog: the first extension is the one added when left out. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Asks where to save a file of `filter`'s type; adds its extension when left out. `null` when cancelled. */
export async function askSavePath(title: string, defaultPath: string, filter: FileFilter): Promise<string | null> {
  const path = await answerOr({ title, defaultPath }, () => save({ title, defaultPath, filters: [filter] }));
  return path ? withExtension(path, filter.extensions[0]) : null;
}

/** Asks for one file of `filter`'s type to open; `null` when cancelled. */
export async function askOpenPath(title: string, filter: FileFilter): Promise<string | null> {
  return answerOr({ title }, async () => {
    const path = await open({ title, multiple: false, directory: false, filters: [filter] });
    return typeof path === "string" ? path : null;
  });
}
